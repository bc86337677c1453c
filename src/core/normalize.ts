/**
 * Text normalization with an offset map back to the original.
 *
 * The pipeline works on NFC text with LF line endings, but every mark it makes must land on the reader's
 * own characters. `toOriginal[i]` is the offset in the original text of normalized offset `i`
 * (with one extra entry for the end), so a normalized range [s, e) is original [toOriginal[s], toOriginal[e]).
 */
export interface NormalizedText {
  text: string
  toOriginal: Int32Array
}

// A base character with its combining marks: NFC only ever composes within such a cluster,
// so normalizing cluster by cluster keeps the offset map exact.
const CLUSTER = /\r\n|\r|\P{M}\p{M}*|\p{M}+/gu

export function normalizeText(original: string): NormalizedText {
  // Fast path: most texts are already NFC with LF endings.
  if (!original.includes('\r') && original.normalize('NFC') === original) {
    const toOriginal = new Int32Array(original.length + 1)
    for (let i = 0; i <= original.length; i++) toOriginal[i] = i
    return { text: original, toOriginal }
  }
  const parts: string[] = []
  const map: number[] = []
  for (const match of original.matchAll(CLUSTER)) {
    const cluster = match[0]
    const at = match.index
    const out = cluster === '\r\n' || cluster === '\r' ? '\n' : cluster.normalize('NFC')
    parts.push(out)
    for (let k = 0; k < out.length; k++) {
      map.push(k === 0 ? at : at + Math.min(k, cluster.length - 1))
    }
  }
  map.push(original.length)
  return { text: parts.join(''), toOriginal: Int32Array.from(map) }
}
