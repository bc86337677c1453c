/**
 * What an account may hold. The limit is checked on the length alone, so an oversized paste is refused
 * at once instead of being analysed (or even scanned) first.
 */
export const MAX_ACCOUNT_CHARS = 2_000_000

export type AccountProblem = 'empty' | 'too-long' | null

export function accountProblem(text: string): AccountProblem {
  if (text.length > MAX_ACCOUNT_CHARS) return 'too-long'
  if (text.trim() === '') return 'empty'
  return null
}
