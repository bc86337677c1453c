import { describe, expect, it } from 'vitest'
import { chunkParagraphs } from '../../../../src/components/chunk-paragraphs'
import { foldPassages } from '../../../../src/components/navigation/fold-passages'
import { passageFilter } from '../../../../src/components/navigation/passage-filters'
import { fixtureComparison } from '../../../component/fixtures'

// Paragraphs of stand-in passages: only ids, topics and offsets matter to folding and chunking.
const paragraphs = [['p0', 'p1', 'p2'], ['p3', 'p4'], ['p5']].map((ids, p) =>
  ids.map((id) => {
    const i = Number(id.slice(1))
    return {
      ...fixtureComparison().segments.a[0]!,
      id,
      paragraph: p,
      start: i * 10,
      end: i * 10 + 9,
    }
  }),
)
const idsOf = (blocks: ReturnType<typeof foldPassages>) =>
  blocks.map((b) => `${b.kind}:${b.passages.map((s) => s.id).join(',')}`)

describe('folding passages', () => {
  it('keeps paragraphs as they are when nothing is filtered', () => {
    expect(idsOf(foldPassages(paragraphs, null))).toEqual([
      'paragraph:p0,p1,p2',
      'paragraph:p3,p4',
      'paragraph:p5',
    ])
  })

  it('makes one fold of each run of hidden passages, across paragraph breaks', () => {
    const shown = new Set(['p1', 'p5'])
    expect(idsOf(foldPassages(paragraphs, (s) => shown.has(s.id)))).toEqual([
      'fold:p0',
      'paragraph:p1',
      'fold:p2,p3,p4',
      'paragraph:p5',
    ])
  })

  it('splits a paragraph around a fold inside it, and folds everything when nothing is shown', () => {
    expect(idsOf(foldPassages(paragraphs, (s) => s.id !== 'p1'))).toEqual([
      'paragraph:p0',
      'fold:p1',
      'paragraph:p2',
      'paragraph:p3,p4',
      'paragraph:p5',
    ])
    expect(idsOf(foldPassages(paragraphs, () => false))).toEqual(['fold:p0,p1,p2,p3,p4,p5'])
  })

  it('counts a fold as one passage when packing chunks, so hidden passages cost no chunk of their own', () => {
    const blocks = foldPassages(paragraphs, (s) => s.id === 'p5')
    const chunks = chunkParagraphs(blocks, 2)
    expect(chunks.map((c) => idsOf(c.blocks))).toEqual([['fold:p0,p1,p2,p3,p4', 'paragraph:p5']])
  })
})

describe('which passages the filters let through', () => {
  const comparison = fixtureComparison('prisoners')
  const all = [...comparison.segments.a, ...comparison.segments.b]
  const through = (onlyFocus: boolean, onlyDivergences: boolean) => {
    const filter = passageFilter(comparison, { onlyFocus, onlyDivergences })
    return filter ? all.filter(filter).map((s) => s.id) : null
  }

  it('lets everything through with no filter on', () => {
    expect(through(false, false)).toBeNull()
  })

  it('keeps the passages a divergence names, those on the focus topic, or both', () => {
    const named = comparison.divergences.flatMap((d) => [...d.a, ...d.b])
    const onFocus = all.filter((s) => s.topics.includes('prisoners')).map((s) => s.id)
    expect(through(false, true)?.sort()).toEqual([...named].sort())
    expect(through(true, false)).toEqual(onFocus)
    expect(through(true, true)).toEqual(onFocus.filter((id) => named.includes(id)))
  })
})
