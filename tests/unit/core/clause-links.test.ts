import { describe, expect, it } from 'vitest'
import { annotateSentence, contentTerms } from '../../../src/core/annotate'
import { clauseLinks } from '../../../src/core/clause-links'
import type { Passage } from '../../../src/core/passage'
import type { AccountKey } from '../../../src/core/types'

function passage(side: AccountKey, index: number, text: string, paired: boolean): Passage {
  return {
    id: `${side}${index}`,
    side,
    index,
    start: 0,
    end: text.length,
    text,
    paragraph: index,
    annotation: annotateSentence(text),
    topics: [],
    topicsCarried: false,
    speaker: null,
    alignment: paired ? 'reworded' : 'only-here',
    counterparts: paired
      ? [
          {
            index,
            score: 0.5,
            cosine: 0.5,
            primary: true,
            byReader: false,
            via: 'words',
            confidence: 0.8,
            clash: null,
          },
        ]
      : [],
    moved: false,
  }
}

// Written for this test: one account packs three points into a sentence; the other gives one of them
// a sentence of its own. The first sentences of the two are paired already.
const a = [
  passage('a', 0, 'Technical talks on shipping went well.', true),
  passage(
    'a',
    1,
    'They agreed to begin with a halt to strikes on power stations, as well as technical talks on the safety of shipping on the Lake Ontoria route, and a full truce later.',
    false,
  ),
]

function links(lone: string) {
  const b = [
    passage('b', 0, 'Technical talks on shipping were praised.', true),
    passage('b', 1, lone, false),
  ]
  const terms = [...a, ...b].map((s) => contentTerms(s.annotation.tokens))
  return clauseLinks(a, b, terms, new Set())
}

describe('a sentence no pairing reached', () => {
  it('is linked to the long sentence one of whose clauses it tells, through a word only the two use', () => {
    expect(links('Envoys welcomed safety talks for the Lake Ontoria shipping route.')).toEqual([
      { a: 1, b: 1, cosine: expect.any(Number) },
    ])
  })

  it('is left alone when the words it shares with a clause are used all over both accounts', () => {
    expect(links('Envoys praised the technical talks on shipping.')).toEqual([])
  })
})
