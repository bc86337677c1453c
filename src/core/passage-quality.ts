/**
 * What makes a passage a poor lead, whatever it says: an editor's bracketed note or a stage
 * direction, a fragment that stops mid-phrase (and an account that ends on one: it looks cut off).
 * Such passages stay in the text; rank-features.ts only lets them drop down the list.
 */
import { BACK_REFERENCES, CONNECTIVES, STOPWORDS, isTitleWord } from './lexicons'
import type { Passage } from './passage'

/** Share of a passage inside brackets past which it is an editor's note, not the speaker. */
const EDITORIAL_SHARE = 0.5

/** A signature: a few words, every one capitalized or a function word ("Vladimir Putin", "DONALD J.
 * TRUMP, PRESIDENT OF THE UNITED STATES!"). Written all in capitals it must name an office: "DO NOT
 * DROP THOSE BOMBS" is the speaker shouting, not signing. */
const SIGNATURE_WORDS = 12

function isSignature(text: string): boolean {
  const words = text.match(/[\p{L}'’.]+/gu) ?? []
  if (words.length === 0 || words.length > SIGNATURE_WORDS) return false
  if (!words.every((w) => /^\p{Lu}/u.test(w) || STOPWORDS.has(w.toLowerCase()))) return false
  const shouted = words.every((w) => w === w.toUpperCase())
  return !shouted || words.some(isTitleWord)
}

/** "[Asked about …]", "(Applause.)": mostly text in brackets; or a signature line. */
export function isEditorial(text: string): boolean {
  if (isSignature(text)) return true
  const trimmed = text.trim()
  if (!/^[[(]/.test(trimmed)) return false
  const bracketed = [...trimmed.matchAll(/\[[^\]]*\]?|\([^)]*\)?/g)].reduce(
    (n, m) => n + m[0].length,
    0,
  )
  return bracketed / trimmed.length >= EDITORIAL_SHARE
}

/** A passage that stops mid-phrase: no closing punctuation, and its last word a function word or a
 * comma after it ("…and then recalled", "He suggested that this would be a grave error,"). */
export function endsMidPhrase(text: string): boolean {
  const trimmed = text.trim()
  if (/[.!?…]["”’»)\]]*$/.test(trimmed)) return false
  if (/[,;:—–-]$/.test(trimmed)) return true
  const last = /([\p{L}']+)[^\p{L}]*$/u.exec(trimmed)?.[1]?.toLowerCase() ?? ''
  return STOPWORDS.has(last)
}

/** True when an account's text looks cut off: its last passage stops mid-phrase. */
export function looksCutOff(passages: readonly Passage[]): boolean {
  const last = passages[passages.length - 1]
  return last !== undefined && endsMidPhrase(last.text)
}

/** A sentence that opens on a connective ("And, of course, take into account…", "But…") goes on with
 * the one before: it says more of the same point. */
export function continuesPrevious(text: string): boolean {
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(text)?.[1]?.toLowerCase()
  return first !== undefined && CONNECTIVES.has(first)
}

/** How far into a sentence a word that points back still refers to the sentence before. */
const EARLY_WORDS = 10

/** Whether one of a sentence's first `within` words points to the sentence before ("This would
 * outline several key points", "progress in these dialogues"), not to a time ("This year marks…"). */
function pointsBackWithin(text: string, within: number): boolean {
  const words = text.match(/\p{L}+/gu)?.slice(0, within + 1) ?? []
  for (let k = 0; k < Math.min(within, words.length - 1); k++) {
    if (
      BACK_REFERENCES.words.has(words[k]!.toLowerCase()) &&
      !BACK_REFERENCES.times.has(words[k + 1]!.toLowerCase())
    ) {
      return true
    }
  }
  return false
}

/** A sentence that opens by pointing back: alone, it does not say what it is about. */
export const pointsBack = (text: string) => pointsBackWithin(text, 1)

/** A sentence that points back within its first words: it says more of the point before it. */
export const refersBackEarly = (text: string) => pointsBackWithin(text, EARLY_WORDS)
