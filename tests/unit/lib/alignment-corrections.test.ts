import { afterEach, describe, expect, it, vi } from 'vitest'
import type { OriginalPassagePair } from '../../../src/core'
import {
  NO_CORRECTIONS,
  correctionCount,
  readerCorrections,
  withPairAligned,
  withPairSeparated,
} from '../../../src/lib/alignment-corrections'
import {
  correctionsStorageKey,
  loadCorrections,
  saveCorrections,
} from '../../../src/lib/corrections-store'

const at = (a: number, b: number) => ({ a, b }) as OriginalPassagePair
const pair = at(10, 20)

describe('the reader’s alignment corrections', () => {
  it('let the last word on a pair win: aligning takes back a separation, and the reverse', () => {
    const separated = withPairSeparated(NO_CORRECTIONS, pair)
    expect(separated).toEqual({ link: [], unlink: [pair] })
    expect(withPairAligned(separated, pair)).toEqual({ link: [pair], unlink: [] })
    expect(withPairSeparated(withPairAligned(NO_CORRECTIONS, pair), pair)).toEqual({
      link: [],
      unlink: [pair],
    })
  })

  it('keep one entry per pair however often it is aligned', () => {
    const twice = withPairAligned(withPairAligned(NO_CORRECTIONS, pair), { ...pair })
    expect(twice.link).toHaveLength(1)
    expect(correctionCount(withPairSeparated(twice, at(1, 2)))).toBe(2)
  })

  it('read only whole, non-negative offsets from untrusted values', () => {
    const raw = {
      link: [pair, { a: -1, b: 2 }, { a: 1.5, b: 2 }, null, { a: '3', b: 4 }],
      unlink: 'nonsense',
    }
    expect(readerCorrections(raw)).toEqual({ link: [pair], unlink: [] })
    expect(readerCorrections(undefined)).toEqual(NO_CORRECTIONS)
  })
})

describe('kept corrections', () => {
  afterEach(() => {
    localStorage.clear()
    vi.restoreAllMocks()
  })

  it('are kept per pair of texts, and a changed text does not inherit them', () => {
    const key = correctionsStorageKey('First text.', 'Second text.')
    expect(saveCorrections(key, withPairAligned(NO_CORRECTIONS, pair))).toBe(true)
    expect(loadCorrections(key)).toEqual({ link: [pair], unlink: [] })
    expect(loadCorrections(correctionsStorageKey('First text, edited.', 'Second text.'))).toBeNull()
  })

  it('leave no key behind once every correction is taken back', () => {
    const key = correctionsStorageKey('x', 'y')
    saveCorrections(key, withPairAligned(NO_CORRECTIONS, pair))
    saveCorrections(key, NO_CORRECTIONS)
    expect(localStorage.getItem(key)).toBeNull()
  })

  it('say so when storage refuses, and read a damaged value as none', () => {
    const key = correctionsStorageKey('x', 'y')
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(saveCorrections(key, withPairAligned(NO_CORRECTIONS, pair))).toBe(false)
    vi.restoreAllMocks()
    localStorage.setItem(key, '{not json')
    expect(loadCorrections(key)).toBeNull()
  })
})
