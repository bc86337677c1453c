/** The keys of the many-account view, as its shortcuts dialog lists them. */
export const SET_SHORTCUTS: [key: string, what: string][] = [
  ['j', 'Next claim'],
  ['k', 'Previous claim'],
  ['?', 'Show this list of shortcuts'],
  ['Esc', 'Close this list, or the share box'],
]
