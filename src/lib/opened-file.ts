/** Where an opened comparison file is shown (src/app/routes.ts). */
export const FILE_HREF = '#/file'

/** A comparison file the reader opened: too large for a link, so it is kept in memory, not in the URL. */
export interface OpenedFile {
  /** Tells one opened file from the next (the same name may be opened twice, edited in between). */
  id: number
  name: string
  text: string
}

let opened: OpenedFile | null = null
let lastId = 0
const listeners = new Set<() => void>()

/** Keeps the file for the file page; a reload forgets it, as it forgets any file picked in a page. */
export function keepOpenedFile(name: string, text: string): OpenedFile {
  opened = { id: ++lastId, name, text }
  listeners.forEach((listener) => listener())
  return opened
}

export const openedFile = (): OpenedFile | null => opened

export function subscribeOpenedFile(listener: () => void) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
