import { describe, expect, it } from 'vitest'
import { annotateSentence } from '../../../src/core/annotate'
import { clashBetween, type ClaimView } from '../../../src/core/clash'

/** A passage as the clash rules see it: its text, what it claims, and its topics. */
const view = (text: string, topics: string[] = ['ukraine']): ClaimView => ({
  text,
  annotation: annotateSentence(text),
  topics,
})

const clash = (a: string, b: string, topics?: [string[], string[]]) =>
  clashBetween(view(a, topics?.[0]), view(b, topics?.[1]))

describe('clash rules: opposing claims, with the words that clash', () => {
  it('a feeling is a verdict on the talks only when the talks are in view or a person holds it', () => {
    expect(
      clash(
        'The talks were constructive, the minister said.',
        'Farmers are unhappy with the new grain prices.',
        [['protocol'], ['trade']],
      ),
    ).toBeNull()
    expect(
      clash(
        'The talks were constructive, the minister said.',
        'He said: “I am not happy about that.”',
        [['protocol'], ['ukraine']],
      ),
    ).toMatchObject({ rule: 'assessment' })
  })

  it('opposite verdicts on the talks, whatever their topic', () => {
    const c = clash(
      'The conversation showed they are on the same page.',
      'I am not happy about that.',
      [['protocol'], ['ukraine']],
    )
    expect(c).toMatchObject({ rule: 'assessment', a: expect.stringContaining('on the same page') })
    expect(c?.b).toContain('not happy')
  })

  it('done against not done, on the same subject', () => {
    const c = clash(
      'The envoys agreed on fishing quotas in the northern sea.',
      'Fishing quotas in the northern sea were not agreed.',
    )
    expect(c).toMatchObject({ rule: 'outcome' })
    expect(c?.b).toContain('not agreed')
  })

  it('quotes names joined by "and" together', () => {
    const c = clash(
      'It has been fully agreed by and between Lindor and Marvia that the truce starts at dawn.',
      'There is no agreement on any truce at all, the Marvian council said.',
    )
    expect(c?.a).toMatch(/between Lindor and Marvia$/)
  })

  it('quotes a modifier with the word it modifies', () => {
    const c = clash(
      'She briefed him on the progress in implementing the humanitarian agreements reached in June.',
      'No, I didn’t make any progress with her today.',
    )
    expect(c?.a).toMatch(/the humanitarian agreements$/)
  })

  it('willingness asked for against willingness asserted, of the same party', () => {
    const c = clash(
      'Russia must show willingness to negotiate with Ukraine.',
      'The Russian side was still open to resuming the talks.',
    )
    expect(c).toMatchObject({ rule: 'willingness' })
  })

  it('willingness of a body named by a common noun ("the studios"), asserted and denied', () => {
    expect(
      clash(
        'The guild said the studios refused to negotiate.',
        'The studios said they remain ready to negotiate with the guild.',
        [[], []],
      ),
    ).toMatchObject({ rule: 'willingness' })
    // Two bodies, or two things to be willing to do, are no clash.
    expect(
      clash(
        'The guild said the studios refused to negotiate.',
        'The guild said it is ready to strike.',
        [[], []],
      ),
    ).toBeNull()
  })

  it('each side blaming a different party', () => {
    const c = clash(
      'He called on him to end the Russian war of aggression.',
      'The crisis was a direct result of the aggressive policy of NATO.',
    )
    expect(c).toMatchObject({ rule: 'blame' })
  })

  it('one charge laid at two doors is a stronger clash than two different charges', () => {
    const sameCharge = clash(
      'But Valdoria violated the truce as well.',
      'In light of Ostrania’s blatant violation of the truce, we struck back.',
    )
    const twoCharges = clash(
      'But Valdoria violated the truce as well.',
      'The truce collapsed, a direct result of provocations by Ostrania.',
    )
    expect(sameCharge).toMatchObject({ rule: 'blame', b: expect.stringContaining('violation') })
    expect(twoCharges).toMatchObject({ rule: 'blame' })
    expect(sameCharge!.strength).toBeGreaterThan(twoCharges!.strength)
  })

  it('a name called is no charge laid: "regime targets" blames nobody', () => {
    const c = clash(
      'But Valdoria violated the truce as well.',
      'Our forces destroyed dozens of regime targets in Ostrania.',
    )
    expect(c).toBeNull()
  })

  it('a charge asserted on one side and denied on the other, by a hyphenated "non-"', () => {
    const c = clash(
      'The panel found the hiring rules to be discriminatory.',
      'The panel found the hiring rules fair and non-discriminatory.',
      [[], []],
    )
    expect(c).toMatchObject({ rule: 'denial' })
    expect(c?.b).toContain('non-discriminatory')
  })

  it('a charge on one side that the other denies in so many words, quoted with its subject', () => {
    const c = clash(
      'The ministry condemned the blatant violation of the truce, after drones were launched from the hills.',
      'Reports that drones were launched from the hills after the truce began are denied.',
      [['middle-east'], ['middle-east']],
    )
    expect(c).toMatchObject({ rule: 'denial', a: expect.stringContaining('violation') })
    expect(c?.b).toMatch(/^Reports that drones were launched .* are denied$/)
  })

  it('each side naming a different party at the breakdown of the talks', () => {
    const c = clash(
      'Talks between the Harbour Authority and the Dockers Guild were suspended after the Dockers Guild tabled its demands.',
      'We regret that the Harbour Authority walked away from the negotiations this morning.',
      [[], []],
    )
    expect(c).toMatchObject({ rule: 'blame', b: expect.stringContaining('walked away') })
    // The quote starts at its clause, not on "and".
    expect(c?.a).toMatch(/^Talks between/)
  })

  it('two figures for the same measure', () => {
    const c = clash(
      'The proposal would cost more than $800 million per year.',
      'The proposal would cost less than $50 million per year.',
      [['trade'], ['trade']],
    )
    expect(c).toMatchObject({ rule: 'figure', a: '$800 million', b: '$50 million' })
  })

  it('immediate on one side, only on a condition on the other', () => {
    const c = clash(
      'Both sides will immediately start negotiations toward a ceasefire.',
      'The memorandum could include a ceasefire, should appropriate agreements be reached.',
    )
    expect(c).toMatchObject({ rule: 'timing' })
  })
})

describe('near misses that must not clash', () => {
  it('past against future', () => {
    expect(clash('There has been no summit for years.', 'We will schedule a summit.')).toBeNull()
    // A verdict on last year's talks is no verdict on today's.
    expect(
      clash(
        'Last year the talks were disappointing.',
        'The talks today were constructive and useful.',
      ),
    ).toBeNull()
  })

  it('firm against hedged wording of one position', () => {
    expect(
      clash('Talks must start at once.', 'A negotiated settlement is possible.', [
        ['ukraine'],
        ['ukraine'],
      ]),
    ).toBeNull()
  })

  it('a word negated in another claim', () => {
    expect(
      clash(
        'We hope the agreement reached today will help.',
        'We want a peace deal, not a mere ceasefire agreement.',
      ),
    ).toBeNull()
  })

  it('a maxim against a result', () => {
    expect(
      clash(
        'The leaders reiterated their agreement that a nuclear war should never be fought.',
        'Conflicts produce no winner; there is no simple solution to complex issues.',
      ),
    ).toBeNull()
  })

  it('outcomes on different subjects', () => {
    expect(
      clash('They agreed on grain shipments.', 'No progress was made on prisoners.', [
        ['trade'],
        ['humanitarian'],
      ]),
    ).toBeNull()
  })

  it('a charge denied of one subject against the same charge made of another', () => {
    expect(
      clash(
        'The union said the hiring rules were discriminatory.',
        'The ticket pricing scheme is non-discriminatory, the league said.',
        [[], []],
      ),
    ).toBeNull()
  })

  it('outcomes of two subjects that share only the countries named and the outcome word', () => {
    expect(
      clash(
        'The United States and Russia have agreed to ensure safe fishing in the northern bay.',
        'The Russians raised American help to ship their timber abroad … We did not agree to that.',
        [[], []],
      ),
    ).toBeNull()
  })

  it('outcomes of two things on one topic, and willingness to do two things', () => {
    expect(
      clash(
        'The two sides agreed on a prisoner exchange in Ukraine.',
        'No agreement was reached on a ceasefire in Ukraine.',
      ),
    ).toBeNull()
    expect(
      clash(
        'Iran is ready to negotiate with the United States.',
        'The United States is not ready to lift sanctions on Iran.',
        [['middle-east'], ['middle-east']],
      ),
    ).toBeNull()
    // An outcome said of the talks as a whole meets any outcome on the topic.
    expect(
      clash(
        'The two sides agreed on a prisoner exchange in Ukraine.',
        'No, I didn’t make any progress with him today.',
      ),
    ).toMatchObject({ rule: 'outcome' })
  })

  it('each side blaming the other, in the same words, for two different deeds', () => {
    expect(
      clash(
        'Moscow blamed Kyiv for the shelling of the nuclear plant.',
        'Kyiv blamed Moscow for the deportation of children from the south.',
      ),
    ).toBeNull()
    expect(
      clash(
        'Moscow blamed Kyiv for the shelling of the nuclear plant.',
        'Kyiv blamed Moscow for the shelling of the nuclear plant.',
      ),
    ).toMatchObject({ rule: 'blame' })
  })

  it('a denial of what would be against a charge of what was done', () => {
    expect(
      clash(
        'Police said protesters violated the curfew in the old town on Friday night.',
        'The mayor denied reports that the old town curfew would be extended beyond Friday.',
        [[], []],
      ),
    ).toBeNull()
  })

  it('a denial of another deed in the same region', () => {
    expect(
      clash(
        'The ministry condemned the blatant violation of the truce by drone strikes.',
        'The council denied reports of a cabinet reshuffle.',
        [['middle-east'], ['middle-east']],
      ),
    ).toBeNull()
  })

  it('a charge made of the past against one denied today', () => {
    expect(
      clash(
        'Years ago the hiring rules were found discriminatory.',
        'The hiring rules were found fair and non-discriminatory.',
        [[], []],
      ),
    ).toBeNull()
  })

  it('the same party named at the breakdown by both sides', () => {
    expect(
      clash(
        'The talks were suspended after the Dockers Guild left the room.',
        'The negotiations collapsed when the Dockers Guild walked away.',
        [[], []],
      ),
    ).toBeNull()
  })

  it('the same culprit named by both sides', () => {
    expect(
      clash(
        'The escalation was caused by provocations by Ukrainian troops.',
        'He blamed the impasse in negotiations on Ukraine.',
      ),
    ).toBeNull()
  })
})

describe('figures on different subjects', () => {
  it('do not clash when the passages are on different topics', () => {
    expect(
      clash(
        'Sanctions relief would cost the treasury $5 billion a year.',
        'Rebuilding the energy grid would cost $20 billion a year.',
        [['sanctions'], ['energy']],
      ),
    ).toBeNull()
  })
})
