import type { Alignment } from './types'

/**
 * What a passage's alignment means, in words: what a screen reader hears before the passage, and what a
 * report says for readers who cannot tell the marks apart. E.g. "contradicts Trump's remarks".
 */
export function describeAlignment(alignment: Alignment, ownLabel: string, otherLabel: string) {
  switch (alignment) {
    case 'shared':
      return `shared with ${otherLabel}`
    case 'reworded':
      return `reworded in ${otherLabel}`
    case 'contradicts':
      return `contradicts ${otherLabel}`
    case 'only-here':
      return `only in ${ownLabel}`
  }
}
