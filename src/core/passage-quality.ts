/**
 * What makes a passage a poor lead, whatever it says: an editor's bracketed note or a stage
 * direction, a fragment that stops mid-phrase, courtesy and history. Such passages stay in the text;
 * they only drop down the list of divergences.
 */
import { STOPWORDS } from './lexicons'
import type { Sentence } from './sentence'

/** Share of a passage inside brackets past which it is an editor's note, not the speaker. */
const EDITORIAL_SHARE = 0.5

/** "[Asked about …]", "(Applause.)": mostly text in brackets. */
export function isEditorial(text: string): boolean {
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
export function looksCutOff(sentences: readonly Sentence[]): boolean {
  const last = sentences[sentences.length - 1]
  return last !== undefined && endsMidPhrase(last.text)
}

/** How much a passage's form, not its content, should pull a divergence down: 1 keeps it. */
export function leadPenalty(s: Sentence): number {
  if (isEditorial(s.text)) return 0.2
  const substantive = s.annotation.claims.some(
    (c) => c.kind !== 'protocol' && c.kind !== 'history' && c.kind !== 'process',
  )
  let penalty = 1
  if (!substantive && s.annotation.noise.size > 0) penalty *= 0.35
  if (endsMidPhrase(s.text)) penalty *= 0.6
  return penalty
}
