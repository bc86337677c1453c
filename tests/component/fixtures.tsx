import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { Providers } from '../../src/app/providers'
import { createQueryClient } from '../../src/app/query-client'
import type { Comparison, Divergence, Segment, Side, WordPiece } from '../../src/core'
import type { AccountPair } from '../../src/data/pair'
import type { ComputeComparison } from '../../src/hooks/compute-context'
import { createDraftStore, type DraftStore } from '../../src/lib/draft-store'

// Two short accounts written for these tests: a ministry readout and an envoy's remarks.
export const MINISTRY = 'Ministry readout'
export const ENVOY = "Envoy's remarks"

export const PAIR: AccountPair = {
  id: 'test-pair@1',
  builtin: { id: 'test-pair', revision: 1 },
  title: 'Geneva talks, 4 March 2024',
  date: '2024-03-04',
  summary: 'Written for tests.',
  focus: 'prisoners',
  a: {
    label: MINISTRY,
    speaker: 'A ministry spokesperson',
    source: 'Written for tests.',
    text:
      'The ministers met in Geneva for two hours. They agreed to extend the grain corridor.\n' +
      'Both sides reported progress on prisoner exchanges.',
  },
  b: {
    label: ENVOY,
    speaker: 'The envoy',
    source: 'Written for tests.',
    text: 'We met in Geneva. There was no progress on prisoners.\nWe also talked about fishing rights.',
  },
}

/** A passage of a fixture account, located by its exact text. */
function seg(side: Side, index: number, passage: string, fields: Partial<Segment>): Segment {
  const text = side === 'a' ? PAIR.a.text : PAIR.b.text
  const start = text.indexOf(passage)
  if (start < 0) throw new Error(`not in the fixture: ${passage}`)
  const paragraph = text.slice(0, start).split('\n').length - 1
  return {
    id: `${side}${index}`,
    side,
    start,
    end: start + passage.length,
    text: passage,
    paragraph,
    alignment: 'only-here',
    counterparts: [],
    similarity: 0,
    topics: [],
    speaker: null,
    claims: [],
    moved: false,
    alignedByReader: [],
    confidence: 1,
    pieces: [],
    ...fields,
  }
}

/** Word pieces over a passage, from `[words, changed]` runs in order. */
function pieces(side: Side, runs: [string, boolean][]): WordPiece[] {
  const text = side === 'a' ? PAIR.a.text : PAIR.b.text
  let cursor = text.indexOf(runs[0]![0])
  return runs.map(([words, changed]) => {
    const start = text.indexOf(words, cursor)
    cursor = start + words.length
    return { start, end: cursor, changed }
  })
}

const PRISONERS: Divergence = {
  id: 'd-prisoners',
  topic: 'prisoners',
  topicLabel: 'Prisoners — exchanges',
  kind: 'contradicts',
  summary: 'The ministry reports progress; the envoy says there was none.',
  a: ['a2'],
  b: ['b1'],
  quoteA: 'reported progress on prisoner exchanges',
  quoteB: 'no progress on prisoners',
  reason:
    'Opposite accounts of the outcome. Ministry statement: “reported progress” — Envoy’s remarks: “no progress”.',
  speakers: { b: 'The envoy' },
  focus: true,
  score: 2,
}

const GRAIN: Divergence = {
  id: 'd-grain',
  topic: 'trade',
  topicLabel: 'Trade — grain',
  kind: 'only-a',
  summary: 'Only the ministry mentions the grain corridor.',
  a: ['a1'],
  b: [],
  quoteA: 'extend the grain corridor',
  reason:
    'Only in Ministry statement: a commitment or next step; nothing on it in Envoy’s remarks.',
  speakers: {},
  quoteB: '',
  focus: false,
  score: 1,
}

/** A hand-made comparison of PAIR; the focus decides which divergence leads, as the core's ranking does. */
export function fixtureComparison(focus = 'prisoners'): Comparison {
  const lead = focus === 'trade' ? [GRAIN, PRISONERS] : [PRISONERS, GRAIN]
  const topics = [
    { id: 'prisoners', label: 'Prisoners — exchanges', a: 1, b: 1 },
    { id: 'trade', label: 'Trade — grain', a: 1, b: 0 },
  ]
  return {
    segments: {
      a: [
        seg('a', 0, 'The ministers met in Geneva for two hours.', {
          alignment: 'reworded',
          counterparts: ['b0'],
          pieces: pieces('a', [
            ['The ministers', true],
            [' met in Geneva', false],
            [' for two hours.', true],
          ]),
        }),
        seg('a', 1, 'They agreed to extend the grain corridor.', { topics: ['trade'] }),
        seg('a', 2, 'Both sides reported progress on prisoner exchanges.', {
          alignment: 'contradicts',
          counterparts: ['b1'],
          topics: ['prisoners'],
        }),
      ],
      b: [
        seg('b', 0, 'We met in Geneva.', { alignment: 'reworded', counterparts: ['a0'] }),
        seg('b', 1, 'There was no progress on prisoners.', {
          alignment: 'contradicts',
          counterparts: ['a2'],
          topics: ['prisoners'],
        }),
        seg('b', 2, 'We also talked about fishing rights.', {}),
      ],
    },
    divergences: lead.map((d) => ({ ...d, focus: d.topic === focus })),
    focus,
    focusLabel: topics.find((t) => t.id === focus)?.label ?? focus,
    topics,
    identical: false,
    approximate: false,
    cutOff: { a: false, b: false },
    language: { a: 'en', b: 'en', covered: true, note: '' },
  }
}

/** A Storage stand-in: a Map, or one that throws like a full or disabled localStorage. */
export function memoryStorage(initial: Record<string, string> = {}, { full = false } = {}) {
  const items = new Map(Object.entries(initial))
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      items.set(key, value)
    },
    removeItem: (key: string) => void items.delete(key),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size
    },
  }
}

/** Renders under the app's providers, with no retries, the given way to compute and a draft store. */
export function renderWithProviders(
  ui: ReactNode,
  compute: ComputeComparison,
  drafts: DraftStore = createDraftStore(memoryStorage()),
) {
  const client = createQueryClient({ retry: false })
  return render(
    <Providers client={client} compute={compute} drafts={drafts}>
      {ui}
    </Providers>,
  )
}
