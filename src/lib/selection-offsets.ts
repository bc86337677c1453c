import type { AccountKey, Side } from '../core'

/**
 * A DOM selection inside an account pane, as offsets into the account's text.
 *
 * Every run of account text is rendered in an element carrying `data-offset` (where the run starts in the
 * account text) around exactly one text node. Counting only those runs keeps out everything the page adds
 * around the words (visually hidden alignment labels, the "≠" badge, the passage tools), so the offsets
 * never shift, and a boundary outside any run (in a label, between paragraphs) snaps to the nearest run
 * inside the selection.
 */
export const OFFSET_ATTRIBUTE = 'data-offset'

/** Marks which account (`a` to `e`) a rendered passage belongs to. */
export const SIDE_ATTRIBUTE = 'data-side'

export interface TextSpan {
  side: Side
  /** Offsets into the account's text as shown (the text passed to the comparison); end exclusive. */
  start: number
  end: number
}

/** The runs a range may touch: the one it lies in, or every run under its common ancestor. */
function candidateRuns(range: Range): HTMLElement[] {
  const common = range.commonAncestorContainer
  const element = common.nodeType === Node.ELEMENT_NODE ? (common as Element) : common.parentElement
  if (!element) return []
  const own = element.closest<HTMLElement>(`[${OFFSET_ATTRIBUTE}]`)
  if (own) return [own]
  return [...element.querySelectorAll<HTMLElement>(`[${OFFSET_ATTRIBUTE}]`)]
}

/** The account text a range covers, in an account of `sides`; null when it covers none or reaches into
 * two accounts (a link range belongs to one). */
function spanOfRange<S extends string>(
  range: Range,
  sides: readonly S[],
): { side: S; start: number; end: number } | null {
  let side: string | null = null
  let start = Infinity
  let end = -Infinity
  for (const run of candidateRuns(range)) {
    const node = run.firstChild
    if (!node || node.nodeType !== Node.TEXT_NODE || !range.intersectsNode(node)) continue
    const base = Number(run.getAttribute(OFFSET_ATTRIBUTE))
    const from = node === range.startContainer ? range.startOffset : 0
    const to = node === range.endContainer ? range.endOffset : (node as Text).length
    if (to <= from || !Number.isInteger(base)) continue
    const runSide = run.closest(`[${SIDE_ATTRIBUTE}]`)?.getAttribute(SIDE_ATTRIBUTE) ?? null
    if (side === null) side = runSide
    else if (runSide !== side) return null
    start = Math.min(start, base + from)
    end = Math.max(end, base + to)
  }
  if (!sides.includes(side as S) || end <= start) return null
  return { side: side as S, start, end }
}

/** The text of a pair's account a range covers (see `spanOfRange`). */
export function selectionOffsets(range: Range): TextSpan | null {
  return spanOfRange(range, ['a', 'b'] as const)
}

/** The text of a set's account (`a` to `e`) a range covers (see `spanOfRange`). */
export function setSelectionOffsets(
  range: Range,
): { side: AccountKey; start: number; end: number } | null {
  return spanOfRange(range, ['a', 'b', 'c', 'd', 'e'] as const)
}

/** The span without the white space at its edges (a double-click or a drag often takes a space along). */
export function trimSpan<T extends { start: number; end: number }>(
  text: string,
  span: T,
): T | null {
  let { start, end } = span
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? { ...span, start, end } : null
}
