/**
 * Two accounts of the same run of meetings, ~targetChars each. The first is the facts told one way; the
 * second tells the same facts in its own words and order, leaves some out, adds asides, disputes some
 * numbers, flips some claims, and moves whole blocks of paragraphs, as two press offices would.
 */
import { changeNumbers, makeFacts, type Facts } from './facts'
import { ASIDES, OPENERS } from './framing'
import { createRng, type Rng } from './prng'
import type { Template } from './template'
import { ECONOMY_TOPICS } from './topics-economy'
import { SECURITY_TOPICS } from './topics-security'
import { createWording } from './wording'
import { makeWorld, type World } from './world'

const TOPICS = Object.values({ ...SECURITY_TOPICS, ...ECONOMY_TOPICS })

/** How often the second account departs from the first (probabilities per sentence or paragraph). */
const EDITS = {
  sameWords: 0.2,
  dropSentence: 0.1,
  addAside: 0.12,
  changeNumbers: 0.08,
  flipClaim: 0.06,
  swapNeighbours: 0.1,
  dropParagraph: 0.04,
  addParagraph: 0.05,
  /** Share of blocks (1–6 paragraphs) moved elsewhere. */
  moveBlocks: 0.3,
}

/** A readout archive returns to the same meeting over several paragraphs, one topic each. */
const SAME_MEETING = 0.4

interface PlannedSentence {
  template: Template
  positive: boolean
  seed: number
}

interface Paragraph {
  facts: Facts
  sentences: PlannedSentence[]
}

export interface AccountPair {
  a: string
  b: string
}

export function generatePair(targetChars: number, seed = 1): AccountPair {
  const rng = createRng(seed)
  const world = makeWorld(rng, targetChars)
  const a: string[] = []
  const b: string[] = []
  let size = 0
  let previous: Facts | null = null
  while (size < targetChars) {
    const paragraph = planParagraph(rng, world, previous)
    previous = paragraph.facts
    const first = renderFirst(paragraph)
    a.push(first.join(' '))
    size += a[a.length - 1]!.length + 2
    if (!rng.chance(EDITS.dropParagraph)) b.push(renderSecond(paragraph, first, rng))
    if (rng.chance(EDITS.addParagraph)) {
      const extra = planParagraph(rng, world, null)
      b.push(renderFirst(extra).join(' '))
    }
  }
  return { a: a.join('\n\n'), b: moveBlocks(b, rng).join('\n\n') }
}

function planParagraph(rng: Rng, world: World, previous: Facts | null): Paragraph {
  const continues = previous !== null && rng.chance(SAME_MEETING)
  const facts = continues ? previous : makeFacts(rng, world)
  const body = rng.shuffle(rng.pick(TOPICS)).slice(0, rng.int(1, 5))
  const templates = continues ? body : [rng.pick(OPENERS), ...body]
  return {
    facts,
    sentences: templates.map((template) => ({
      template,
      positive: rng.chance(0.7),
      seed: rng.int(0, 0x7fffffff),
    })),
  }
}

function sentence(template: Template, facts: Facts, rng: Rng, positive: boolean): string {
  const text = template(facts, createWording(rng, positive))
  const ended = /[.!?]["”]?$/.test(text)
  return text[0]!.toUpperCase() + text.slice(1) + (ended ? '' : '.')
}

function renderFirst(p: Paragraph): string[] {
  return p.sentences.map((s) => sentence(s.template, p.facts, createRng(s.seed), s.positive))
}

function renderSecond(p: Paragraph, first: string[], rng: Rng): string {
  const out: string[] = []
  p.sentences.forEach((s, i) => {
    if (p.sentences.length > 1 && rng.chance(EDITS.dropSentence)) return
    if (rng.chance(EDITS.sameWords)) {
      out.push(first[i]!)
    } else {
      const facts = rng.chance(EDITS.changeNumbers) ? changeNumbers(p.facts, rng) : p.facts
      const positive = rng.chance(EDITS.flipClaim) ? !s.positive : s.positive
      // Its own choice of words: the same template drawn from another stream.
      out.push(sentence(s.template, facts, createRng(s.seed ^ 0x5bd1e995), positive))
    }
    if (rng.chance(EDITS.addAside)) out.push(sentence(rng.pick(ASIDES), p.facts, rng, true))
    if (out.length >= 2 && rng.chance(EDITS.swapNeighbours)) out.push(...out.splice(-2, 1))
  })
  return out.join(' ')
}

/** Cuts the paragraphs into blocks of 1–6 and moves some blocks elsewhere: the other side's order. */
function moveBlocks(paragraphs: string[], rng: Rng): string[] {
  const blocks: string[][] = []
  for (let i = 0; i < paragraphs.length;) {
    const n = rng.int(1, 6)
    blocks.push(paragraphs.slice(i, i + n))
    i += n
  }
  const moves = Math.round(blocks.length * EDITS.moveBlocks)
  for (let k = 0; k < moves; k++) {
    const [block] = blocks.splice(rng.int(0, blocks.length - 1), 1)
    blocks.splice(rng.int(0, blocks.length), 0, block!)
  }
  return blocks.flat()
}
