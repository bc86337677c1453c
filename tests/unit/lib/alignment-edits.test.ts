import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  NO_EDITS,
  editCount,
  readerEdits,
  withLink,
  withUnlink,
} from '../../../src/lib/alignment-edits'
import { editsStorageKey, loadEdits, saveEdits } from '../../../src/lib/edits-store'

const pair = { a: 10, b: 20 }

describe('the reader’s alignment edits', () => {
  it('let the last word on a pair win: linking takes back an unlink, and the reverse', () => {
    const unlinked = withUnlink(NO_EDITS, pair)
    expect(unlinked).toEqual({ link: [], unlink: [pair] })
    expect(withLink(unlinked, pair)).toEqual({ link: [pair], unlink: [] })
    expect(withUnlink(withLink(NO_EDITS, pair), pair)).toEqual({ link: [], unlink: [pair] })
  })

  it('keep one entry per pair however often it is linked', () => {
    const twice = withLink(withLink(NO_EDITS, pair), { ...pair })
    expect(twice.link).toHaveLength(1)
    expect(editCount(withUnlink(twice, { a: 1, b: 2 }))).toBe(2)
  })

  it('read only whole, non-negative offsets from untrusted values', () => {
    const raw = {
      link: [pair, { a: -1, b: 2 }, { a: 1.5, b: 2 }, null, { a: '3', b: 4 }],
      unlink: 'nonsense',
    }
    expect(readerEdits(raw as never)).toEqual({ link: [pair], unlink: [] })
    expect(readerEdits(undefined)).toEqual(NO_EDITS)
  })
})

describe('kept edits', () => {
  afterEach(() => {
    localStorage.clear()
    vi.restoreAllMocks()
  })

  it('are kept per pair of texts, and a changed text does not inherit them', () => {
    const key = editsStorageKey('First text.', 'Second text.')
    expect(saveEdits(key, withLink(NO_EDITS, pair))).toBe(true)
    expect(loadEdits(key)).toEqual({ link: [pair], unlink: [] })
    expect(loadEdits(editsStorageKey('First text, edited.', 'Second text.'))).toBeNull()
  })

  it('leave no key behind once every correction is taken back', () => {
    const key = editsStorageKey('x', 'y')
    saveEdits(key, withLink(NO_EDITS, pair))
    saveEdits(key, NO_EDITS)
    expect(localStorage.getItem(key)).toBeNull()
  })

  it('say so when storage refuses, and read a damaged value as none', () => {
    const key = editsStorageKey('x', 'y')
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(saveEdits(key, withLink(NO_EDITS, pair))).toBe(false)
    vi.restoreAllMocks()
    localStorage.setItem(key, '{not json')
    expect(loadEdits(key)).toBeNull()
  })
})
