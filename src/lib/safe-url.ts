/**
 * The reader's source URL as a link target, or null. Only http and https become links: a `javascript:`
 * or `data:` URL typed (or carried in by a shared link) must never be something a click runs.
 */
export function httpUrl(raw: string): string | null {
  const trimmed = raw.trim()
  if (!trimmed) return null
  try {
    const url = new URL(trimmed)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
