import type { Side } from '../../core'
import type { PassageNote } from '../passage-notes'
import type { TextSpan } from '../../lib/selection-offsets'

export interface ShareOptions {
  /** Where on screen (viewport coordinates) the popover opens by: the control or the selected words. */
  anchor: DOMRect
  /** Shift was held: add the passage to the last link instead of starting a new one. */
  add: boolean
  /** Copy the link as soon as it is made (the "Copy link" button promises that much). */
  copy: boolean
  /** Where keyboard focus returns when the popover closes. */
  returnFocus?: HTMLElement | null
}

/** What the passage tools need from the comparison they are in. */
export interface ShareApi {
  /** Opens the share popover on a passage or a selection (offsets into the text shown). */
  share(span: TextSpan, options: ShareOptions): void
  /** The account's http(s) source URL, for "Open in source"; null when it has none. */
  sourceOf(side: Side): string | null
  /** Why a passage diverges, who speaks in it, whether its match is weak; null when nothing to say. */
  noteOf(passageId: string): PassageNote | null
}
