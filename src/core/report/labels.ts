/** Labels of the two accounts, as the reader named them. */
export interface ReportLabels {
  a: string
  b: string
}

const KIND_TEXT: Record<string, (l: ReportLabels) => string> = {
  contradicts: () => 'contradicts',
  reframed: () => 'reframed',
  'only-a': (l) => `only in ${l.a}`,
  'only-b': (l) => `only in ${l.b}`,
}

/** A divergence kind in words, naming the account for the one-sided kinds. */
export function kindText(kind: string, labels: ReportLabels): string {
  return KIND_TEXT[kind]?.(labels) ?? kind
}
