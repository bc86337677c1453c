import { describe, expect, it } from 'vitest'
import { compareAccounts } from '../../../src/core'

const a = {
  label: 'Embassy note',
  text: 'The envoys discussed grain shipments through the port of Odesa. They agreed on fishing quotas in the northern sea.',
}
const b = {
  label: 'Ministry note',
  text: 'Fishing quotas in the northern sea were not agreed. Grain shipments from Odesa will continue next week.',
}

describe('custom lens', () => {
  it('makes the reader’s keywords a topic, leads with it, and matches inflected forms', () => {
    const c = compareAccounts(a, b, { keywords: ['fishing quota'] })
    expect(c.focus).toBe('custom')
    expect(c.focusLabel).toBe('Your lens: \u2068fishing quota\u2069') // isolated: see bidi-isolate.ts
    expect(c.topics.find((t) => t.id === 'custom')).toMatchObject({ a: 1, b: 1 })
    const first = c.divergences[0]!
    expect(first).toMatchObject({ topic: 'custom', kind: 'contradicts', a: ['a1'], b: ['b0'] })
  })

  it('ignores blank keywords', () => {
    expect(
      compareAccounts(a, b, { keywords: [' ', ''] }).topics.some((t) => t.id === 'custom'),
    ).toBe(false)
  })
})

describe('time budget and progress', () => {
  it('binds every stage: a spent budget still gives every passage, marked approximate', () => {
    let clock = 0
    const c = compareAccounts(a, b, { budgetMs: 5, now: () => (clock += 10) })
    expect(c.approximate).toBe(true)
    expect(c.segments.a.every((s) => s.pieces.length === 0)).toBe(true)
    const covered = c.segments.a.map((s) => s.text).join(' ')
    expect(covered.replace(/\s+/g, ' ')).toBe(a.text.replace(/\s+/g, ' '))
  })

  it('skips only the word marks when the budget runs out at the last stage', () => {
    // The clock stands still until the analysis is done (progress 0.8), then jumps past the budget.
    let late = false
    const c = compareAccounts(a, b, {
      budgetMs: 1000,
      now: () => (late ? 10_000 : 0),
      onProgress: (done) => (late ||= done >= 0.8),
    })
    expect(c.approximate).toBe(true)
    expect(c.segments.a.every((s) => s.pieces.length === 0)).toBe(true)
    expect(c.segments.a.some((s) => s.counterparts.length > 0)).toBe(true)
  })

  it('is exact within the budget and reports progress up to 1', () => {
    const seen: number[] = []
    const c = compareAccounts(a, b, { budgetMs: 60_000, onProgress: (p) => seen.push(p) })
    expect(c.approximate).toBe(false)
    expect(seen.length).toBeGreaterThan(2)
    expect(seen).toEqual([...seen].sort((x, y) => x - y))
    expect(seen.at(-1)).toBe(1)
  })
})

describe('languages the lexicons do not cover', () => {
  const ru = {
    label: 'Кремль',
    text: 'Стороны договорились о новом обмене пленными. Президенты обсудили ход мирных переговоров 🤝.',
  }
  const ru2 = {
    label: 'Киев',
    text: 'В мирных переговорах никакого прогресса не достигнуто. Обмен пленными состоится на следующей неделе.',
  }

  it('still aligns Russian passages by word prefixes and marks them with jsdiff, and says topics are not read', () => {
    const c = compareAccounts(ru, ru2)
    expect(c.segments.a[0]!.counterparts).toContain('b1')
    expect(c.segments.a[1]!.counterparts).toContain('b0')
    expect(c.segments.a[0]!.pieces.some((p) => p.changed)).toBe(true)
    expect(c.language).toMatchObject({ a: 'ru', b: 'ru', covered: false })
    expect(c.language.note).toMatch(/English only.*Russian/)
  })

  it('aligns Chinese by character pairs', () => {
    const c = compareAccounts(
      { label: 'A', text: '两国领导人讨论了台湾问题。双方同意继续对话。' },
      { label: 'B', text: '双方同意保持对话。台湾问题是核心利益。' },
    )
    expect(c.segments.a[0]!.counterparts).toEqual(['b1'])
    expect(c.segments.a[1]!.counterparts).toEqual(['b0'])
  })

  it('reports English as covered', () => {
    expect(compareAccounts(a, b).language).toEqual({ a: 'en', b: 'en', covered: true, note: '' })
  })
})
