import type { Account } from '../core'

/**
 * A short, cheap key for an account, for query keys: label, length and a 32-bit FNV-1a hash of the text.
 * Keying on the raw text would put two long strings into every key comparison.
 */
export function accountKey({ label, text }: Account): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return `${label}:${text.length}:${(hash >>> 0).toString(36)}`
}
