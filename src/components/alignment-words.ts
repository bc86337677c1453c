import type { Alignment, DivergenceKind } from '../core'

// One wording for the app and the downloaded report.
export { describeAlignment } from '../core'

/** Legend order: from agreement to disagreement, then what one side alone tells. */
export const ALIGNMENTS: Alignment[] = ['shared', 'reworded', 'contradicts', 'only-here']

export const ALIGNMENT_NAMES: Record<Alignment, string> = {
  shared: 'Shared',
  reworded: 'Reworded',
  contradicts: 'Contradicts',
  'only-here': 'Only here',
}

/** What a screen reader hears about a passage aligned out of the order both accounts share. */
export const describeMoved = (otherLabel: string) =>
  `moved: told in a different order in ${otherLabel}`

export function describeKind(kind: DivergenceKind, labelA: string, labelB: string): string {
  switch (kind) {
    case 'contradicts':
      return 'Contradicts'
    case 'reframed':
      return 'Reframed'
    case 'only-a':
      return `Only in ${labelA}`
    case 'only-b':
      return `Only in ${labelB}`
  }
}
