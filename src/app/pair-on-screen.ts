import type { QueryClient } from '@tanstack/react-query'
import { BUILTIN_PAIR_ID } from '../data/builtin-pair'
import type { OpenedComparison } from '../data/open-link'
import type { AccountPair } from '../data/pair'
import { openedFile } from '../lib/opened-file'
import { parseRoute } from './routes'

/**
 * The pair the page at `hash` was showing, read back from the query cache after its view crashed (the
 * view itself is gone by then). Null for the compose view and the draft's comparison: the draft is
 * rescued on its own.
 */
export function pairOnScreen(client: QueryClient, hash: string): AccountPair | null {
  const route = parseRoute(hash)
  switch (route.name) {
    case 'comparison':
      return client.getQueryData<AccountPair>(['builtin-pair', BUILTIN_PAIR_ID]) ?? null
    case 'link':
      return client.getQueryData<OpenedComparison>(['permalink', route.hash])?.pair ?? null
    case 'file': {
      const file = openedFile()
      if (!file) return null
      return client.getQueryData<OpenedComparison>(['comparison-file', file.id])?.pair ?? null
    }
    default:
      return null
  }
}
