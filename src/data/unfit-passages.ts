import type { Side } from '../core'

/** A highlighted passage of a link or file that is not shown: why, and on which side. */
export interface UnfitPassage {
  side: Side
  reason: 'check-failed' | 'range-outside'
}

const SIDE_NAMES = { a: 'first', b: 'second' } as const

function sentence({ side, reason }: UnfitPassage, count: number): string {
  const name = SIDE_NAMES[side]
  if (reason === 'check-failed') {
    return count === 1
      ? `A highlighted passage in the ${name} account no longer matches the text it was made for, so it is not highlighted.`
      : `${count} highlighted passages in the ${name} account no longer match the text they were made for, so they are not highlighted.`
  }
  return count === 1
    ? `A highlighted passage points past the end of the ${name} account, so it is not highlighted.`
    : `${count} highlighted passages point past the end of the ${name} account, so they are not highlighted.`
}

/**
 * One sentence per side and reason, counting the passages: a link may name up to 64 passages, and an
 * alert that repeats one sentence for each is too long to read.
 */
export function describeUnfit(unfit: UnfitPassage[]): string[] {
  const counts = new Map<string, { first: UnfitPassage; count: number }>()
  for (const passage of unfit) {
    const key = `${passage.side}:${passage.reason}`
    const seen = counts.get(key)
    if (seen) seen.count++
    else counts.set(key, { first: passage, count: 1 })
  }
  return [...counts.values()].map(({ first, count }) => sentence(first, count))
}
