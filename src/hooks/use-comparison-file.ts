import { useQuery, useQueryClient } from '@tanstack/react-query'
import { fromComparisonFile } from '../core'
import { builtinPairQuery } from '../data/builtin-pair'
import { openLinkResult } from '../data/open-link'
import type { OpenedFile } from '../lib/opened-file'

/** The comparison a file the reader opened holds. */
export function useComparisonFile(file: OpenedFile) {
  const client = useQueryClient()
  return useQuery({
    queryKey: ['comparison-file', file.id],
    queryFn: () =>
      openLinkResult(
        (options) => fromComparisonFile(file.text, options),
        (id) => client.fetchQuery(builtinPairQuery(id)),
        'file',
      ),
    staleTime: Infinity,
  })
}
