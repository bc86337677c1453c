import { useEffect, useRef, useState, type RefObject } from 'react'
import { useDraftStore } from '../../hooks/use-drafts'
import { ACCOUNT_NAMES, ACCOUNT_ORDINALS } from '../../lib/account-names'
import {
  MAX_DRAFT_ACCOUNTS,
  draftAccounts,
  emptyAccount,
  withAccounts,
  type DraftAccount,
} from '../../lib/drafts'
import type { AccountMove } from './account-tools'

/** Where the keyboard goes after a change: into an account's box, or onto the same tool where it moved. */
type FocusAfter = { index: number; on: 'text' | AccountMove } | null

/**
 * The draft's accounts as a list the reader grows, orders and trims: what each change says (for the
 * live region), the account a removal took (for Undo), and where the focus lands after each change.
 */
export function useAccountList(container: RefObject<HTMLElement | null>) {
  const store = useDraftStore()
  const [said, setSaid] = useState('')
  const [removed, setRemoved] = useState<{ index: number; account: DraftAccount } | null>(null)
  const focusAfter = useRef<FocusAfter>(null)
  const [changes, setChanges] = useState(0)

  useEffect(() => {
    const want = focusAfter.current
    if (!want || !container.current) return
    focusAfter.current = null
    const box = container.current.querySelector(`[data-account-index="${want.index}"]`)
    const target =
      want.on === 'text'
        ? box?.querySelector('textarea')
        : (box?.querySelector(`[data-move="${want.on}"]`) ?? box?.querySelector('textarea'))
    ;(target as HTMLElement | null | undefined)?.focus()
  }, [changes, container])

  const change = (
    next: (list: DraftAccount[]) => DraftAccount[],
    focus: FocusAfter,
    text: string,
  ) => {
    store.edit((draft) => withAccounts(next(draftAccounts(draft))))
    focusAfter.current = focus
    setSaid(text)
    setChanges((n) => n + 1)
  }

  const add = () => {
    setRemoved(null)
    change(
      (list) => (list.length < MAX_DRAFT_ACCOUNTS ? [...list, emptyAccount()] : list),
      { index: draftAccounts(store.getState().current).length, on: 'text' },
      'Account added.',
    )
  }

  const move = (index: number, how: AccountMove) => {
    const list = draftAccounts(store.getState().current)
    if (how === 'remove') {
      setRemoved({ index, account: list[index]! })
      const left = list.length - 1
      change(
        (l) => l.filter((_, i) => i !== index),
        // The account that took its place, or the one before it when it was the last.
        { index: Math.min(index, left - 1), on: 'text' },
        `${ACCOUNT_NAMES[index]} removed.`,
      )
      return
    }
    const to = how === 'up' ? index - 1 : index + 1
    if (to < 0 || to >= list.length) return
    setRemoved(null)
    change(
      (l) => {
        const next = [...l]
        ;[next[index], next[to]] = [next[to]!, next[index]!]
        return next
      },
      { index: to, on: how },
      `${ACCOUNT_NAMES[index]} moved ${how}: it is now the ${ACCOUNT_ORDINALS[to]}.`,
    )
  }

  const undoRemove = () => {
    if (!removed) return
    change(
      (list) => [...list.slice(0, removed.index), removed.account, ...list.slice(removed.index)],
      { index: removed.index, on: 'text' },
      `${ACCOUNT_NAMES[removed.index]} restored.`,
    )
    setRemoved(null)
  }

  return { add, move, said, canUndo: removed !== null, undoRemove }
}
