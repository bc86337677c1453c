import { describe, expect, it } from 'vitest'
import { continuesPrevious, endsMidPhrase, isEditorial } from '../../../src/core/passage-quality'

describe('what makes a poor lead', () => {
  it('an editor’s bracketed note, and a signature, are not the speaker’s words', () => {
    expect(isEditorial('[Asked about the talks, he shrugged.]')).toBe(true)
    expect(isEditorial('JOHN Q. ADAMS, PRESIDENT OF THE REPUBLIC!')).toBe(true)
    expect(isEditorial('Vladislav Okafor')).toBe(true)
  })

  it('a sentence shouted in capitals, or one with a bracket inside, is the speaker’s', () => {
    expect(isEditorial('DO NOT DROP THOSE BOMBS.')).toBe(false)
    expect(isEditorial('THE CEASEFIRE IS NOW IN EFFECT.')).toBe(false)
    expect(isEditorial('The minister [Okafor] said the talks would resume in May.')).toBe(false)
  })

  it('a passage that stops on a function word or a comma ends mid-phrase', () => {
    expect(endsMidPhrase('He suggested that this would be a grave error,')).toBe(true)
    expect(endsMidPhrase('Independence Day, and then recalled that')).toBe(true)
    expect(endsMidPhrase('The talks will resume in May.')).toBe(false)
  })

  it('a sentence opening on a connective goes on with the one before', () => {
    expect(continuesPrevious('And, of course, take into account the need for guarantees.')).toBe(
      true,
    )
    expect(continuesPrevious('“But we will not sign,” he said.')).toBe(true)
    expect(continuesPrevious('Andorra hosted the talks.')).toBe(false)
    expect(continuesPrevious('The minister and his deputy left.')).toBe(false)
  })
})
