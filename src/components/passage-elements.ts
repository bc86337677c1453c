import type { Side } from '../core'

// Every passage element carries its id in `data-segment` and its account in `data-side`; the attribute
// names are part of the interface contract (design.md), so they are spelled out here and nowhere else.

/** Any passage element. */
export const ANY_PASSAGE = '[data-segment]'

/** The passage with this id; escaped, so an id of any characters makes a valid selector. */
export const passageSelector = (id: string) => `[data-segment="${CSS.escape(id)}"]`

/** The passages of one account. */
export const passagesOfSide = (side: Side) => `[data-segment][data-side="${side}"]`

/** The passage element an event target is in, or null. */
export function passageElementOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(ANY_PASSAGE) : null
}

/** The id of the passage an event target is in, or null. */
export function passageIdOf(target: EventTarget | null): string | null {
  return passageElementOf(target)?.dataset.segment ?? null
}
