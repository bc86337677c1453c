import { describe, expect, it } from 'vitest'
import { anchoredBestPairs, bestPairs, similarPairs } from '../../../src/core/similarity-join'
import { sparseCosine, termSpace } from '../../../src/core/term-space'

/** A fixed pseudo-random sequence (a linear congruential generator), so every run sees one text. */
function random(seed: number) {
  let x = seed
  return () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
}

/** `n` passages of 4–14 terms from a Zipf-like vocabulary: a few words everywhere, most rare, as in
 * prose — the shape that makes a frequency cap miss pairs and an n × m search slow. */
function passages(n: number, seed: number): string[][] {
  const next = random(seed)
  return Array.from({ length: n }, () => {
    const length = 4 + Math.floor(next() * 11)
    return Array.from({ length }, () => `w${Math.floor(400 ** next()) - 1}`)
  })
}

function exhaustive(
  left: ReturnType<typeof termSpace>['vectors'],
  right: typeof left,
  min: number,
) {
  const pairs: string[] = []
  left.forEach((x, i) =>
    right.forEach((y, j) => sparseCosine(x, y) >= min && pairs.push(`${i}:${j}`)),
  )
  return pairs.sort()
}

describe('similarPairs: prefix filtering with complete recall', () => {
  it.each([0.1, 0.2, 0.35, 0.6])(
    'finds every pair an exhaustive search finds at cosine %s, and no other',
    (min) => {
      const [a, b] = [passages(300, 7), passages(320, 11)]
      const { vectors } = termSpace([...a, ...b])
      const [left, right] = [vectors.slice(0, a.length), vectors.slice(a.length)]
      const found = similarPairs(left, right, min)
      const expected = exhaustive(left, right, min)
      expect(expected.length).toBeGreaterThan(0)
      expect(found.map((p) => `${p.i}:${p.j}`).sort()).toEqual(expected)
      for (const p of found) expect(p.cosine).toBeCloseTo(sparseCosine(left[p.i]!, right[p.j]!), 12)
    },
  )

  it('keeps each passage’s best partners, on both sides', () => {
    const [a, b] = [passages(200, 3), passages(200, 5)]
    const { vectors } = termSpace([...a, ...b])
    const [left, right] = [vectors.slice(0, a.length), vectors.slice(a.length)]
    const all = similarPairs(left, right, 0.1)
    const kept = new Set(bestPairs(left, right, 0.1, 3).map((p) => `${p.i}:${p.j}`))
    for (let i = 0; i < left.length; i++) {
      const mine = all.filter((p) => p.i === i).sort((x, y) => y.cosine - x.cosine)
      for (const p of mine.slice(0, 3)) expect(kept.has(`${p.i}:${p.j}`)).toBe(true)
    }
    for (let j = 0; j < right.length; j++) {
      const mine = all.filter((p) => p.j === j).sort((x, y) => y.cosine - x.cosine)
      for (const p of mine.slice(0, 3)) expect(kept.has(`${p.i}:${p.j}`)).toBe(true)
    }
  })
})

describe('anchoredBestPairs: two passes for texts whose common words every passage shares', () => {
  /** Short passages that all share a few words ("met", "agreed", the city), each with a number of
   * its own: the transcript shape that makes a low-floor join compare nearly every pair. */
  function repetitive(n: number, seed: number, numbered: (k: number) => number): string[][] {
    const next = random(seed)
    return Array.from({ length: n }, (_, k) => [
      'met',
      'agreed',
      'point',
      `city${k % 5}`,
      `n${numbered(k)}`,
      ...(next() < 0.5 ? ['envoys'] : ['delegates']),
      ...(next() < 0.3 ? [`w${Math.floor(next() * 50)}`] : []),
    ])
  }

  it('gives every passage the same best partner as a one-pass join', () => {
    const a = repetitive(300, 1, (k) => k)
    // The second text tells the same points in another order, and some it does not tell at all.
    const b = repetitive(260, 2, (k) => (k * 7) % 330)
    const { vectors } = termSpace([...a, ...b])
    const [left, right] = [vectors.slice(0, a.length), vectors.slice(a.length)]
    const onePass = bestPairs(left, right, 0.05, 8)
    const twoPass = anchoredBestPairs(left, right, 0.05, 0.3, 8)
    const best = (pairs: typeof onePass, side: 'i' | 'j', index: number) =>
      Math.max(0, ...pairs.filter((p) => p[side] === index).map((p) => p.cosine))
    // The same partners' cosines, summed in another order: equal up to rounding.
    for (let i = 0; i < left.length; i++) {
      expect(best(twoPass, 'i', i)).toBeCloseTo(best(onePass, 'i', i), 12)
    }
    for (let j = 0; j < right.length; j++) {
      expect(best(twoPass, 'j', j)).toBeCloseTo(best(onePass, 'j', j), 12)
    }
  })
})
