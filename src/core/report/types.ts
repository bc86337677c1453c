import type { Comparison } from '../types'

/** One account as a report names it: a label, plus where it comes from when known. */
export interface ReportAccount {
  label: string
  text: string
  speaker?: string
  source?: string
  /** The reader's source URL; it becomes a link only when it is http(s). */
  url?: string
  /** ISO date (YYYY-MM-DD). */
  date?: string
}

/** What a downloadable report holds: the pair, its comparison, and the links back into Parallax. */
export interface ComparisonReport {
  title: string
  /** ISO date (YYYY-MM-DD) of the event. */
  date?: string
  a: ReportAccount
  b: ReportAccount
  comparison: Comparison
  /** A link that opens the whole comparison in Parallax, when one could be made. */
  link?: string
  /** Links to each divergence's passages, by divergence id (made for built-in pairs only: see export). */
  divergenceLinks?: Record<string, string>
  /** When the report was made (ISO date), for the reader who finds the file later. */
  generated?: string
}
