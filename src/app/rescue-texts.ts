import type { AccountPair } from '../data/pair'
import type { Draft, KeptDraft } from '../lib/drafts'
import { draftsAsText } from '../lib/drafts-as-text'

function pairText(pair: AccountPair): string {
  const account = (side: 'a' | 'b') => `== ${pair[side].label} ==\n${pair[side].text}`
  return [`# The comparison on screen: ${pair.title}`, account('a'), account('b')].join('\n\n')
}

/**
 * Everything the reader could lose when the page breaks, as one plain text to paste elsewhere: their
 * draft, the earlier drafts kept, and the pair on screen (unless it is the draft itself). '' when there
 * is nothing to rescue.
 */
export function rescueTexts(
  current: Draft | null,
  kept: readonly KeptDraft[],
  pair: AccountPair | null,
): string {
  const parts = [draftsAsText(current, kept), pair && pairText(pair)]
  return parts.filter((p): p is string => !!p).join('\n\n')
}
