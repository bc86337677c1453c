import type { QueryClient } from '@tanstack/react-query'
import { builtinPairQuery } from '../data/builtin-pair'
import { comparisonFileQuery, permalinkQuery } from '../data/opened-comparison-query'
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
      return client.getQueryData(builtinPairQuery().queryKey) ?? null
    case 'link':
      return client.getQueryData(permalinkQuery(client, route.hash).queryKey)?.pair ?? null
    case 'file': {
      const file = openedFile()
      if (!file) return null
      return client.getQueryData(comparisonFileQuery(client, file).queryKey)?.pair ?? null
    }
    default:
      return null
  }
}
