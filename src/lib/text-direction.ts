const FIRST_LETTER = /\p{L}/u
const RTL_SCRIPT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u

/**
 * The base direction of a text from its first letter, as `dir="auto"` would find it. Chromium's own
 * `dir="auto"` on a text box re-reads the whole value on every change, which costs seconds on a 1 MB
 * text; this looks no further than the first letter.
 */
export function textDirection(text: string): 'ltr' | 'rtl' | 'auto' {
  const letter = FIRST_LETTER.exec(text)
  if (!letter) return 'auto'
  return RTL_SCRIPT.test(letter[0]) ? 'rtl' : 'ltr'
}
