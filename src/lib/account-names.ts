/**
 * What each account is called by its place, in the compose view's boxes and in every message about one:
 * the interface contract names the boxes "First account" … "Fifth account" (and "… label").
 */
export const ACCOUNT_NAMES = [
  'First account',
  'Second account',
  'Third account',
  'Fourth account',
  'Fifth account',
] as const

/** "first" … "fifth": an account's place in a sentence ("Paste the third account here"). */
export const ACCOUNT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'] as const

/** The label an account gets when the reader gives none, by its place: "Account A" … "Account E". */
export const DEFAULT_ACCOUNT_LABELS = [
  'Account A',
  'Account B',
  'Account C',
  'Account D',
  'Account E',
] as const
