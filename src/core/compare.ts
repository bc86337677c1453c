/**
 * The one entry point: two accounts in, a Comparison out.
 * normalize → segment → annotate → align → diff → label → rank divergences.
 */
import { alignSentences, findMoved } from './align'
import { analyzeAccount } from './analyze-account'
import { contentTerms } from './annotate'
import { diffPair } from './diff-pair'
import { toDivergence } from './divergence'
import { labelPassage } from './label'
import { reportLanguages } from './language'
import { TOPICS, getTopic } from './lexicons'
import { rankUnits, scoreUnit, type RankContext } from './rank'
import type { Sentence } from './sentence'
import { buildCorpus } from './similarity'
import { toSegment } from './to-segment'
import type { Account, CompareOptions, Comparison, TopicCount } from './types'
import { buildUnits } from './units'

const MAX_DIVERGENCES = 100

/** Claim families a sentence carries that one of its topics' lenses asks about. */
function lensClaims(s: Sentence): string[] {
  const families = new Set(s.topics.map((t) => getTopic(t)?.claim).filter((c): c is string => !!c))
  return [...new Set(s.annotation.claims.map((c) => c.kind))].filter((k) => families.has(k))
}

/** Aligns the sentences and labels them. Source names are left out of the similarity: who
 * speaks says nothing about what is said, and readouts name the leaders in every other sentence. */
function linkSentences(a: Sentence[], b: Sentence[], names: Set<string>): void {
  const input = (s: Sentence) => ({
    terms: contentTerms(s.annotation.tokens, names),
    topics: s.topics,
    lensClaims: lensClaims(s),
  })
  const links = alignSentences(a.map(input), b.map(input))
  const moved = findMoved(links)
  for (const l of links) {
    const { score, cosine, primary } = l
    a[l.a]!.counterparts.push({ index: l.b, score, cosine, primary })
    b[l.b]!.counterparts.push({ index: l.a, score, cosine, primary })
    if (moved.has(l)) a[l.a]!.moved = b[l.b]!.moved = true
  }
  for (const s of [...a, ...b]) {
    s.counterparts.sort((x, y) => Number(y.primary) - Number(x.primary) || y.score - x.score)
  }
  const label = (s: Sentence, others: Sentence[]) =>
    labelPassage(
      s,
      s.counterparts.map((c) => ({ input: others[c.index]!, cosine: c.cosine })),
    )
  for (const s of a) s.alignment = label(s, b)
  for (const s of b) s.alignment = label(s, a)
}

function countTopics(a: Sentence[], b: Sentence[]): TopicCount[] {
  return TOPICS.map((t) => ({
    id: t.id,
    label: t.lens,
    a: a.filter((s) => s.topics.includes(t.id)).length,
    b: b.filter((s) => s.topics.includes(t.id)).length,
  }))
    .filter((t) => t.a + t.b > 0)
    .sort((x, y) => y.a + y.b - (x.a + x.b))
}

export function compareAccounts(a: Account, b: Account, options: CompareOptions = {}): Comparison {
  const left = analyzeAccount(a.text, 'a')
  const right = analyzeAccount(b.text, 'b')
  const identical = left.normalized.text === right.normalized.text
  linkSentences(left.sentences, right.sentences, new Set([...left.nameWords, ...right.nameWords]))

  const all = [...left.sentences, ...right.sentences]
  const idfMap = buildCorpus(all.map((s) => s.annotation.terms)).idf
  const idf = (t: string) => idfMap.get(t) ?? 0
  const vocabulary = {
    a: new Set(left.sentences.flatMap((s) => s.annotation.terms)),
    b: new Set(right.sentences.flatMap((s) => s.annotation.terms)),
  }
  const topics = countTopics(left.sentences, right.sentences)
  const units = buildUnits(left.sentences, right.sentences)
  const focus = chooseFocus(options.focus, topics, units, { idf, vocabulary })
  const lensClaim = getTopic(focus)?.claim ?? 'progress'
  const ctx: RankContext = { focus, lensClaim, idf, vocabulary }
  // A reader leads with a handful; past a hundred, a list stops being read and only costs time.
  const ranked = rankUnits(units.map((u) => scoreUnit(u, ctx))).slice(0, MAX_DIVERGENCES)
  const divergences = ranked.map((u, k) =>
    toDivergence(u, k, { labels: { a: a.label, b: b.label }, lensClaim, idf }),
  )

  const pieces = new Map<string, ReturnType<typeof diffPair>>()
  const diffFor = (x: Sentence, y: Sentence) => {
    const [p, q] = x.side === 'a' ? [x, y] : [y, x]
    const key = `${p.index}:${q.index}`
    let result = pieces.get(key)
    if (!result) pieces.set(key, (result = diffPair(p.text, q.text)))
    return x.side === 'a' ? result.a : result.b
  }
  const segments = (own: typeof left, others: Sentence[], original: string) =>
    own.sentences.map((s) => {
      const first = s.counterparts[0]
      const local = first ? diffFor(s, others[first.index]!) : []
      return toSegment(s, local, others, own.normalized, original)
    })
  return {
    segments: {
      a: segments(left, right.sentences, a.text),
      b: segments(right, left.sentences, b.text),
    },
    divergences,
    focus,
    focusLabel: getTopic(focus)?.lens ?? 'All topics',
    topics,
    identical,
    approximate: false,
    language: reportLanguages(a.text, b.text),
  }
}

/** The reader's focus if it names a topic; otherwise the topic both accounts cover and diverge on most. */
function chooseFocus(
  requested: string | undefined,
  topics: TopicCount[],
  units: ReturnType<typeof buildUnits>,
  ctx: Omit<RankContext, 'focus' | 'lensClaim'>,
): string {
  if (requested && getTopic(requested)) return requested
  const weight = new Map<string, number>()
  for (const u of units) {
    const r = scoreUnit(u, { ...ctx, focus: '', lensClaim: '' })
    weight.set(r.topic, (weight.get(r.topic) ?? 0) + r.score)
  }
  const both = topics.filter((t) => t.a > 0 && t.b > 0 && getTopic(t.id)!.salience >= 0.5)
  const best = both.sort((x, y) => (weight.get(y.id) ?? 0) - (weight.get(x.id) ?? 0))[0]
  return best?.id ?? topics[0]?.id ?? ''
}
