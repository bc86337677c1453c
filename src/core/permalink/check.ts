/**
 * The short check a range carries: four base36 characters of the 32-bit FNV-1a hash of the quoted text's
 * UTF-8 bytes. 36⁴ ≈ 1.7 million values, so a range shifted onto other words fails the check with near
 * certainty, at five characters per range. FNV-1a because it is tiny, synchronous and easy to reproduce in
 * any language (docs/links.md has the exact definition).
 */

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
const CHECK_SPACE = 36 ** 4

function fnv1a(hash: number, byte: number): number {
  return Math.imul(hash ^ byte, FNV_PRIME)
}

/** FNV-1a (32-bit) over the UTF-8 encoding of `text`; lone surrogates count as U+FFFD, as in TextEncoder. */
export function fnv1a32(text: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i)
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00)
        i++
      } else cp = 0xfffd
    } else if (cp >= 0xdc00 && cp <= 0xdfff) cp = 0xfffd
    if (cp < 0x80) h = fnv1a(h, cp)
    else if (cp < 0x800) {
      h = fnv1a(fnv1a(h, 0xc0 | (cp >> 6)), 0x80 | (cp & 63))
    } else if (cp < 0x10000) {
      h = fnv1a(fnv1a(fnv1a(h, 0xe0 | (cp >> 12)), 0x80 | ((cp >> 6) & 63)), 0x80 | (cp & 63))
    } else {
      h = fnv1a(h, 0xf0 | (cp >> 18))
      h = fnv1a(
        fnv1a(fnv1a(h, 0x80 | ((cp >> 12) & 63)), 0x80 | ((cp >> 6) & 63)),
        0x80 | (cp & 63),
      )
    }
  }
  return h >>> 0
}

/** The check of a quoted (normalized) passage: `quoteCheck('a') === 'wi7g'`. */
export function quoteCheck(quote: string): string {
  return (fnv1a32(quote) % CHECK_SPACE).toString(36).padStart(4, '0')
}
