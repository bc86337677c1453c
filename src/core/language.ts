/**
 * Guesses each account's language from its script and, for Latin script, from English function
 * words. The lexicons are English: for anything else the app says so instead of guessing topics.
 */
import type { LanguageReport } from './types'

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Latin}/gu, 'latin'],
]
const ENGLISH = /\b(?:the|and|of|to|in|that|is|was|with|for|on|said)\b/gi
const UKRAINIAN = /[іїєґІЇЄҐ]/u
const SAMPLE = 20_000

export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE)
  let best = 'und'
  let most = 0
  for (const [re, tag] of SCRIPTS) {
    const count = sample.match(re)?.length ?? 0
    if (count > most) [best, most] = [tag, count]
  }
  if (best === 'ru' && UKRAINIAN.test(sample)) return 'uk'
  if (best !== 'latin') return best
  const words = sample.split(/\s+/).length
  return (sample.match(ENGLISH)?.length ?? 0) >= words * 0.08 ? 'en' : 'und'
}

const NAMES: Record<string, string> = {
  ru: 'Russian',
  uk: 'Ukrainian',
  ar: 'Arabic',
  he: 'Hebrew',
  zh: 'Chinese',
  ko: 'Korean',
  ja: 'Japanese',
  el: 'Greek',
  und: 'a language other than English',
}

export function reportLanguages(a: string, b: string): LanguageReport {
  const [la, lb] = [detectLanguage(a), detectLanguage(b)]
  // Empty accounts say nothing about language; they do not make the lexicons inapplicable.
  const applies = (text: string, tag: string) => tag === 'en' || text.trim() === ''
  const covered = applies(a, la) && applies(b, lb)
  const other = [la, lb].find((t, k) => !applies(k === 0 ? a : b, t)) ?? 'und'
  const note = covered
    ? ''
    : `Topics and claims are read in English only; this text looks like ${NAMES[other] ?? other}. Passages are still aligned and compared word by word.`
  return { a: la, b: lb, covered, note }
}
