import type { Draft, DraftAccount } from '../lib/drafts'
import type { AccountPair, SourcedAccount } from './pair'

export const DEFAULT_LABELS = { a: 'Account A', b: 'Account B' } as const

function toAccount(draft: DraftAccount, fallbackLabel: string): SourcedAccount {
  return {
    label: draft.label.trim() || fallbackLabel,
    text: draft.text,
    speaker: '',
    source: '',
    url: draft.source.trim(),
    date: draft.date,
  }
}

/** The reader's draft as a pair to compare. No focus: for a new pair the core proposes one. */
export function draftToPair(draft: Draft): AccountPair {
  const a = toAccount(draft.a, DEFAULT_LABELS.a)
  const b = toAccount(draft.b, DEFAULT_LABELS.b)
  return {
    id: 'draft',
    title: 'Your comparison',
    // One date for the event only when both accounts agree on it; otherwise each keeps its own.
    ...(a.date && a.date === b.date ? { date: a.date } : {}),
    summary: '',
    a,
    b,
  }
}

/** A pair (the built-in example) as a draft the reader can edit. */
export function pairToDraft(pair: AccountPair): Draft {
  const account = (acc: SourcedAccount): DraftAccount => ({
    text: acc.text,
    label: acc.label,
    source: acc.url ?? '',
    date: acc.date ?? pair.date ?? '',
  })
  return { a: account(pair.a), b: account(pair.b), origin: 'example' }
}
