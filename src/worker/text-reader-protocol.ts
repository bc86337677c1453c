import type { FileText } from '../lib/read-account-file'

/** What the page asks the text reader: a file's text, or the text of a rich paste. */
export type TextRequest = { id: number; file: File } | { id: number; html: string }

/** Every reply carries its request's id; `error` when the reader itself failed. */
export type TextReply = { id: number; result: FileText } | { id: number; error: string }
