import type { AccountPassage, Comparison, ManyComparison, Segment } from '../core'
import type { CompareReply, SlicedField } from './protocol'

/**
 * A comparison of two 1 MB accounts is some 12 MB of objects. Posted as objects, the page decodes
 * every message the moment it arrives, back to back, and paints nothing until the last one is in.
 * Posted as JSON text (a flat copy, nearly free to receive), the page decodes them at its own pace:
 * a few per frame, painting in between.
 */
export const SLICE_SIZE = 250

/** Decoding work per frame before the page lets the browser paint. */
const DECODE_BUDGET_MS = 12

/** A passage's text is its slice of the account, which the page already has: it is not sent twice.
 * Its claims are what the core ranked and labelled with; the page shows their outcome (labels,
 * divergences, reasons) and never reads them, so they stay behind too. */
const forThePage = <P extends Segment | AccountPassage>(passages: P[]) =>
  passages.map((s) => ({ ...s, text: '', claims: [] }))

/** A comparison of many accounts as posted: its passages without their texts or claims (as above), in
 * one message. Not sliced as a pair's is: accounts of some thousand passages each decode in one go;
 * slicing is for when megabyte-long sets of accounts prove it is needed. */
export const manyForThePage = (result: ManyComparison): ManyComparison => ({
  ...result,
  accounts: result.accounts.map((a) => ({ ...a, passages: forThePage(a.passages) })),
})

/** The page's side of `manyForThePage`: each passage's text sliced back from its account's text. */
export function withManyTexts(result: ManyComparison, texts: readonly string[]): ManyComparison {
  return {
    ...result,
    accounts: result.accounts.map((a, i) => ({
      ...a,
      passages: a.passages.map((s) => ({ ...s, text: texts[i]!.slice(s.start, s.end) })),
    })),
  }
}

/** The replies that carry one result: the long arrays in slices, then the rest with them empty. */
export function sliceResult(id: number, result: Comparison, size = SLICE_SIZE): CompareReply[] {
  const replies: CompareReply[] = []
  const fields: [SlicedField, unknown[]][] = [
    ['a', forThePage(result.segments.a)],
    ['b', forThePage(result.segments.b)],
    ['divergences', result.divergences],
  ]
  for (const [field, items] of fields) {
    for (let i = 0; i < items.length; i += size) {
      replies.push({ type: 'slice', id, field, json: JSON.stringify(items.slice(i, i + size)) })
    }
  }
  const rest: Comparison = { ...result, segments: { a: [], b: [] }, divergences: [] }
  replies.push({ type: 'result', id, result: rest })
  return replies
}

/** Resolves after the next paint (or soon, where frames do not come: a hidden tab, jsdom). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50)
    if (typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer)
        resolve()
      }, 0),
    )
  })
}

/** Collects the slices of one job and decodes them, a frame's budget at a time, once all are in. */
export function createResultAssembler() {
  const slices: { field: SlicedField; json: string }[] = []
  return {
    add(field: SlicedField, json: string) {
      slices.push({ field, json })
    },
    /**
     * The whole result, or null if `wanted()` turned false (a newer job) while it was decoded. `texts`
     * are the accounts' texts as sent, from which each passage's text is sliced back.
     */
    async finish(
      rest: Comparison,
      texts: { a: string; b: string },
      wanted: () => boolean,
    ): Promise<Comparison | null> {
      if (slices.length === 0) return rest // small, or a test's: came in one piece
      const out = {
        a: [...rest.segments.a],
        b: [...rest.segments.b],
        divergences: [...rest.divergences],
      }
      let deadline = performance.now() + DECODE_BUDGET_MS
      for (const { field, json } of slices) {
        if (performance.now() > deadline) {
          await afterPaint()
          if (!wanted()) return null
          deadline = performance.now() + DECODE_BUDGET_MS
        }
        const items = JSON.parse(json) as Segment[]
        if (field !== 'divergences') {
          for (const passage of items) passage.text = texts[field].slice(passage.start, passage.end)
        }
        ;(out[field] as unknown[]).push(...items)
      }
      return { ...rest, segments: { a: out.a, b: out.b }, divergences: out.divergences }
    },
  }
}
