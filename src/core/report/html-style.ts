/**
 * The report's stylesheet, inlined so the file opens offline. The alignment marks repeat the app's
 * (src/index.css) with the same non-colour cues: a solid underline, a ≠ badge and a thick rule, a
 * dashed underline, dotted underlines on changed words. Light only: it is a document to keep and print.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem; background: #fff; color: #1c1917;
  font: 1rem/1.7 'Iowan Old Style', 'Palatino Linotype', Palatino, Charter, 'DejaVu Serif', Georgia, serif; }
main { max-width: 90rem; margin: 0 auto; }
header, h2, h3, .sans, dl, .legend, .side-label { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
.brand { margin: 0; font-size: .75rem; font-weight: 600; letter-spacing: .14em; text-transform: uppercase; color: #075985; }
h1 { margin: .1rem 0 .25rem; font-size: 1.6rem; font-weight: 400; line-height: 1.25; }
h2 { margin: 1.5rem 0 .5rem; font-size: 1.1rem; }
h3 { margin: 0 0 .25rem; font-size: 1rem; }
.meta { margin: 0; color: #44403c; font-size: .9rem; }
dl { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .25rem 1.5rem; margin: .75rem 0 0; font-size: .85rem; color: #44403c; }
dt { font-weight: 600; color: #1c1917; }
dd { margin: 0; overflow-wrap: anywhere; }
a { color: #075985; }
a:focus-visible { outline: 2px solid #075985; outline-offset: 2px; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; list-style: none; font-size: .85rem; }
ol.divergences { padding: 0; list-style: none; display: grid; gap: .75rem; }
.divergence { break-inside: avoid; page-break-inside: avoid; border: 1px solid #a8a29e; border-radius: 6px; padding: .6rem .9rem; }
.kind { font-family: system-ui, sans-serif; font-size: .8rem; font-weight: 500; border: 1px solid currentColor; border-radius: 999px; padding: 0 .5rem; white-space: nowrap; }
.divergence[data-kind=contradicts] .kind { color: #8f4100; }
.divergence[data-kind^=only] .kind { color: #6a4389; border-style: dashed; }
.summary { margin: .25rem 0 .5rem; }
.side-label { margin: .4rem 0 0; font-size: .8rem; font-weight: 600; color: #44403c; }
blockquote { margin: .15rem 0 .35rem; padding-left: .75rem; border-left: 3px solid #a8a29e; }
.silent { margin: .15rem 0; font-style: italic; color: #57534e; }
.accounts { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; }
@media (max-width: 900px) { .accounts { grid-template-columns: minmax(0, 1fr); } body { padding: 1rem; } }
.account { border: 1px solid #a8a29e; border-radius: 8px; padding: .25rem 1.25rem 1rem; }
.account-text p { margin: 0 0 1em; white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote a { color: inherit; text-decoration-color: #a8a29e; text-underline-offset: .2em; }
.passage { text-underline-offset: .28em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.passage[data-alignment=shared], .swatch[data-alignment=shared] { text-decoration: underline solid 1.5px #0072b2; }
.passage[data-alignment=reworded], .swatch[data-alignment=reworded] { background: #eff6fb; }
.passage[data-alignment=contradicts], .swatch[data-alignment=contradicts] { background: #fdefd9; border-left: 4px solid #b35200; padding-left: 2px;
  -webkit-box-decoration-break: slice; box-decoration-break: slice; }
.passage[data-alignment=only-here], .swatch[data-alignment=only-here] { text-decoration: underline dashed 1px #7a4e9c; }
mark.changed { background: #cce3f3; color: inherit; text-decoration: underline dotted 2px #0072b2; text-underline-offset: .22em; }
.passage[data-alignment=contradicts] mark.changed { background: #f8d6a3; text-decoration-color: #b35200; }
.badge { display: inline-block; margin-right: .3em; padding: 0 .3em; border-radius: 3px; background: #b35200; color: #fff;
  font: 700 .8em/1.3 system-ui, sans-serif; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.cue { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print {
  body { padding: 0; font-size: 10.5pt; }
  .account { border: 0; padding: 0; }
  .passage, mark.changed { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; }
}
`
