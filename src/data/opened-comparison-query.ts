import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { readComparisonFile, readLink } from '../core'
import type { OpenedFile } from '../lib/opened-file'
import { builtinPairQuery } from './builtin-pair'
import { openLinkResult } from './open-link'

// The client is passed in because a link or file naming the built-in pair loads it through the cache.
const loadBuiltin = (client: QueryClient) => (id: string) => client.fetchQuery(builtinPairQuery(id))

/** The comparison a permalink in the address bar opens. Same link, same comparison: never refetched. */
export function permalinkQuery(client: QueryClient, hash: string) {
  return queryOptions({
    queryKey: ['permalink', hash],
    queryFn: () =>
      openLinkResult((options) => readLink(hash, options), loadBuiltin(client), 'link'),
    staleTime: Infinity,
  })
}

/** The comparison a file the reader opened holds. */
export function comparisonFileQuery(client: QueryClient, file: OpenedFile) {
  return queryOptions({
    queryKey: ['comparison-file', file.id],
    queryFn: () =>
      openLinkResult(
        (options) => readComparisonFile(file.text, options),
        loadBuiltin(client),
        'file',
      ),
    staleTime: Infinity,
  })
}
