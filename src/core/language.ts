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
/** Latin-script text shorter than this is taken for English: its function words prove nothing. */
const MIN_WORDS_TO_TELL = 12

/** Which of SCRIPTS a code point belongs to (its index, or -1): a code point has one script, so
 * counting code points by script counts what each pattern matches. Tested once per character. */
const scriptByCode = new Map<number, number>()
function scriptOf(code: number): number {
  let script = scriptByCode.get(code)
  if (script === undefined) {
    const ch = String.fromCodePoint(code)
    script = SCRIPTS.findIndex(([re]) => new RegExp(re.source, 'u').test(ch))
    scriptByCode.set(code, script)
  }
  return script
}

/** How many code points of each script the sample has, in the order of SCRIPTS: one pass, instead of
 * an array of every matched letter per script. */
function scriptCounts(sample: string): number[] {
  const counts = SCRIPTS.map(() => 0)
  for (let at = 0; at < sample.length;) {
    const code = sample.codePointAt(at)!
    const script = scriptOf(code)
    if (script >= 0) counts[script]!++
    at += code > 0xffff ? 2 : 1
  }
  return counts
}

/** What `text.split(/\s+/).length` is: one more than its runs of white space. */
function piecesBetweenSpaces(text: string): number {
  let runs = 0
  for (let at = 0; at < text.length; at++) {
    if (SPACE.test(text[at]!) && (at === 0 || !SPACE.test(text[at - 1]!))) runs++
  }
  return runs + 1
}
const SPACE = /\s/

export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE)
  let best = 'und'
  let most = 0
  const counts = scriptCounts(sample)
  SCRIPTS.forEach(([, tag], k) => {
    if (counts[k]! > most) [best, most] = [tag, counts[k]!]
  })
  if (best === 'ru' && UKRAINIAN.test(sample)) return 'uk'
  if (best !== 'latin') return best
  const words = piecesBetweenSpaces(sample)
  // A line or two ("Hello.", "Talks resumed today.") holds too few function words to tell: no warning.
  if (words < MIN_WORDS_TO_TELL) return 'en'
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
