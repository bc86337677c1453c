// TEMPORARY placeholder: one passage per paragraph, everything only-here. Being replaced by the real pipeline.
import type { Account, CompareOptions, Comparison, Segment, Side } from './types'

function paragraphs(text: string, side: Side): Segment[] {
  const out: Segment[] = []
  const re = /[^\n]+/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    out.push({
      id: `${side}${out.length}`, side, start: m.index, end: m.index + m[0].length, text: m[0],
      paragraph: out.length, alignment: 'only-here', counterparts: [], similarity: 0, topics: [],
      speaker: null, claims: [], moved: false, pieces: [],
    })
  }
  return out
}

export function compareAccounts(a: Account, b: Account, options: CompareOptions = {}): Comparison {
  return {
    segments: { a: paragraphs(a.text, 'a'), b: paragraphs(b.text, 'b') },
    divergences: [], focus: options.focus ?? 'ukraine', focusLabel: 'Ukraine — progress', topics: [],
    identical: a.text === b.text,
  }
}
