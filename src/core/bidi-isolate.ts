/**
 * Reader-supplied words (labels, sources, keywords, file names) placed inside the app's own sentences.
 * A right-to-left override in a label would turn the rest of the sentence around ("passages in ‮Kremlin ·
 * White House" reads "passages in esuoH etihW · nilmerK"); an isolate keeps whatever the words hold
 * inside them. HTML isolates with <bdi>, plain text with FSI … PDI (Unicode's first-strong isolate).
 */

const FSI = '\u2068'
const PDI = '\u2069'
/** LRI, RLI, FSI: each opens an isolate that a PDI closes. */
const OPENS_ISOLATE = /[\u2066-\u2068]/
const ISOLATE_MARKS = /[\u2066-\u2069]/

/**
 * The text with its own isolates balanced: a PDI that closes nothing inside it is dropped (it would close
 * the isolate around it, letting an override after it out), and isolates it leaves open are closed (they
 * would take the isolate's PDI for their own). Overrides and embeddings need nothing: the PDI that ends an
 * isolate ends them too.
 */
export function balanceIsolates(text: string): string {
  if (!ISOLATE_MARKS.test(text)) return text
  let open = 0
  let out = ''
  for (const ch of text) {
    if (OPENS_ISOLATE.test(ch)) open++
    else if (ch === PDI) {
      if (open === 0) continue
      open--
    }
    out += ch
  }
  return out + PDI.repeat(open)
}

/** Words for a plain-text sentence (Markdown, a tooltip, a title), in an isolate of their own. */
export function isolateBidi(text: string): string {
  return FSI + balanceIsolates(text) + PDI
}
