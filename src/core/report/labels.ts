/** Labels of the two accounts, as the reader named them. */
export interface ReportLabels {
  a: string
  b: string
}

/** A divergence kind in words, and the account those words go on to name (for the one-sided kinds). */
interface KindWords {
  words: string
  names?: 'a' | 'b'
}

const KIND_WORDS: Record<string, KindWords> = {
  contradicts: { words: 'contradicts' },
  reframed: { words: 'reframed' },
  'only-a': { words: 'only in', names: 'a' },
  'only-b': { words: 'only in', names: 'b' },
}

/** The words for a kind; a kind the report does not know (from a damaged file) is shown as it is. */
function kindWords(kind: string): KindWords {
  return KIND_WORDS[kind] ?? { words: kind }
}

/** How a report writes text: its own words (escaped), and a label inside a sentence (also isolated). */
export interface ReportFormat {
  words: (text: string) => string
  name: (label: string) => string
}

const AS_IS: ReportFormat = { words: (text) => text, name: (label) => label }

/** A divergence kind in words, naming the account for the one-sided kinds ("only in Kremlin readout"). */
export function kindText(kind: string, labels: ReportLabels, format: ReportFormat = AS_IS): string {
  const { words, names } = kindWords(kind)
  return names ? `${format.words(words)} ${format.name(labels[names])}` : format.words(words)
}
