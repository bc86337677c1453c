import { DEFAULT_ACCOUNT_LABELS } from '../lib/account-names'
import { draftAccounts, type Draft } from '../lib/drafts'
import { commonDate, type AccountSet } from './account-set'
import type { SourcedAccount } from './pair'

/** True when the reader's draft holds more than two accounts: it is compared as a set. */
export const isSetDraft = (draft: Draft) => (draft.more?.length ?? 0) > 0

/** The reader's draft of three to five accounts as a set to compare. No focus: the core proposes one. */
export function draftToSet(draft: Draft): AccountSet {
  const accounts = draftAccounts(draft).map((account, i): SourcedAccount => ({
    label: account.label.trim() || DEFAULT_ACCOUNT_LABELS[i]!,
    text: account.text,
    speaker: '',
    source: '',
    url: account.source.trim(),
    date: account.date,
  }))
  return { id: 'draft', title: 'Your comparison', ...commonDate(accounts), accounts }
}
