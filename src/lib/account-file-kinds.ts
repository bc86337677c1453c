/** Which files an account can be opened from. Kept apart from the reader, which runs in a worker. */
export const ACCEPTED_FILES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html'

export type AccountFileKind = 'text' | 'html'

/** What a file holds, by its name first (types are often missing), or null when it is neither. */
export function accountFileKind(file: File): AccountFileKind | null {
  const name = file.name.toLowerCase()
  if (/\.html?$/.test(name) || file.type === 'text/html') return 'html'
  if (/\.(txt|md|markdown|text)$/.test(name) || file.type === 'text/plain') return 'text'
  if (file.type === 'text/markdown') return 'text'
  return null
}
