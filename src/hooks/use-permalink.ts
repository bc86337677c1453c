import { useQuery, useQueryClient } from '@tanstack/react-query'
import { permalinkQuery } from '../data/opened-comparison-query'

/** The comparison a permalink in the address bar opens; re-read when the fragment changes (back, forward). */
export function usePermalink(hash: string) {
  return useQuery(permalinkQuery(useQueryClient(), hash))
}
