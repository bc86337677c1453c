import type { QueryClient } from '@tanstack/react-query'
import { builtinPairQuery } from '../data/builtin-pair'
import { comparisonFileQuery, permalinkQuery } from '../data/opened-comparison-query'
import { isOpenedSet, type Opened } from '../data/open-link'
import type { AccountPair } from '../data/pair'
import { openedFile } from '../lib/opened-file'
import { parseRoute } from './routes'

/** The pair a link or file opened; null for a set of three to five accounts, which the link still holds. */
const pairOf = (opened: Opened | undefined) => (opened && !isOpenedSet(opened) ? opened.pair : null)

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
      return pairOf(client.getQueryData(permalinkQuery(client, route.hash).queryKey))
    case 'file': {
      const file = openedFile()
      if (!file) return null
      return pairOf(client.getQueryData(comparisonFileQuery(client, file).queryKey))
    }
    default:
      return null
  }
}
