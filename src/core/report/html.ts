import { balanceIsolates, isolateBidi } from '../bidi-isolate'
import { segmentsById } from '../segments-by-id'
import type { Comparison, Divergence, Segment } from '../types'
import { escapeHtml, reportUrl } from './escape'
import { accountHtml } from './html-account'
import { REPORT_CSS } from './html-style'
import { kindText, type ReportFormat, type ReportLabels } from './labels'
import type { ComparisonReport, ReportAccount } from './types'

const esc = escapeHtml

/** A label or keyword in a sentence: escaped, in a <bdi> so its bidi controls stay inside it. */
const bdi = (text: string) => `<bdi>${esc(balanceIsolates(text))}</bdi>`
const HTML: ReportFormat = { words: esc, name: bdi }

/** Nothing in the file may load or run anything: no scripts, no fetches, styles inline only. */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

export function link(href: string | undefined, label: string): string {
  const url = reportUrl(href)
  return url ? `<a href="${esc(url)}">${esc(label)}</a>` : ''
}

/** An account under the report's title: its label, then who, where and when, and its URL. */
export function source(account: ReportAccount): string {
  const url = reportUrl(account.url)
  const parts = [account.speaker, account.source, account.date].filter((p) => p?.trim())
  return [
    `<div><dt dir="auto">${esc(account.label)}</dt>`,
    ...parts.map((p) => `<dd dir="auto">${esc(p!)}</dd>`),
    // Not http(s): shown as the reader typed it, never as a link.
    url ? `<dd>${link(url, url)}</dd>` : account.url?.trim() ? `<dd>${esc(account.url)}</dd>` : '',
    '</div>',
  ].join('')
}

function evidence(
  label: string,
  ids: string[],
  segments: Map<string, Segment>,
  speaker?: string,
): string {
  const quotes = ids.flatMap((id) => {
    const seg = segments.get(id)
    return seg
      ? [`<blockquote dir="auto"><a href="#${esc(id)}">${esc(seg.text)}</a></blockquote>`]
      : []
  })
  const body = quotes.length > 0 ? quotes.join('') : '<p class="silent">Says nothing on this.</p>'
  const who =
    speaker && quotes.length > 0 ? ` <span class="speaker">(<bdi>${esc(speaker)}</bdi>)</span>` : ''
  return `<p class="side-label" dir="auto"><bdi>${esc(label)}</bdi>${who}</p>${body}`
}

function divergence(
  d: Divergence,
  labels: ReportLabels,
  segments: Map<string, Segment>,
  href?: string,
) {
  const open = link(href, 'Open these passages in Parallax')
  return (
    `<li class="divergence" data-kind="${esc(d.kind)}"><h3>${esc(d.topicLabel || d.topic)} ` +
    `<span class="kind">${kindText(d.kind, labels, HTML)}</span></h3>` +
    (d.summary ? `<p class="summary">${esc(d.summary)}</p>` : '') +
    (d.reason ? `<p class="reason"><strong>Why:</strong> ${esc(d.reason)}</p>` : '') +
    evidence(labels.a, d.a, segments, d.speakers.a) +
    evidence(labels.b, d.b, segments, d.speakers.b) +
    (open ? `<p class="sans">${open}</p>` : '') +
    '</li>'
  )
}

function divergences(report: ComparisonReport, segments: Map<string, Segment>): string {
  const { comparison } = report
  const labels = { a: report.a.label, b: report.b.label }
  const items = comparison.divergences.map((d) =>
    divergence(d, labels, segments, report.divergenceLinks?.[d.id]),
  )
  const none = comparison.identical
    ? '<p>The two accounts are identical.</p>'
    : '<p>No divergences found.</p>'
  return (
    `<section aria-labelledby="divergences"><h2 id="divergences">Divergences (${items.length})</h2>` +
    (items.length > 0 ? `<ol class="divergences">${items.join('')}</ol>` : none) +
    '</section>'
  )
}

const LEGEND = `<ul class="legend" aria-label="Legend">
<li><span class="swatch" data-alignment="shared">Shared</span></li>
<li><span class="swatch" data-alignment="reworded">Reworded</span></li>
<li><span class="swatch" data-alignment="contradicts"><span class="badge">≠</span>Contradicts</span></li>
<li><span class="swatch" data-alignment="only-here">Only here</span></li>
<li><mark class="changed">changed words</mark></li>
</ul>`

function account(side: 'a' | 'b', report: ComparisonReport): string {
  const own = report[side]
  const other = report[side === 'a' ? 'b' : 'a']
  const lang = report.comparison.language[side]
  const langAttr =
    /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) && lang !== 'und' ? ` lang="${lang}"` : ''
  const segments = report.comparison.segments[side]
  return (
    `<section class="account" aria-label="${esc(own.label)}"><h2 dir="auto">${esc(own.label)}</h2>` +
    `<div class="account-text" dir="auto"${langAttr}>${accountHtml(own.text, segments, own.label, other.label)}</div></section>`
  )
}

function header(report: ComparisonReport, comparison: Comparison): string {
  const meta = [
    report.date ? `<time datetime="${esc(report.date)}">${esc(report.date)}</time>` : '',
    comparison.focusLabel ? `Focus: ${bdi(comparison.focusLabel)}` : '',
    link(report.link, 'Open this comparison in Parallax'),
  ].filter(Boolean)
  return (
    `<header><p class="brand">Parallax report</p><h1 dir="auto">${esc(report.title)}</h1>` +
    (meta.length > 0 ? `<p class="meta">${meta.join(' · ')}</p>` : '') +
    `<dl>${source(report.a)}${source(report.b)}</dl></header>`
  )
}

/** A whole report as one self-contained HTML file: inline CSS, no scripts, nothing to fetch. */
export function reportToHtml(report: ComparisonReport): string {
  const { comparison } = report
  const segments = segmentsById(comparison)
  const made = report.generated
    ? `<p class="meta">Report made with Parallax on ${esc(report.generated)}.</p>`
    : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(isolateBidi(report.title))} — Parallax report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${header(report, comparison)}
${divergences(report, segments)}
<h2>The accounts</h2>
${LEGEND}
<div class="accounts">
${account('a', report)}
${account('b', report)}
</div>
${made}
</main>
</body>
</html>
`
}
