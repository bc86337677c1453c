import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../../src/core/language'

/** The guess as it was made with one pattern match per script (language.ts now counts code points
 * in one pass): the two must agree. */
function byPatterns(text: string): string {
  const scripts: [RegExp, string][] = [
    [/\p{Script=Cyrillic}/gu, 'ru'],
    [/\p{Script=Arabic}/gu, 'ar'],
    [/\p{Script=Hebrew}/gu, 'he'],
    [/\p{Script=Han}/gu, 'zh'],
    [/\p{Script=Hangul}/gu, 'ko'],
    [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
    [/\p{Script=Greek}/gu, 'el'],
    [/\p{Script=Latin}/gu, 'latin'],
  ]
  const sample = text.slice(0, 20_000)
  let best = 'und'
  let most = 0
  for (const [re, tag] of scripts) {
    const count = sample.match(re)?.length ?? 0
    if (count > most) [best, most] = [tag, count]
  }
  if (best === 'ru' && /[іїєґІЇЄҐ]/u.test(sample)) return 'uk'
  if (best !== 'latin') return best
  const words = sample.split(/\s+/).length
  if (words < 12) return 'en'
  const english = /\b(?:the|and|of|to|in|that|is|was|with|for|on|said)\b/gi
  return (sample.match(english)?.length ?? 0) >= words * 0.08 ? 'en' : 'und'
}

const pieces = fc.constantFrom(
  ...['the ', 'and ', 'said', 'a', 'é', 'Я', 'ї', 'Ω', '中', '𠀀', 'ア', 'あ', '한', 'ש', 'ع'],
  ...['𝐀', '\ud800', '\udc00', ' ', '\n', '\u00a0', '\u3000', '.', '1'],
)

describe('detectLanguage', () => {
  it('takes a line too short to tell for English, and says so of a paragraph in another language', () => {
    expect(detectLanguage('Hello.')).toBe('en')
    expect(detectLanguage('Talks resumed today in Geneva.')).toBe('en')
    expect(
      detectLanguage(
        'Die beiden Präsidenten haben heute lange telefoniert und wollen sich bald wieder sprechen, sagte ein Sprecher.',
      ),
    ).toBe('und')
  })

  it('guesses as the pattern per script did, on text of mixed scripts', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (p) => {
        const text = p.join('')
        expect(detectLanguage(text)).toBe(byPatterns(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads only the first 20,000 characters, cut pairs included', () => {
    const text = `${'a'.repeat(19_999)}𝐀 and the Я`
    expect(detectLanguage(text)).toBe(byPatterns(text))
  })
})
