/**
 * base64url (RFC 4648 §5), unpadded: every character is "unreserved" in a URL, so browsers, chat apps and
 * mail clients leave it alone. Hand-written rather than btoa/atob, which work on binary strings and would
 * cost two extra copies of a payload that may be megabytes long.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

// Decoding also accepts the standard alphabet's `+` and `/`: links re-encoded by other tools use them.
const VALUES = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i
VALUES['+'.charCodeAt(0)] = 62
VALUES['/'.charCodeAt(0)] = 63

export function encodeBase64url(bytes: Uint8Array): string {
  const out: string[] = []
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out.push(
      ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!,
    )
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i]! << 16
    out.push(ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!)
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8)
    out.push(ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!)
  }
  return out.join('')
}

/**
 * Decodes base64url or standard base64, with or without `=` padding. Returns null for any other
 * character or an impossible length (one character past a whole group), never throws.
 */
export function decodeBase64url(text: string): Uint8Array | null {
  const data = text.replace(/=+$/, '')
  if (data.length % 4 === 1) return null
  const bytes = new Uint8Array(Math.floor((data.length * 3) / 4))
  let acc = 0
  let bits = 0
  let at = 0
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i)
    const value = code < 128 ? VALUES[code]! : -1
    if (value < 0) return null
    acc = ((acc << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[at++] = (acc >> bits) & 0xff
    }
  }
  return bytes
}
