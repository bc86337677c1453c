import type { AccountKey, LanguageReport, Segment } from '../types'

/** A passage of one of several accounts: a Segment whose `side` is its account's key. */
export type AccountPassage = Omit<Segment, 'side'> & { side: AccountKey }

/** How one account stands on a cluster's claim. */
export interface ClusterStance {
  account: AccountKey
  /** Its passages that tell the claim, strongest first (ids). */
  passages: string[]
  /** The key phrase quoted from its first passage, verbatim. */
  quote: string
  /** Who speaks in it, where attribution finds them. */
  speaker?: string
}

/** One claim across accounts: who tells it, in which words, and who says nothing of it. */
export interface ClaimCluster {
  id: string
  /** Topic id, or `other`. */
  topic: string
  topicLabel: string
  /** The weightiest kind of claim its passages make (a verdict on the talks, a demand…), 'figure'
   * for a stated quantity and no claim, or null: what heads a pair's divergence with no topic too. */
  claimKind: string | null
  stances: ClusterStance[]
  /** Accounts that say nothing of it. */
  silent: AccountKey[]
}

/**
 * How accounts diverge on one claim:
 * - `only`: one account alone tells it;
 * - `clash`: two accounts say opposing things (`against` names who against whom);
 * - `split`: two accounts tell it alike, the third otherwise;
 * - `differs`: all that tell it tell it differently;
 * - `silent`: some tell it, the others say nothing of it.
 */
export type ManyDivergenceKind = 'only' | 'clash' | 'split' | 'differs' | 'silent'

export interface ManyDivergence {
  id: string
  kind: ManyDivergenceKind
  /** The cluster it is about. */
  cluster: string
  topic: string
  topicLabel: string
  /** Passage ids per account that tells it (at most three each). */
  passages: Partial<Record<AccountKey, string[]>>
  /** For a clash: the two accounts that oppose each other. For a split: the one against the others. */
  against: AccountKey[]
  /** One plain sentence: why the accounts diverge, naming the accounts and their words. */
  reason: string
  /** True when on the focus topic. */
  focus: boolean
  score: number
}

export interface ManyAccount {
  key: AccountKey
  label: string
  passages: AccountPassage[]
}

export interface ManyComparison {
  accounts: ManyAccount[]
  clusters: ClaimCluster[]
  /** Ranked, the strongest first. */
  divergences: ManyDivergence[]
  focus: string
  focusLabel: string
  /** Topics found in any account, with how many passages of each carry them, most frequent first. */
  topics: { id: string; label: string; counts: Partial<Record<AccountKey, number>> }[]
  approximate: boolean
  language: LanguageReport
}
