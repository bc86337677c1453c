import { platform } from './permalink/platform'

/**
 * The reader's source URL as a link target, or null. Only absolute http and https URLs become links: a
 * `javascript:` or `data:` URL typed (or carried in by a shared link) must never be something a click runs.
 * The app and the downloaded reports decide with this one function.
 */
export function httpUrl(raw: string | undefined): string | null {
  const trimmed = (raw ?? '').trim()
  if (!trimmed) return null
  try {
    const url = new platform.URL(trimmed)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
