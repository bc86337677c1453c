import { describe, expect, it } from 'vitest'
import { attributeSpeakers } from '../../../src/core/attribution'
import { tokenize } from '../../../src/core/tokenize'

const speakers = (...texts: string[]) =>
  attributeSpeakers(texts.map((text) => ({ text, tokens: tokenize(text) }))).speakers

describe('attributeSpeakers', () => {
  it('finds a named source before or after its cue verb', () => {
    expect(speakers('Ushakov added: “The talks went on.”')).toEqual(['Ushakov'])
    expect(
      speakers('As characterized by Yury Ushakov, Putin’s adviser, the call was candid.'),
    ).toEqual(['Ushakov'])
    expect(speakers('“We are close,” said Peskov.')).toEqual(['Peskov'])
  })

  it('names a party speaking as a body, and an office, as they are written', () => {
    expect(speakers('The Chilean side emphasized that talks must go on.')).toEqual([
      'the Chilean side',
    ])
    expect(speakers('Then the Prime Minister of Norway said the deal holds.')).toEqual([
      'Prime Minister of Norway',
    ])
  })

  it('carries the last named source to "he said" and through an open quotation', () => {
    expect(
      speakers(
        'The minister Lavrov noted that talks continue.',
        'He also said a meeting was possible.',
        'Peskov told reporters: “Nothing is agreed.',
        'The work goes on.”',
        'The weather was fine.',
      ),
    ).toEqual(['Lavrov', 'Lavrov', 'Peskov', 'Peskov', null])
  })

  it('does not take a name in the possessive for the one who speaks', () => {
    expect(speakers('The Guild’s latest offer included what it characterized as a bonus.')).toEqual(
      [null],
    )
  })

  it('does not take the object of the cue for its subject', () => {
    expect(speakers('Putin offered greetings to Trump on the holiday.')).toEqual(['Putin'])
  })
})
