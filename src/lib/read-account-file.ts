import { accountFileKind } from './account-file-kinds'
import { htmlToText } from './html-to-text'

/**
 * What a file dropped or picked for an account turned into: its text, or why it cannot be used, as the
 * rest of a sentence that starts with the file's name (the page puts the name in, isolated: a name is
 * the reader's, and may hold a right-to-left override).
 */
export type FileText = { ok: true; text: string } | { ok: false; problem: string }

/** Far above the 2 MB account limit even for markup-heavy HTML; bigger files are not worth reading. */
const MAX_FILE_BYTES = 20_000_000

/** Past this share of U+FFFD the bytes were not UTF-8 text; a stray bad byte in a long text is fine. */
const MAX_REPLACEMENT_SHARE = 0.02

/** Decodes by byte-order mark (UTF-16 files are full of NUL bytes, and are still text). */
function decode(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  if (bytes.includes(0)) return null
  // The decoder drops a UTF-8 byte-order mark by itself.
  return new TextDecoder('utf-8').decode(bytes)
}

function looksUnreadable(text: string): boolean {
  let replaced = 0
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++
  return replaced > 0 && replaced / text.length > MAX_REPLACEMENT_SHARE
}

/**
 * Reads a .txt, .md or .html file as an account's text (in the text reader's worker: see
 * src/worker/text-reader-client.ts). Binary files (NUL bytes) and files that do not
 * decode as UTF-8 are refused with the reason, so the box keeps what it had.
 */
export async function readAccountFile(file: File): Promise<FileText> {
  const kind = accountFileKind(file)
  if (!kind) return { ok: false, problem: 'is not a .txt, .md or .html file.' }
  if (file.size > MAX_FILE_BYTES) {
    const mb = Math.round(file.size / 1_000_000)
    return {
      ok: false,
      problem: `is too large to open (${mb} MB); an account can hold 2 MB.`,
    }
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return { ok: false, problem: 'could not be read.' }
  }
  const text = decode(bytes)
  if (text === null) {
    return { ok: false, problem: 'is not a text file: it contains binary data.' }
  }
  if (looksUnreadable(text)) {
    return {
      ok: false,
      problem: 'could not be read as text: save it as UTF-8 and try again.',
    }
  }
  return { ok: true, text: kind === 'html' ? htmlToText(text) : text }
}
