/** A reader's lens keywords, typed comma-separated: trimmed, blanks and repeats dropped, order kept. */
export function parseKeywords(input: string): string[] {
  const seen = new Set<string>()
  const keywords: string[] = []
  for (const part of input.split(/[,;\n،、，]/)) {
    const keyword = part.trim().replace(/\s+/g, ' ')
    const key = keyword.toLocaleLowerCase()
    if (!keyword || seen.has(key)) continue
    seen.add(key)
    keywords.push(keyword)
  }
  return keywords
}
