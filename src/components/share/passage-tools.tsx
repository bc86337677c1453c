import { useLayoutEffect, useRef } from 'react'
import { createPortal } from 'react-dom'
import { placePassageTools } from './keep-inside-pane'
import { textFragmentUrl } from '../../core'
import type { AccountPair } from '../../data/pair'
import { OFFSET_ATTRIBUTE, type TextSpan } from '../../lib/selection-offsets'
import type { ShareApi } from './share-types'
import { AlignmentFixTools } from '../alignment-fix/alignment-fix-tools'
import { ExternalIcon, LinkIcon } from '../icons'
import { PassageNoteButton } from './passage-note'
import { onShiftActivate } from './shift-intent'
import { useActivePassage } from './use-active-passage'

/** Where a rendered passage lies in its account's text: from its first text run to the end of its last. */
function passageSpan(passage: HTMLElement): TextSpan | null {
  const runs = passage.querySelectorAll<HTMLElement>(`[${OFFSET_ATTRIBUTE}]`)
  const first = runs[0]
  const last = runs[runs.length - 1]
  const side = passage.dataset.side
  if (!first || !last || (side !== 'a' && side !== 'b')) return null
  const start = Number(first.getAttribute(OFFSET_ATTRIBUTE))
  const end = Number(last.getAttribute(OFFSET_ATTRIBUTE)) + (last.textContent ?? '').length
  return end > start ? { side, start, end } : null
}

const TOOL_COLOURS = 'text-stone-700 hover:bg-stone-100 hover:text-stone-950'

/** An icon button, edge to edge with the next one in the tool bar: hence the tight focus ring. */
const toolClass = `inline-flex h-7 w-7 items-center justify-center rounded ${TOOL_COLOURS} focus-ring-tight`

/**
 * "Link to this passage", the alignment corrections, and "Open in source" when the account has a web
 * source, for the passage under the pointer or keyboard focus. One set of tools for the page, put inside that passage, so Tab reaches
 * them right after it; icons only and no text, so copying or reading the passage's text is unchanged.
 * Shown above the passage's first line, not over its last words.
 */
export function PassageTools({ share, pair }: { share: ShareApi; pair: AccountPair }) {
  const passage = useActivePassage()
  const bar = useRef<HTMLSpanElement>(null)
  // Above the passage's first line, clear of its words, and inside the pane (placePassageTools).
  useLayoutEffect(() => {
    if (bar.current && passage) placePassageTools(bar.current, passage)
  })
  const span = passage && passageSpan(passage)
  if (!passage || !span) return null
  const source = share.sourceOf(span.side)
  const note = share.noteOf(passage.dataset.segment ?? '')
  const otherLabel = pair[span.side === 'a' ? 'b' : 'a'].label
  const href = source && textFragmentUrl(source, pair[span.side].text.slice(span.start, span.end))
  const link = onShiftActivate((add) => {
    const anchor = passage.getBoundingClientRect()
    share.share(span, { anchor, add, copy: false, returnFocus: passage })
  })
  // The anchor is out of flow: an inline-block, even an empty one, is a place to break the line, and
  // when the last word only just fitted it wrapped alone, an empty last line drawn with the passage's
  // padding (and, on a highlighted passage, its frame).
  return createPortal(
    <span className="absolute h-[1em] w-0 select-none" data-passage-tools="">
      <span
        ref={bar}
        className="absolute right-0 bottom-full z-20 flex gap-0.5 rounded-md border border-stone-300 bg-white p-0.5 shadow-md"
      >
        <button
          type="button"
          aria-label="Link to this passage"
          title="Link to this passage"
          className={toolClass}
          {...link}
        >
          <LinkIcon />
        </button>
        {note && (
          <PassageNoteButton
            key={passage.dataset.segment}
            note={note}
            className={toolClass}
            otherLabel={otherLabel}
          />
        )}
        <AlignmentFixTools passage={passage} otherLabel={otherLabel} className={toolClass} />
        {href && (
          <a
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            aria-label="Open in source"
            title="Open in source"
            className={toolClass}
          >
            <ExternalIcon />
          </a>
        )}
      </span>
    </span>,
    passage,
  )
}
