import { describe, expect, it } from 'vitest'
import { annotateSentence } from '../../../src/core/annotate'
import { buildCandidates } from '../../../src/core/build-candidates'
import type { Clash } from '../../../src/core/clash'
import type { Counterpart, Passage } from '../../../src/core/passage'
import type { AccountKey, Alignment } from '../../../src/core/types'

function passage(
  side: AccountKey,
  index: number,
  text: string,
  alignment: Alignment,
  counterparts: Counterpart[] = [],
  topics: string[] = [],
): Passage {
  return {
    id: `${side}${index}`,
    side,
    index,
    start: 0,
    end: text.length,
    text,
    paragraph: 0,
    annotation: annotateSentence(text),
    topics,
    topicsCarried: false,
    speaker: null,
    alignment,
    counterparts,
    moved: false,
  }
}

function link(index: number, primary: boolean, clash: Clash | null = null): Counterpart {
  const score = primary ? 0.5 : 0.2
  return {
    index,
    score,
    cosine: score,
    primary,
    byReader: false,
    via: 'words',
    confidence: score,
    clash,
  }
}

const willingness: Clash = {
  rule: 'willingness',
  a: 'must show willingness',
  b: 'open',
  strength: 0.6,
}
const texts = (passages: Passage[]) => passages.map((s) => s.text)

describe('passages linked only as a secondary', () => {
  // A secondary link to a passage cited in a clash, which takes no secondaries: without a place of
  // its own, the charge that support will not wane would be in no item at all.
  const a = [
    passage('a', 0, 'Moscow must show willingness to negotiate with Kyiv.', 'contradicts', [
      link(0, true, willingness),
    ]),
    passage('a', 1, 'He cannot count on support for Kyiv from Europe waning.', 'reworded', [
      link(0, false),
    ]),
    passage('a', 2, 'The minister thanked his host for the warm welcome.', 'reworded', [
      link(0, false),
    ]),
  ]
  const b = [
    passage('b', 0, 'Moscow has always been open to talks, which Kyiv broke off.', 'contradicts', [
      link(0, true, willingness),
      link(1, false),
      link(2, false),
    ]),
  ]
  const candidates = buildCandidates(a, b)

  it('are an item of their own when their anchor is in a clash', () => {
    const lone = candidates.filter((u) => u.kind === 'only-a')
    expect(lone.map((u) => texts(u.a))).toEqual([
      ['He cannot count on support for Kyiv from Europe waning.'],
    ])
  })

  it('leave the clash as it is, and courtesy out of the list', () => {
    const clash = candidates.find((u) => u.kind === 'contradicts')!
    expect(texts(clash.a)).toEqual(['Moscow must show willingness to negotiate with Kyiv.'])
    const cited = candidates.flatMap((u) => texts(u.a))
    expect(cited).not.toContain('The minister thanked his host for the warm welcome.')
  })

  it('join their anchor’s reframing when it has room', () => {
    const x = [
      passage('a', 0, 'The leaders agreed on a grain corridor.', 'reworded', [link(0, true)]),
      passage('a', 1, 'Ships will sail from Odesa under escort.', 'reworded', [link(0, false)]),
    ]
    const y = [
      passage('b', 0, 'The sides discussed the export of grain by sea.', 'reworded', [
        link(0, true),
        link(1, false),
      ]),
    ]
    const [only] = buildCandidates(x, y)
    expect(only).toMatchObject({ kind: 'reframed' })
    expect(texts(only!.a)).toEqual([
      'The leaders agreed on a grain corridor.',
      'Ships will sail from Odesa under escort.',
    ])
  })

  it('stay with the sentence before when they open on a connective after a point only one side makes', () => {
    const x = [
      passage('a', 0, 'The leaders agreed that the war must end in a lasting peace.', 'reworded', [
        link(0, true),
      ]),
    ]
    const y = [
      passage(
        'b',
        0,
        'The leaders discussed how the war could end in a lasting peace.',
        'reworded',
        [link(0, true)],
      ),
      passage(
        'b',
        1,
        'The president declared his readiness to explore every way to a settlement.',
        'only-here',
      ),
      passage(
        'b',
        2,
        'And, of course, the root causes of the crisis must be eliminated.',
        'reworded',
        [link(0, false)],
      ),
    ]
    const candidates = buildCandidates(x, y)
    const lone = candidates.find((u) => u.kind === 'only-b')!
    expect(texts(lone.b)).toEqual([
      'The president declared his readiness to explore every way to a settlement.',
      'And, of course, the root causes of the crisis must be eliminated.',
    ])
    const pair = candidates.find((u) => u.kind === 'reframed')!
    expect(pair.b).toHaveLength(1)
  })

  it('a single passage only one side tells joins the reframing next to it on the same topic', () => {
    const x = [
      passage(
        'a',
        0,
        'The president will keep competing hard with Beijing.',
        'only-here',
        [],
        ['relations'],
      ),
      passage(
        'a',
        1,
        'He said the competition must not veer into conflict.',
        'reworded',
        [link(0, true)],
        ['relations'],
      ),
      passage(
        'a',
        2,
        'The president raised the case of two detained reporters.',
        'only-here',
        [],
        ['humanitarian'],
      ),
    ]
    const y = [
      passage(
        'b',
        0,
        'Competition should not be a zero-sum game.',
        'reworded',
        [link(1, true)],
        ['relations'],
      ),
    ]
    const candidates = buildCandidates(x, y)
    expect(candidates.map((u) => [u.kind, texts(u.a)])).toEqual([
      [
        'reframed',
        [
          'He said the competition must not veer into conflict.',
          'The president will keep competing hard with Beijing.',
        ],
      ],
      ['only-a', ['The president raised the case of two detained reporters.']],
    ])
  })
})

describe('lines an account tells twice', () => {
  const lone = (index: number, text: string) => ({
    ...passage('b', index, text, 'only-here'),
    paragraph: index,
  })

  it('are one item when they share their words', () => {
    const y = [
      lone(0, 'The two sides agreed to extend the grain corridor for another four months.'),
      lone(1, 'The parties agreed to extend the grain corridor for four more months.'),
    ]
    expect(buildCandidates([], y)).toHaveLength(1)
  })

  it('are two when they share only names', () => {
    const y = [
      lone(0, 'Premier Okafor took a phone call from President Lindqvist of Ruritania on Monday.'),
      lone(1, 'President Lindqvist of Ruritania thanked Okafor.'),
    ]
    expect(buildCandidates([], y)).toHaveLength(2)
  })
})

describe('a cited sentence that points back', () => {
  const timing: Clash = { rule: 'timing', a: 'immediately', b: 'should', strength: 0.7 }
  const a = [
    passage('a', 0, 'Talks on a truce will start immediately.', 'contradicts', [
      link(1, true, timing),
    ]),
  ]
  const b = (second: string) => [
    passage('b', 0, 'Both sides will draft a charter for a future settlement.', 'only-here'),
    passage('b', 1, second, 'contradicts', [link(0, true, timing)]),
  ]
  const cited = (second: string) =>
    texts(buildCandidates(a, b(second)).find((u) => u.kind === 'contradicts')!.b)

  it('is cited with the sentence it points to', () => {
    expect(cited('This would set out a truce, should terms be agreed.')).toEqual([
      'This would set out a truce, should terms be agreed.',
      'Both sides will draft a charter for a future settlement.',
    ])
  })

  it('is cited alone when it points to a time, not a sentence', () => {
    expect(cited('This year a truce may follow, should terms be agreed.')).toEqual([
      'This year a truce may follow, should terms be agreed.',
    ])
  })
})

describe('a sentence that says more of a cited one', () => {
  const a = (second: string, paragraph = 0) => [
    passage('a', 0, 'The envoys backed talks on river traffic from March.', 'reworded', [
      link(0, true),
    ]),
    { ...passage('a', 1, second, 'only-here'), paragraph },
    { ...passage('a', 2, 'The envoys also spoke of the harvest.', 'only-here'), paragraph: 2 },
  ]
  const b = [
    passage('b', 0, 'Talks on river traffic will open in March.', 'reworded', [link(0, true)]),
  ]
  const cited = (second: string, paragraph = 0) =>
    texts(buildCandidates(a(second, paragraph), b).find((u) => u.kind === 'reframed')!.a)

  it('joins it when it points back within its first words', () => {
    const second = 'They added that progress in these talks needs calm on the river.'
    expect(cited(second)).toEqual(['The envoys backed talks on river traffic from March.', second])
  })

  it('joins it across paragraphs of one sentence each, as wire copy sets them', () => {
    const second = 'They added that progress in these talks needs calm on the river.'
    const wire = buildCandidates(
      a(second, 1).map((s, k) => ({ ...s, paragraph: k })),
      b,
    ).find((u) => u.kind === 'reframed')!
    expect(texts(wire.a)).toContain(second)
  })

  it('stays apart when it points to a time, or nowhere', () => {
    expect(cited('This week the harvest came in early.')).toHaveLength(1)
    expect(cited('Grain prices rose in the spring.')).toHaveLength(1)
  })
})

describe('a passage that joins a reframing', () => {
  it('brings the passages of the other account that hang off it', () => {
    const a = [
      passage('a', 0, 'The envoys backed talks on river traffic from March.', 'reworded', [
        link(0, true),
      ]),
      passage(
        'a',
        1,
        'They added that progress in these talks needs calm on the river.',
        'reworded',
        [link(2, true), link(1, false)],
      ),
    ]
    const b = [
      passage('b', 0, 'Talks on river traffic will open in March.', 'reworded', [link(0, true)]),
      passage('b', 1, 'The ministers will oversee the river talks themselves.', 'reworded', [
        link(1, false),
      ]),
      passage('b', 2, 'Calm on the river is the key to progress.', 'reworded', [link(1, true)]),
    ]
    const first = buildCandidates(a, b).find((u) => u.kind === 'reframed' && u.a[0] === a[0])!
    expect(texts(first.a)).toHaveLength(2)
    expect(texts(first.b)).toEqual([
      'Talks on river traffic will open in March.',
      'The ministers will oversee the river talks themselves.',
    ])
  })
})
