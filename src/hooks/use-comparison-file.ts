import { useQuery, useQueryClient } from '@tanstack/react-query'
import { comparisonFileQuery } from '../data/opened-comparison-query'
import type { OpenedFile } from '../lib/opened-file'

/** The comparison a file the reader opened holds. */
export function useComparisonFile(file: OpenedFile) {
  return useQuery(comparisonFileQuery(useQueryClient(), file))
}
