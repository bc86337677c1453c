/**
 * Which words of two sequences an edit script changes: jsdiff 9's `diffArrays` (Myers' O(ND) search
 * with its pruning of diagonals past the edges), step for step, so the marks are the ones jsdiff
 * gives, but without its objects: jsdiff builds a change object per step of every path it extends,
 * and a long comparison diffs thousands of pairs. Paths are kept in flat arrays indexed by diagonal,
 * and the steps of each path in a shared pool of (kind, count, previous step) entries.
 */

const COMMON = 0
const ADDED = 1
const REMOVED = 2

/** For each word of `before` and of `after`, whether the edit script changes it; null when no
 * script of at most `maxEditLength` edits exists (jsdiff returns undefined then). */
export function changedWords(
  before: readonly string[],
  after: readonly string[],
  maxEditLength: number,
): { before: boolean[]; after: boolean[] } | null {
  const oldLen = before.length
  const newLen = after.length
  const maxEdit = Math.min(oldLen + newLen, maxEditLength)
  // The steps of all paths: a path is its last step, and each step points at the one before it.
  const kind: number[] = []
  const count: number[] = []
  const previous: number[] = []
  const step = (k: number, n: number, prev: number) => {
    kind.push(k)
    count.push(n)
    previous.push(prev)
    return kind.length - 1
  }
  // The furthest path on each diagonal d (new position = old position − d), at index d + offset.
  const offset = maxEdit + 1
  const oldPos = new Int32Array(2 * offset + 1)
  const last = new Int32Array(2 * offset + 1)
  const alive = new Uint8Array(2 * offset + 1)

  /** Follows the diagonal while the words agree (jsdiff's extractCommon); returns the new position. */
  const extendCommon = (d: number): number => {
    const at = d + offset
    let o = oldPos[at]!
    let n = o - d
    let common = 0
    while (n + 1 < newLen && o + 1 < oldLen && before[o + 1] === after[n + 1]) {
      n++
      o++
      common++
    }
    if (common) last[at] = step(COMMON, common, last[at]!)
    oldPos[at] = o
    return n
  }
  /** Adds one added or removed word to a path (jsdiff's addToPath): the same kind as its last step
   * lengthens that step. */
  const extend = (from: number, k: number): number => {
    const prev = last[from]!
    if (prev >= 0 && kind[prev] === k) return step(k, count[prev]! + 1, previous[prev]!)
    return step(k, 1, prev)
  }

  oldPos[offset] = -1
  last[offset] = -1
  alive[offset] = 1
  let newPos = extendCommon(0)
  if (oldPos[offset]! + 1 >= oldLen && newPos + 1 >= newLen) return marks(last[offset]!)

  let minDiagonal = -Infinity
  let maxDiagonal = Infinity
  for (let editLength = 1; editLength <= maxEdit; editLength++) {
    const top = Math.min(maxDiagonal, editLength)
    for (let d = Math.max(minDiagonal, -editLength); d <= top; d += 2) {
      const at = d + offset
      const hasRemove = alive[at - 1] === 1
      const hasAdd = alive[at + 1] === 1
      const removeOld = hasRemove ? oldPos[at - 1]! : 0
      const addOld = hasAdd ? oldPos[at + 1]! : 0
      if (hasRemove) alive[at - 1] = 0
      let canAdd = false
      if (hasAdd) {
        const addNew = addOld - d
        canAdd = 0 <= addNew && addNew < newLen
      }
      const canRemove = hasRemove && removeOld + 1 < oldLen
      if (!canAdd && !canRemove) {
        alive[at] = 0
        continue
      }
      if (!canRemove || (canAdd && removeOld < addOld)) {
        last[at] = extend(at + 1, ADDED)
        oldPos[at] = addOld
      } else {
        last[at] = extend(at - 1, REMOVED)
        oldPos[at] = removeOld + 1
      }
      newPos = extendCommon(d)
      if (oldPos[at]! + 1 >= oldLen && newPos + 1 >= newLen) return marks(last[at]!)
      alive[at] = 1
      if (oldPos[at]! + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1)
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1)
    }
  }
  return null

  /** The finished path's steps, first to last, as a mark per word on each side. */
  function marks(end: number) {
    const steps: number[] = []
    for (let s = end; s >= 0; s = previous[s]!) steps.push(s)
    const out = { before: [] as boolean[], after: [] as boolean[] }
    for (let k = steps.length - 1; k >= 0; k--) {
      const s = steps[k]!
      const n = count[s]!
      if (kind[s] !== ADDED) for (let q = 0; q < n; q++) out.before.push(kind[s] === REMOVED)
      if (kind[s] !== REMOVED) for (let q = 0; q < n; q++) out.after.push(kind[s] === ADDED)
    }
    return out
  }
}
