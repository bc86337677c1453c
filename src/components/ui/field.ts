/**
 * The look of a text box or select: framed in stone-300 on the pane's surface, with the shared focus
 * ring. Callers add size and padding.
 */
export const FIELD =
  'rounded-md border border-stone-300 bg-white text-stone-900 shadow-xs focus-ring'
