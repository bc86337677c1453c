// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Draft, KeptDraft } from '../../../src/lib/drafts'
import {
  MAX_KEPT_CHARS,
  MAX_KEPT_DRAFTS,
  capKept,
  draftPreview,
  keepDraft,
  keptAtOfId,
  mergeKept,
  newKeptId,
} from '../../../src/lib/kept-drafts'

const draft = (a: string, b = ''): Draft => ({
  a: { text: a, label: '', source: '', date: '' },
  b: { text: b, label: '', source: '', date: '' },
  origin: 'reader',
})
const entry = (id: string, keptAt: number, a = id): KeptDraft => ({ id, keptAt, draft: draft(a) })
const idsOf = (kept: KeptDraft[]) => kept.map((e) => e.id)

describe('the history of earlier drafts', () => {
  it('keeps the newest first, and the same draft once', () => {
    let kept = keepDraft([], draft('first'), 1000)
    kept = keepDraft(kept, draft('second'), 2000)
    kept = keepDraft(kept, draft('first'), 3000)
    expect(kept.map((e) => e.draft.a.text)).toEqual(['second', 'first'])
    expect(kept.map((e) => e.keptAt)).toEqual([2000, 1000])
  })

  it(`holds at most ${MAX_KEPT_DRAFTS} drafts, dropping the oldest`, () => {
    const many = Array.from({ length: MAX_KEPT_DRAFTS + 3 }, (_, i) => entry(`${i}-x`, i + 1))
    const kept = capKept(many)
    expect(kept).toHaveLength(MAX_KEPT_DRAFTS)
    expect(kept[0]!.keptAt).toBe(MAX_KEPT_DRAFTS + 3)
    expect(kept.at(-1)!.keptAt).toBe(4)
  })

  it(`holds at most ${MAX_KEPT_CHARS.toLocaleString('en')} characters, but always the newest`, () => {
    const big = (id: string, keptAt: number) => entry(id, keptAt, 'x'.repeat(MAX_KEPT_CHARS * 0.4))
    expect(idsOf(capKept([big('a-1', 1), big('b-1', 2), big('c-1', 3)]))).toEqual(['c-1', 'b-1'])
    const huge = entry('h-1', 9, 'x'.repeat(MAX_KEPT_CHARS * 2))
    expect(idsOf(capKept([big('a-1', 1), huge]))).toEqual(['h-1'])
  })

  it('ids carry their time and differ between two tabs keeping at the same moment', () => {
    const at = Date.UTC(2026, 2, 1, 12)
    const id = newKeptId(at)
    expect(keptAtOfId(id)).toBe(at)
    expect(newKeptId(at)).not.toBe(id)
  })

  it('merging keeps what either tab added and drops what either removed', () => {
    const base = new Set(['1-a', '2-a', '3-a'])
    // This tab restored 2 and kept 4; the other tab restored 3 and kept 5.
    const mine = [entry('4-a', 4), entry('3-a', 3), entry('1-a', 1)]
    const theirs = [entry('5-a', 5), entry('2-a', 2), entry('1-a', 1)]
    expect(idsOf(mergeKept(base, mine, theirs))).toEqual(['5-a', '4-a', '1-a'])
  })

  it('shows a draft by its first words', () => {
    expect(draftPreview(draft('  The ministers\n\nmet in Vienna. '))).toBe(
      'The ministers met in Vienna.',
    )
    expect(draftPreview(draft('', 'Only the second.'))).toBe('Only the second.')
    const long = draftPreview(draft('word '.repeat(40)), 30)
    expect(long).toMatch(/^word( word)*…$/)
    expect(long.length).toBeLessThanOrEqual(31)
  })
})
