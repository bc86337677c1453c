import { describe, expect, it } from 'vitest'
import gold from '../../fixtures/builtin-gold-alignment.json'
import { compareBuiltIn, passageWith } from './builtin-pair'

describe('alignment of the built-in pair against the hand-made gold', () => {
  const { segments } = compareBuiltIn()

  it.each(gold.pairs)('aligns “$b” with “$a”', ({ a, b }) => {
    const trump = passageWith(segments.b, b)
    const kremlin = passageWith(segments.a, a)
    expect(trump.counterparts).toContain(kremlin.id)
    expect(kremlin.counterparts).toContain(trump.id)
  })

  it.each(gold.contradicts)(
    'labels “$b” contradicts, against a Kremlin Ukraine passage',
    ({ b, aAnyOf }) => {
      const trump = passageWith(segments.b, b)
      expect(trump.alignment).toBe('contradicts')
      const candidates = aAnyOf.map((snippet) => passageWith(segments.a, snippet).id)
      expect(trump.counterparts.some((id) => candidates.includes(id))).toBe(true)
      for (const id of trump.counterparts) {
        expect(segments.a.find((s) => s.id === id)?.topics).toContain('ukraine')
      }
    },
  )

  it.each(gold.verdicts)('sets the verdict “$a” against “$b”', ({ a, b }) => {
    const trump = passageWith(segments.b, b)
    const kremlin = passageWith(segments.a, a)
    expect(trump.alignment).toBe('contradicts')
    expect(kremlin.alignment).toBe('contradicts')
    expect(trump.counterparts).toContain(kremlin.id)
  })

  it.each(gold.onlyA)('tells “%s” only in the Kremlin readout', (snippet) => {
    const passage = passageWith(segments.a, snippet)
    expect(passage.alignment).toBe('only-here')
    expect(passage.counterparts).toEqual([])
  })
})
