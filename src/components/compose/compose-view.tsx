import { useEffect, useRef, type FormEvent } from 'react'
import { useDraftStore, useDrafts } from '../../hooks/use-drafts'
import { useLoadExample } from '../../hooks/use-load-example'
import { accountProblem } from '../../lib/account-limits'
import {
  MAX_DRAFT_ACCOUNTS,
  draftAccounts,
  withAccounts,
  type Draft,
  type DraftAccount,
} from '../../lib/drafts'
import { BUILTIN_HREF, DRAFT_COMPARISON_HREF } from '../../lib/hrefs'
import { OpenComparisonFile } from '../share/open-comparison-file'
import { ThemeSelect } from '../theme/theme-select'
import { AccountFields } from './account-fields'
import { AccountTools } from './account-tools'
import { ComposeActions } from './compose-actions'
import { DraftNotices } from './draft-notices'
import { Button, MASTHEAD_LINK } from '../ui/button'
import { useAccountList } from './use-account-list'

/** Why the draft cannot be compared yet, in a sentence, or ''. */
function blockedReason(draft: Draft): string {
  const accounts = draftAccounts(draft)
  const problems = accounts.map((account) => accountProblem(account.text))
  if (problems.includes('too-long')) return 'Each account can hold up to 2 MB of text.'
  if (problems.includes('empty')) {
    return accounts.length > 2
      ? 'Fill in every account to compare them.'
      : 'Fill in both accounts to compare them.'
  }
  return ''
}

/** A file dropped beside the boxes would make the browser leave the page for it: refuse those drops. */
function useNoStrayFileDrops() {
  useEffect(() => {
    const refuse = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
    }
    window.addEventListener('dragover', refuse)
    window.addEventListener('drop', refuse)
    return () => {
      window.removeEventListener('dragover', refuse)
      window.removeEventListener('drop', refuse)
    }
  }, [])
}

/**
 * The compose view: two accounts (up to five) typed, pasted or opened from files, saved as a draft as
 * they change.
 */
export function ComposeView() {
  const { current } = useDrafts()
  const store = useDraftStore()
  const example = useLoadExample()
  useNoStrayFileDrops()
  const blocked = blockedReason(current)
  const accounts = draftAccounts(current)
  const grid = useRef<HTMLDivElement>(null)
  const list = useAccountList(grid)
  /** A change to one account, applied to the draft as stored when it runs (a file read ends late). */
  const editAccount = (index: number) => (recipe: (account: DraftAccount) => DraftAccount) =>
    store.edit((draft) =>
      withAccounts(draftAccounts(draft).map((a, i) => (i === index ? recipe(a) : a))),
    )

  const compare = (event: FormEvent) => {
    event.preventDefault()
    if (blocked) return
    store.flush() // so a reload of the comparison finds the draft
    // In a task of its own: run inside React's handling of the submit, leaving two megabyte-sized
    // boxes for the comparison held the page for over 50 ms; after it, 5 ms.
    setTimeout(() => (window.location.hash = DRAFT_COMPARISON_HREF))
  }

  return (
    <div className="mx-auto flex max-w-[100rem] flex-col gap-4 p-4 min-[900px]:px-6 min-[900px]:py-5">
      <header className="flex flex-col gap-1">
        <p className="flex items-baseline gap-4 font-sans text-xs font-semibold tracking-[0.14em] text-sky-800 uppercase">
          Parallax
          <a href={BUILTIN_HREF} className={MASTHEAD_LINK}>
            Built-in comparison
          </a>
          <ThemeSelect className="ml-auto" />
        </p>
        <h1 className="text-2xl leading-tight font-normal tracking-tight text-stone-900">
          Compare your own accounts
        </h1>
        <p className="max-w-3xl font-sans text-sm text-stone-600">
          Paste two accounts of the same event (or up to five, with Add an account), or open them
          from .txt, .md or .html files. Your draft is saved in this browser as you type, and
          nothing is sent anywhere.
        </p>
        {/* A comparison someone sent as a file (too long for a link) opens on its own page. */}
        <OpenComparisonFile />
      </header>
      <DraftNotices />
      {example.error && (
        <p role="alert" className="notice" data-tone="warn">
          {example.error}
        </p>
      )}
      <form onSubmit={compare} noValidate className="flex flex-col gap-5">
        <div ref={grid} className="grid gap-6 min-[900px]:grid-cols-2">
          {accounts.map((account, index) => (
            <AccountFields
              key={index}
              index={index}
              account={account}
              tools={
                accounts.length > 2 && (
                  <AccountTools
                    index={index}
                    count={accounts.length}
                    onMove={(how) => list.move(index, how)}
                  />
                )
              }
              onChange={editAccount(index)}
            />
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-3 font-sans text-sm">
          {accounts.length < MAX_DRAFT_ACCOUNTS && (
            <Button onClick={list.add}>
              <span aria-hidden="true">+ </span>Add an account
            </Button>
          )}
          {/* Only once there is something to say: two accounts are the page they always were. */}
          {(accounts.length > 2 || list.said) && (
            <p role="status" className="text-stone-600">
              {list.said}
              {list.canUndo && (
                <Button variant="link" onClick={list.undoRemove} className="ml-2">
                  Undo
                </Button>
              )}
            </p>
          )}
        </div>
        <ComposeActions
          blocked={blocked}
          onSwap={
            accounts.length === 2 ? () => store.edit(({ a, b }) => ({ a: b, b: a })) : undefined
          }
          onLoadExample={() => void example.load()}
          loadingExample={example.loading}
        />
      </form>
    </div>
  )
}
