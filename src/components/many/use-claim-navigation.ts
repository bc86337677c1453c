import { useEffect, useRef } from 'react'
import type { AccountPassage } from '../../core'
import { useStepNavigation } from '../navigation/use-step-navigation'
import type { ClaimRow } from './claim-rows'
import { describeRow, type Labels } from './claim-words'
import type { useSetReveal } from './use-set-reveal'

interface ClaimNavigationOptions {
  /** The rows the filters let through, in order. */
  rows: ClaimRow[]
  labels: Labels
  reveal: ReturnType<typeof useSetReveal>
  /** The DOM id of a row: a step moves the focus to its header. */
  rowDomId: (rowId: string) => string
  /** The row to arrive on (back from the side-by-side view), or none. */
  returnTo: string | null
  /** The first passage a link highlights, to arrive on otherwise. */
  firstLinked: AccountPassage | undefined
}

/**
 * Which row the reader is on, as a pair's view steps through divergences (j / k): a step focuses the
 * row's header and brings its passage into view in the reader; a quote pressed focuses its passage
 * instead. On arrival, once: the row the reader came back to, or the row of a link's first highlight.
 */
export function useClaimNavigation(options: ClaimNavigationOptions) {
  const { rows, labels, reveal, rowDomId, returnTo, firstLinked } = options
  /** A quote pressed: its passage takes the focus when the row is reached, not the row. */
  const quoteTarget = useRef<string | null>(null)
  const navigation = useStepNavigation(
    rows,
    { noun: 'claim', describe: (row, i, n) => describeRow(row, i, n, labels) },
    (row) => {
      const target = quoteTarget.current
      quoteTarget.current = null
      if (target) return reveal.show(target, true)
      const head = document.getElementById(rowDomId(row.id))?.querySelector('th')
      head?.focus({ preventScroll: true })
      head?.scrollIntoView({ block: 'nearest' })
      // The reader follows: the row's passage in the account shown, else in the first that tells it.
      const stances = row.cells.filter((c) => c.stance)
      const cell = stances.find((c) => c.account === reveal.shown) ?? stances[0]
      if (cell?.stance) reveal.show(cell.stance.passages[0]!, false)
    },
  )

  const arrived = useRef(false)
  useEffect(() => {
    if (arrived.current) return
    arrived.current = true
    const back = returnTo && rows.find((r) => r.id === returnTo)
    if (back) return navigation.select(back)
    if (!firstLinked) return
    const row = rows.find((r) => r.cells.some((c) => c.stance?.passages.includes(firstLinked.id)))
    quoteTarget.current = firstLinked.id
    if (row) navigation.select(row)
    else reveal.show(firstLinked.id, true)
  })

  return {
    navigation,
    goTo: (row: ClaimRow | null) => row && navigation.select(row),
    /** A quote of `row` pressed: the row becomes current, the passage takes the focus. */
    showQuote: (row: ClaimRow, passageId: string) => {
      quoteTarget.current = passageId
      navigation.select(row)
    },
  }
}
