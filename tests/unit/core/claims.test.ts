import { describe, expect, it } from 'vitest'
import { annotateSentence } from '../../../src/core/annotate'
import { analyzeAccount } from '../../../src/core/analyze-account'
import { buildLenses } from '../../../src/core/lens'

/** The claims of one sentence, as `kind stance mode time` strings, in order. */
const claims = (sentence: string) =>
  annotateSentence(sentence).claims.map((c) => `${c.kind} ${c.polarity} ${c.mode} ${c.time}`)

const first = (sentence: string, kind: string) =>
  annotateSentence(sentence).claims.find((c) => c.kind === kind)

describe('the claim reader', () => {
  it('reads a verdict on the talks, and its stance after negation', () => {
    expect(first('The talks were constructive and useful.', 'assessment')?.polarity).toBe(1)
    expect(first('I am not happy with the call.', 'assessment')?.polarity).toBe(-1)
    expect(first('They are on the same page.', 'assessment')?.polarity).toBe(1)
  })

  it('reads an offer to host as willingness, and "an interest in peace" as none', () => {
    expect(
      first('The abbey said it would be very interested in hosting the talks.', 'willingness'),
    ).toBeDefined()
    expect(
      first('The world has an interest in the maintenance of peace.', 'willingness'),
    ).toBeUndefined()
  })

  it('reads the progress of humankind as rhetoric, not as the talks moving on', () => {
    expect(
      first('Both shoulder a duty of advancing the progress of human society.', 'progress'),
    ).toBeUndefined()
    expect(first('They spoke of scientific progress and of trade.', 'progress')).toBeUndefined()
    expect(first('The envoys reported progress on the grain deal.', 'progress')).toBeDefined()
  })

  it('reads "it is necessary to" as a demand', () => {
    expect(first('They deemed it necessary to widen cooperation on water.', 'demand')).toBeDefined()
  })

  it('reads "committed to" as a commitment, and crimes committed by someone as none', () => {
    expect(first('Both sides remain committed to dialogue.', 'commitment')).toBeDefined()
    expect(
      first('He condemned the crimes committed by militants in the border region.', 'commitment'),
    ).toBeUndefined()
  })

  it('reads concerns raised about the other side’s practices as a charge', () => {
    expect(
      first(
        'President Lind raised concerns about the ministry’s practices in the north.',
        'accusation',
      ),
    ).toBeDefined()
  })

  it('reads a cue in its forms, not in the words that only share its stem', () => {
    expect(first('The envoys were agreeing on quotas.', 'progress')).toBeDefined()
    // Porter stems "responsibility" like "responsible for", "using" like "useful".
    expect(
      first('Both share a special responsibility for stability.', 'accusation'),
    ).toBeUndefined()
    expect(first('The talks are using the same draft.', 'assessment')).toBeUndefined()
    // "willing" loses its ending like a verb, but is no form of "will".
    expect(first('They seemed willing.', 'commitment')).toBeUndefined()
  })

  it('ends a negation at "and" opening a new predicate, and negates the word "non-" is joined to', () => {
    const sentence = 'The side had never rejected and was still open to resuming the talks.'
    expect(first(sentence, 'progress')?.polarity).toBe(1)
    expect(first(sentence, 'progress')?.negated).toBe(true)
    expect(first(sentence, 'willingness')?.polarity).toBe(1)
    // Without a new predicate, "and" stays inside the negation's reach.
    expect(first('They did not meet and agree on anything.', 'progress')?.polarity).toBe(-1)
    expect(first('The process is non-discriminatory.', 'accusation')?.polarity).toBe(-1)
    expect(first('The process is discriminatory.', 'accusation')?.polarity).toBe(1)
  })

  it('reaches across an aside set off by commas, and reads "few" as a negation but "a few" as none', () => {
    expect(first('The guild made few, if any, real agreements.', 'progress')?.polarity).toBe(-1)
    expect(first('The guild made few agreements.', 'progress')?.polarity).toBe(-1)
    expect(first('The guild made a few agreements.', 'progress')?.polarity).toBe(1)
    // Any other comma still ends the negation's reach.
    expect(first('No, the sides agreed on the text.', 'progress')?.polarity).toBe(1)
  })

  it('ends a clause and a negation at an ellipsis the source wrote', () => {
    const sentence = 'They raised nothing new … We agreed to that.'
    const agreed = first(sentence, 'progress')
    expect(agreed?.polarity).toBe(1)
    expect(agreed?.clause[0]).toBeGreaterThan(sentence.indexOf('…'))
  })

  it('counts "good" as a verdict only where the talks are in view', () => {
    expect(first('It was a very good call.', 'assessment')).toBeDefined()
    expect(first('Farmers got a very good price for grain.', 'assessment')).toBeUndefined()
    // Encouraging talks is no verdict on them; being encouraged by them is.
    expect(first('She will continue to encourage peace talks.', 'assessment')).toBeUndefined()
    expect(first('We are encouraged by the talks.', 'assessment')?.polarity).toBe(1)
  })

  it('tells an outcome from talk of a settlement', () => {
    expect(first('The sides agreed on a prisoner swap.', 'progress')?.polarity).toBe(1)
    expect(first('No, we did not make any progress.', 'progress')?.polarity).toBe(-1)
    expect(first('There is no simple solution to complex issues.', 'progress')).toBeUndefined()
    expect(first('There is no simple solution to complex issues.', 'settlement')).toBeDefined()
  })

  it('reads how firmly a claim is made', () => {
    expect(first('Talks will begin immediately.', 'commitment')?.mode).toBe('firm')
    expect(first('A settlement is possible.', 'settlement')?.mode).toBe('hedged')
    expect(first('A truce could follow, should agreements be reached.', 'settlement')?.mode).toBe(
      'conditional',
    )
    expect(first('Russia must show willingness to negotiate.', 'willingness')?.mode).toBe(
      'demanded',
    )
  })

  it('reads when: what is to happen, history, and what is so', () => {
    expect(first('The ministers will meet next month.', 'commitment')?.time).toBe('future')
    expect(first('Talks were suspended back in 2022.', 'progress')?.time).toBe('past')
    expect(first('These meetings are to help restore the ceasefire.', 'settlement')?.time).toBe(
      'future',
    )
    expect(first('The talks stalled on Tuesday.', 'progress')?.time).toBe('done')
  })

  it('names who a claim is about: the party by its cue', () => {
    expect(first('They condemned the Russian war of aggression.', 'accusation')?.target).toBe(
      'russia',
    )
    expect(
      first('The crisis was caused by provocations by Ukrainian troops.', 'accusation')?.target,
    ).toBe('ukraine')
    expect(first('Mr. Smith blames the impasse on Ukraine.', 'accusation')?.target).toBe('ukraine')
  })

  it('does not mistake stem collisions for cues', () => {
    // Porter stems "useful" to "us", "willing" to "will", "ordered" to "order".
    expect(claims('It will be a new world order for us.')).toEqual([])
  })

  it('marks courtesy, history and how the call went as noise', () => {
    expect(
      annotateSentence('The President thanked his host and offered greetings.').noise,
    ).toContain('protocol')
    expect(annotateSentence('The treaty was signed 150 years ago.').noise).toContain('history')
    expect(annotateSentence('They spoke by phone for about an hour.').noise).toContain('process')
  })
})

describe('who holds a claim', () => {
  it('is the speaker attribution finds, carried to "he"', () => {
    const { passages } = analyzeAccount(
      'Secretary Jones said the talks were productive. He added that a deal is close.',
      'a',
      buildLenses(),
    )
    expect(passages.map((s) => s.speaker)).toEqual(['Jones', 'Jones'])
  })

  it('gives a passage with no topic word the topic of its claim, never a guess', () => {
    const { passages } = analyzeAccount('It was candid and concrete.', 'a', buildLenses())
    expect(passages[0]!.topics).toEqual(['protocol'])
    const plain = analyzeAccount('The weather was mild.', 'a', buildLenses())
    expect(plain.passages[0]!.topics).toEqual([])
    // Thanks are a courtesy about nothing in particular: not "culture", whatever they thank for.
    const thanks = analyzeAccount(
      'The club thanks the members of the tribunal.',
      'a',
      buildLenses(),
    )
    expect(thanks.passages[0]!.topics).toEqual([])
  })
})

describe('topics read in context', () => {
  const topics = (sentence: string) => [...annotateSentence(sentence).topics.keys()]

  it('reads "New START" as the treaty, "a new start" as nothing of the kind', () => {
    expect(topics('Both sides want to extend New START by five years.')).toContain('nuclear')
    expect(topics('They hoped for a new start for relations.')).not.toContain('nuclear')
  })

  it('reads a topic word in its forms, not in the words that only share its stem', () => {
    expect(topics('New tariffs on imports were traded for quotas.')).toContain('trade')
    // Porter stems "important" and "importance" to "import", "investing" to "invest".
    expect(topics('He stressed the importance of an important border.')).not.toContain('trade')
    expect(topics('Both sanctioned banks were named.')).toContain('sanctions')
  })

  it('does not read the Civil War as the war in Ukraine', () => {
    expect(
      topics('Russia played a part during the Civil War, which ended 160 years ago.'),
    ).not.toContain('ukraine')
  })
})

describe('topics read across the accounts', () => {
  it('does not make a ceasefire a Ukraine topic when no account names Ukraine', async () => {
    const { compareAccounts } = await import('../../../src/core')
    const c = compareAccounts(
      { label: 'A', text: 'Israel and Iran agreed to a ceasefire. The truce holds in Tehran.' },
      { label: 'B', text: 'The ceasefire between Israel and Iran took effect at dawn.' },
    )
    expect(c.topics.map((t) => t.id)).not.toContain('ukraine')
    expect(c.topics.map((t) => t.id)).toContain('middle-east')
    const named = compareAccounts(
      { label: 'A', text: 'Russia and Ukraine agreed to a ceasefire.' },
      { label: 'B', text: 'The ceasefire took effect at dawn.' },
    )
    expect(named.segments.b[0]!.topics).toContain('ukraine')
  })
})
