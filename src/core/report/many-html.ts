/**
 * The report of a comparison of three to five accounts as one self-contained HTML file: the sources,
 * the "Claims by account" table (a real table, a column per account), then each account's text with its
 * passages marked. The same guarantees as a pair's report (html.ts): nothing loads or runs.
 */
import { balanceIsolates, isolateBidi } from '../bidi-isolate'
import type { ManyComparison } from '../many/types'
import { MANY_KIND_TEXT } from './claims-table'
import { escapeHtml } from './escape'
import { link, source } from './html'
import { accountHtml } from './html-account'
import { REPORT_CSS } from './html-style'
import type { ManyReport } from './many-markdown'

const esc = escapeHtml
const bdi = (t: string) => `<bdi>${esc(balanceIsolates(t))}</bdi>`
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
const TABLE_CSS = `
table.claims { border-collapse: collapse; width: 100%; font-size: .9rem; }
table.claims caption { text-align: left; font: 600 1.1rem system-ui, sans-serif; margin: 1.5rem 0 .5rem; }
table.claims th, table.claims td { border: 1px solid #a8a29e; padding: .4rem .6rem; vertical-align: top; text-align: left; }
table.claims thead th, table.claims th[scope=row] { font-family: system-ui, sans-serif; }
table.claims td.against { background: #fdefd9; border-left: 4px solid #b35200; }
table.claims .silent { margin: 0; }
`

function claimsTable(comparison: ManyComparison): string {
  const clusters = new Map(comparison.clusters.map((c) => [c.id, c]))
  const head = comparison.accounts.map((a) => `<th scope="col" dir="auto">${esc(a.label)}</th>`)
  const rows = comparison.divergences.map((d) => {
    const cluster = clusters.get(d.cluster)
    const cells = comparison.accounts.map((a) => {
      const stance = cluster?.stances.find((s) => s.account === a.key)
      if (!stance) return '<td><p class="silent">says nothing</p></td>'
      const against = d.against.includes(a.key)
      const quote = `<a href="#${esc(stance.passages[0]!)}">“${esc(stance.quote)}”</a>`
      return `<td dir="auto"${against ? ' class="against"' : ''}>${against ? '<span class="badge">≠</span>' : ''}${quote}</td>`
    })
    return (
      `<tr data-kind="${esc(d.kind)}"><th scope="row">${esc(d.topicLabel)}<br>` +
      `<span class="kind">${esc(MANY_KIND_TEXT[d.kind])}</span></th>${cells.join('')}` +
      `<td dir="auto">${esc(d.reason)}</td></tr>`
    )
  })
  return (
    '<table class="claims"><caption>Claims by account</caption>' +
    `<thead><tr><th scope="col">Claim</th>${head.join('')}<th scope="col">Why</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  )
}

function accountSection(report: ManyReport, index: number): string {
  const own = report.accounts[index]!
  const { passages } = report.comparison.accounts[index]!
  const others = report.accounts.filter((_, i) => i !== index).map((a) => a.label)
  return (
    `<section class="account" aria-label="${esc(own.label)}"><h2 dir="auto">${esc(own.label)}</h2>` +
    `<div class="account-text" dir="auto">${accountHtml(own.text, passages, own.label, others.join(', '))}</div></section>`
  )
}

/** A whole report of many accounts as one HTML file: inline CSS, no scripts, nothing to fetch. */
export function manyReportToHtml(report: ManyReport): string {
  const { comparison } = report
  const meta = [
    report.date ? `<time datetime="${esc(report.date)}">${esc(report.date)}</time>` : '',
    comparison.focusLabel ? `Focus: ${bdi(comparison.focusLabel)}` : '',
    link(report.link, 'Open this comparison in Parallax'),
  ].filter(Boolean)
  const made = report.generated
    ? `<p class="meta">Report made with Parallax on ${esc(report.generated)}.</p>`
    : ''
  const table =
    comparison.divergences.length > 0 ? claimsTable(comparison) : '<p>No divergences found.</p>'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(isolateBidi(report.title))} — Parallax report</title>
<style>${REPORT_CSS}${TABLE_CSS}</style>
</head>
<body>
<main>
<header><p class="brand">Parallax report</p><h1 dir="auto">${esc(report.title)}</h1>
${meta.length > 0 ? `<p class="meta">${meta.join(' · ')}</p>` : ''}
<dl>${report.accounts.map(source).join('')}</dl></header>
${table}
<h2>The accounts</h2>
<div class="accounts">
${report.accounts.map((_, i) => accountSection(report, i)).join('\n')}
</div>
${made}
</main>
</body>
</html>
`
}
