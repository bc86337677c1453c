/**
 * The reader's drafts as one plain text, to take away when the browser cannot keep them: "Download my
 * texts" while saving is off, "Copy my texts" after a crash.
 */
import { ACCOUNT_NAMES } from './account-names'
import { draftAccounts, hasContent, type Draft, type DraftAccount, type KeptDraft } from './drafts'

function accountText(index: number, account: DraftAccount): string | null {
  if (!Object.values(account).some((v) => v.trim() !== '')) return null
  const name = ACCOUNT_NAMES[index]!
  const head = account.label.trim() ? `${name}: ${account.label.trim()}` : name
  const details = [account.source, account.date].filter((v) => v.trim() !== '').join(' · ')
  return [`== ${head} ==`, ...(details ? [details] : []), account.text].join('\n')
}

/** One draft under a title, or null when it holds nothing. */
export function draftAsText(title: string, draft: Draft): string | null {
  if (!hasContent(draft)) return null
  const accounts = draftAccounts(draft).map((account, i) => accountText(i, account))
  return [`# ${title}`, ...accounts.filter((t) => t !== null)].join('\n\n')
}

const keptTitle = ({ keptAt }: KeptDraft) =>
  keptAt > 0 ? `Earlier draft, kept ${new Date(keptAt).toISOString()}` : 'Earlier draft'

/** The draft on screen and every earlier draft kept, newest first; '' when all are empty. */
export function draftsAsText(current: Draft | null, kept: readonly KeptDraft[]): string {
  const parts = [
    current && draftAsText('Your draft', current),
    ...kept.map((entry) => draftAsText(keptTitle(entry), entry.draft)),
  ]
  return parts.filter((p): p is string => !!p).join('\n\n')
}
