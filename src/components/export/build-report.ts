import {
  encodeLink,
  MAX_SHARE_LINK_LENGTH,
  segmentsById,
  type ReaderCorrections,
  type Comparison,
  type LinkLens,
} from '../../core'
import type { ComparisonReport } from '../../core/report'
import { linkStateOf } from '../../data/link-pair'
import type { AccountPair } from '../../data/pair'
import { NO_CORRECTIONS } from '../../lib/alignment-corrections'
import { shareUrl } from '../../lib/page-address'
import type { TextSpan } from '../../lib/selection-offsets'

async function linkTo(
  pair: AccountPair,
  lens: LinkLens,
  spans: TextSpan[],
  corrections: ReaderCorrections,
) {
  const fragment = await encodeLink(linkStateOf(pair, lens, spans, corrections))
  return fragment.length <= MAX_SHARE_LINK_LENGTH ? shareUrl(fragment) : undefined
}

/**
 * Links back into Parallax. A built-in pair's link is short (ids and offsets), so each divergence gets
 * one to its own passages. A pasted pair's link carries both texts: one per divergence would repeat
 * them dozens of times, so the report holds a single link to the whole comparison (when it fits).
 * The links carry the reader's alignment corrections: the report's labels depend on them.
 */
async function reportLinks(
  pair: AccountPair,
  comparison: Comparison,
  lens: LinkLens,
  corrections: ReaderCorrections,
) {
  try {
    const link = await linkTo(pair, lens, [], corrections)
    if (!pair.builtin) return { link }
    const byId = segmentsById(comparison)
    const divergenceLinks: Record<string, string> = {}
    for (const d of comparison.divergences) {
      const spans = [...d.a, ...d.b].flatMap((id) => {
        const s = byId.get(id)
        return s ? [{ side: s.side, start: s.start, end: s.end }] : []
      })
      const url = await linkTo(pair, lens, spans, corrections)
      if (url) divergenceLinks[d.id] = url
    }
    return { link, divergenceLinks }
  } catch {
    // A report without links is still a report: the quotes and labels are what it is for.
    return {}
  }
}

/** Everything a downloaded report holds, for the comparison on screen under the reader's lens. */
export async function buildReport(
  pair: AccountPair,
  comparison: Comparison,
  lens: LinkLens,
  today = new Date(),
  corrections: ReaderCorrections = NO_CORRECTIONS,
): Promise<ComparisonReport> {
  return {
    title: pair.title,
    ...(pair.date ? { date: pair.date } : {}),
    a: pair.a,
    b: pair.b,
    comparison,
    ...(await reportLinks(pair, comparison, lens, corrections)),
    generated: today.toISOString().slice(0, 10),
  }
}

/** A file name from the title: lower-case words joined by dashes, safe on every file system. */
export function reportFileName(title: string, extension: 'md' | 'html'): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${slug || 'parallax'}-report.${extension}`
}
