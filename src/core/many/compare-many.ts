/**
 * Three to five accounts of one event at once: each account read into passages and claims as for two,
 * the passages of all accounts clustered into claims (cluster.ts), and each cluster read as a
 * divergence (divergences.ts): told by one account only, a clash naming who against whom, a split,
 * told differently by all, or told by some while others say nothing. Ranked as two-account
 * divergences are (rank.ts), with the focus lens. Cost follows the sum of the texts: one join over all.
 */
import { analyzeAccount, keepTopicsInContext, type AnalyzedAccount } from '../analyze-account'
import { startBudget } from '../budget'
import { CUSTOM, buildLenses } from '../lens'
import { reportLanguages } from '../language'
import { isEditorial } from '../passage-quality'
import { keyPhrase } from '../quote'
import { applyFocus, rankCandidates, scoreCandidate, type RankedCandidate } from '../rank'
import type { Passage } from '../passage'
import { headingWithoutTopic, strongestClaimKind } from '../strongest-claim'
import { chooseFocus, namedTopics, topicReach } from '../focus'
import { strongestFirst } from '../divergence'
import { inverseDocumentFrequency } from '../term-space'
import { toPassage } from '../to-segment'
import type { Account, AccountKey, CompareOptions, DivergenceKind } from '../types'
import type { Candidate } from '../build-candidates'
import { clusterPassages, type Cluster } from './cluster'
import { readCluster, reasonOf, type ClusterReading } from './divergences'
import type { ClaimCluster, ManyComparison, ManyDivergence, ManyDivergenceKind } from './types'

export const ACCOUNT_KEYS: readonly AccountKey[] = ['a', 'b', 'c', 'd', 'e']
export const MAX_ACCOUNTS = ACCOUNT_KEYS.length
const MAX_DIVERGENCES = 100
const MAX_RUN = 3

/** How each kind ranks: as the two-account kind it most resembles. */
const RANKS_AS: Record<ManyDivergenceKind, DivergenceKind> = {
  clash: 'contradicts',
  split: 'contradicts',
  differs: 'reframed',
  silent: 'only-a',
  only: 'only-a',
}

/** A cluster, or a run told by one account, as read for the table. */
interface ClusterCandidate {
  reading: ClusterReading
  cluster: Cluster | null
  silent: AccountKey[]
}

/** Which accounts use each term, as a bit mask: what one account says that the others never do. */
function termOwners(accounts: readonly AnalyzedAccount[]): Map<string, number> {
  const owners = new Map<string, number>()
  accounts.forEach((acc, k) => {
    for (const s of acc.passages) {
      for (const t of s.annotation.terms) owners.set(t, (owners.get(t) ?? 0) | (1 << k))
    }
  })
  return owners
}

/** Runs of consecutive passages of one account that no cluster took, on one subject. */
function loneRuns(passages: readonly Passage[], clustered: ReadonlySet<Passage>): Passage[][] {
  const runs: Passage[][] = []
  let run: Passage[] = []
  for (const s of passages) {
    const free = !clustered.has(s) && s.annotation.terms.length > 0 && !isEditorial(s.text)
    const last = run[run.length - 1]
    const continues =
      free &&
      last &&
      last.paragraph === s.paragraph &&
      run.length < MAX_RUN &&
      (s.topicsCarried || s.topics.some((t) => last.topics.includes(t)))
    if (!continues && run.length) {
      runs.push(run)
      run = []
    }
    if (free) run.push(s)
  }
  if (run.length) runs.push(run)
  return runs
}

/** The candidate as a two-account one, so rank.ts can score it: side a the first account telling it. */
function asPairCandidate(c: ClusterCandidate): Candidate {
  const [first, ...rest] = [...c.reading.byAccount.values()]
  const clash = c.reading.clash?.clash ?? null
  return { kind: RANKS_AS[c.reading.kind], a: first ?? [], b: rest.flat(), clash }
}

export function compareMany(
  accounts: readonly Account[],
  options: CompareOptions = {},
): ManyComparison {
  if (accounts.length < 2 || accounts.length > MAX_ACCOUNTS) {
    throw new RangeError(`compareMany takes 2 to ${MAX_ACCOUNTS} accounts, not ${accounts.length}`)
  }
  const budget = startBudget(options.budgetMs, options.onProgress, options.now)
  const keywords = options.keywords?.map((k) => k.trim()).filter(Boolean) ?? []
  const lenses = buildLenses(keywords)
  const keys = ACCOUNT_KEYS.slice(0, accounts.length)
  const analyzed = accounts.map((acc, k) => analyzeAccount(acc.text, keys[k]!, lenses, budget))
  budget.progress(0.5)
  keepTopicsInContext(analyzed, options.focus)
  const all = analyzed.flatMap((a) => a.passages)
  const names = new Set(analyzed.flatMap((a) => [...a.nameWords]))
  // An editor's bracketed note ("[Defence Minister Katz, statement, 24 June]") tells no claim.
  const told = analyzed.map((a) => a.passages.filter((s) => !isEditorial(s.text)))
  const clusters = clusterPassages(told, names)
  budget.progress(0.7)

  const clustered = new Set(clusters.flatMap((c) => c.members))
  const readings: ClusterCandidate[] = [
    ...clusters.map((cluster) => {
      const reading = readCluster(cluster, keys)
      return { reading, cluster, silent: keys.filter((k) => !reading.byAccount.has(k)) }
    }),
    ...analyzed.flatMap((a) =>
      loneRuns(a.passages, clustered).map((run) => ({
        reading: {
          kind: 'only' as const,
          byAccount: new Map([[a.passages[0]!.side, run]]),
          against: [],
          clash: null,
        },
        cluster: null,
        silent: keys.filter((k) => k !== run[0]!.side),
      })),
    ),
  ]

  const owners = termOwners(analyzed)
  const idf = inverseDocumentFrequency(all.map((s) => s.annotation.terms))
  const sizes = Object.fromEntries(analyzed.map((a, k) => [keys[k]!, a.passages.length]))
  const coverage = all.filter((s) => s.topics.length > 0).length / Math.max(1, all.length)
  const requested = options.focus ?? (keywords.length ? CUSTOM : undefined)
  const readingOf = new Map<RankedCandidate, ClusterCandidate>()
  const unfocused = readings.map((c) => {
    const candidate = asPairCandidate(c)
    const mask = (passages: readonly Passage[]) =>
      passages.reduce((m, s) => m | (1 << keys.indexOf(s.side)), 0)
    // What each side says that the other side's accounts never do (silent ones, for one-sided kinds).
    const [ma, mb] = [
      mask(candidate.a),
      candidate.b.length ? mask(candidate.b) : ~mask(candidate.a),
    ]
    const vocabulary = {
      a: { has: (t: string) => ((owners.get(t) ?? 0) & ma) !== 0 },
      b: { has: (t: string) => ((owners.get(t) ?? 0) & mb) !== 0 },
    }
    const scored = scoreCandidate(candidate, { idf, vocabulary, lenses, coverage, sizes })
    readingOf.set(scored, c)
    return scored
  })
  const reach = topicReach(
    analyzed.map((a) => a.passages),
    lenses,
  )
  const focus = chooseFocus(requested, reach, unfocused, lenses, namedTopics(all))
  const lensClaim = lenses.get(focus)?.claim ?? 'progress'
  const scored = unfocused.map((u) => {
    const focused = applyFocus(u, focus, lensClaim)
    readingOf.set(focused, readingOf.get(u)!)
    return focused
  })
  const ranked = rankCandidates(scored, { verdictFirst: focus !== CUSTOM }).slice(
    0,
    MAX_DIVERGENCES,
  )
  budget.progress(0.9)

  const labels = new Map(keys.map((k, i) => [k, accounts[i]!.label]))
  const quoteFor = (s: Passage, topic: string, contradiction: boolean) =>
    keyPhrase(s, { topic, lensClaim, idf, contradiction })
  const divergences: ManyDivergence[] = []
  const clusterViews: ClaimCluster[] = []
  ranked.forEach((candidate, rank) => {
    const c = readingOf.get(candidate)!
    const topicLabel =
      lenses.get(candidate.topic)?.[candidate.lens ? 'lens' : 'label'] ??
      headingWithoutTopic([...candidate.a, ...candidate.b], c.reading.clash?.clash?.rule)
    const contradiction = c.reading.kind === 'clash' || c.reading.kind === 'split'
    // An account in the cluster's clash is quoted by the words that clash, as the reason quotes it.
    const edge = c.reading.clash
    const clashWords = (k: AccountKey) =>
      edge?.clash && (edge.x.side === k ? edge.clash.a : edge.y.side === k ? edge.clash.b : null)
    const quotes = new Map(
      [...c.reading.byAccount].map(([k, ss]) => [
        k,
        // The account's passage that carries the claim, as a pair's divergence quotes it.
        clashWords(k) ||
          quoteFor(strongestFirst(ss, lensClaim)[0]!, candidate.topic, contradiction),
      ]),
    )
    const id = `c${rank}`
    clusterViews.push({
      id,
      topic: candidate.topic,
      topicLabel,
      claimKind: strongestClaimKind([...c.reading.byAccount.values()].flat()),
      stances: [...c.reading.byAccount].map(([account, ss]) => ({
        account,
        passages: ss.map((s) => s.id),
        quote: quotes.get(account)!,
        ...(speakerOf(ss) ? { speaker: speakerOf(ss)! } : {}),
      })),
      silent: c.silent,
    })
    divergences.push({
      id: `d${rank}`,
      kind: c.reading.kind,
      cluster: id,
      topic: candidate.topic,
      topicLabel,
      passages: Object.fromEntries(
        [...c.reading.byAccount].map(([k, ss]) => [k, ss.map((s) => s.id)]),
      ),
      against: c.reading.against,
      reason: reasonOf(c.reading, labels, c.silent, (k) => quotes.get(k) ?? ''),
      focus: candidate.focus,
      score: Math.round(candidate.score * 1000) / 1000,
    })
  })

  return {
    accounts: analyzed.map((a, k) => ({
      key: keys[k]!,
      label: accounts[k]!.label,
      passages: passagesOf(a, accounts[k]!.text, clusters),
    })),
    clusters: clusterViews,
    divergences,
    focus,
    focusLabel: lenses.get(focus)?.lens ?? 'All topics',
    topics: lenses.all
      .map((t) => ({
        id: t.id,
        label: t.lens,
        counts: Object.fromEntries(
          analyzed.map((a, k) => [
            keys[k]!,
            a.passages.filter((s) => s.topics.includes(t.id)).length,
          ]),
        ),
      }))
      .filter((t) => Object.values(t.counts).some((n) => n > 0)),
    approximate: budget.exceeded,
    language: reportLanguages(
      accounts[0]!.text,
      accounts
        .slice(1)
        .map((a) => a.text)
        .join('\n\n'),
    ),
  }
}

function speakerOf(passages: readonly Passage[]): string | undefined {
  return passages.find((s) => s.speaker)?.speaker ?? undefined
}

/** An account's passages on its original text, labelled by the clusters they are in. */
function passagesOf(account: AnalyzedAccount, original: string, clusters: readonly Cluster[]) {
  const clusterOf = new Map<Passage, Cluster>()
  for (const c of clusters) for (const m of c.members) clusterOf.set(m, c)
  return account.passages.map((s) => {
    const passage = toPassage(s, [], [], account.normalized, original)
    const cluster = clusterOf.get(s)
    if (!cluster) {
      return { ...passage, alignment: 'only-here' as const, counterparts: [], confidence: 1 }
    }
    const mine = cluster.edges.filter((e) => e.x === s || e.y === s)
    const clashes = mine.some((e) => e.clash)
    const best = Math.max(0, ...mine.map((e) => e.cosine))
    return {
      ...passage,
      alignment: clashes
        ? ('contradicts' as const)
        : best >= 0.75
          ? ('shared' as const)
          : ('reworded' as const),
      counterparts: cluster.members.filter((m) => m.side !== s.side).map((m) => m.id),
      similarity: Math.round(best * 1000) / 1000,
      confidence: clashes
        ? Math.max(...mine.map((e) => e.clash?.strength ?? 0))
        : Math.min(1, 0.4 + best),
    }
  })
}
