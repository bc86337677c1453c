import type { AccountPair } from '../data/pair'
import { hasContent, type Draft, type DraftAccount } from '../lib/drafts'

const ORDINAL = { a: 'First account', b: 'Second account' } as const

function draftAccountText(side: 'a' | 'b', account: DraftAccount): string | null {
  if (!Object.values(account).some((v) => v.trim() !== '')) return null
  const head = account.label.trim() ? `${ORDINAL[side]}: ${account.label.trim()}` : ORDINAL[side]
  const details = [account.source, account.date].filter((v) => v.trim() !== '').join(' · ')
  return [`== ${head} ==`, ...(details ? [details] : []), account.text].join('\n')
}

function draftText(title: string, draft: Draft): string | null {
  if (!hasContent(draft)) return null
  const accounts = [draftAccountText('a', draft.a), draftAccountText('b', draft.b)]
  return [`# ${title}`, ...accounts.filter((t) => t !== null)].join('\n\n')
}

function pairText(pair: AccountPair): string {
  const account = (side: 'a' | 'b') => `== ${pair[side].label} ==\n${pair[side].text}`
  return [`# The comparison on screen: ${pair.title}`, account('a'), account('b')].join('\n\n')
}

/**
 * Everything the reader could lose when the page breaks, as one plain text to paste elsewhere: their
 * draft, the draft kept aside, and the pair on screen (unless it is the draft itself). '' when there is
 * nothing to rescue.
 */
export function rescueTexts(
  current: Draft | null,
  aside: Draft | null,
  pair: AccountPair | null,
): string {
  const parts = [
    current && draftText('Your draft', current),
    aside && draftText('Your draft kept aside', aside),
    pair && pairText(pair),
  ]
  return parts.filter((p): p is string => !!p).join('\n\n')
}
