import { describe, expect, it } from 'vitest'
import { analyzeAccount } from '../../../src/core/analyze-account'
import { buildLenses } from '../../../src/core/lens'
import { keyPhrase, type QuoteFocus } from '../../../src/core/quote'

/** The key phrase of the first passage of `text`, with every word equally distinctive. */
function quote(text: string, focus: Partial<QuoteFocus> = {}): string {
  const [passage] = analyzeAccount(text, 'a', buildLenses()).passages
  return keyPhrase(passage!, {
    topic: 'trade',
    lensClaim: 'progress',
    idf: () => 1,
    contradiction: false,
    ...focus,
  })
}

describe('key phrases: verbatim, and never a fragment', () => {
  it('a clause that opens on "and" brings the clause it continues', () => {
    const text =
      'I have just finished a long call with the Premier, of Ruritania, going over the details of our recently signed, and agreed to, Fisheries Pact.'
    const phrase = quote(text)
    expect(text).toContain(phrase)
    expect(phrase).toMatch(/recently signed, and agreed to, Fisheries Pact$/)
  })

  it('a long report is quoted from the words reported, not its frame, and keeps its condition', () => {
    const phrase = quote(
      'Queen Alda further emphasised that the safety of any harbour cannot be ensured unless the rule of shared pilotage is strictly observed.',
      { topic: 'other', lensClaim: 'none' },
    )
    expect(phrase).toBe(
      'the safety of any harbour cannot be ensured unless the rule of shared pilotage is strictly observed',
    )
  })

  it('a long clause is cut where its main clause ends, before a clause of purpose', () => {
    const phrase = quote(
      'He stressed that the kingdom must handle the question of the northern islands with prudence so that the fringe separatists bent on secession will not be able to drag both kingdoms into conflict.',
      { topic: 'other', lensClaim: 'none' },
    )
    expect(phrase).toBe(
      'the kingdom must handle the question of the northern islands with prudence',
    )
  })

  it('a clause four words past the usual length is quoted whole, without the frame of its report', () => {
    const phrase = quote(
      'The envoy said that the queen responded warmly to the idea of an old initiative concerning the safety of fishing in the Amber Sea.',
      { topic: 'other', lensClaim: 'none' },
    )
    expect(phrase).toBe(
      'the queen responded warmly to the idea of an old initiative concerning the safety of fishing in the Amber Sea',
    )
  })

  it('a cut opens on the article of the phrase it starts in', () => {
    const phrase = quote(
      'Speaking on the prospects for a settlement of the dispute, the queen pointed out that the island council had never rejected and was still open to resuming the talks broken off by the harbour guild.',
      { topic: 'other', lensClaim: 'none', anchor: 'never rejected' },
    )
    expect(phrase).toMatch(/^the island council had never rejected/)
  })

  it('a cut may end on a verb after "to", which ends a phrase rather than opens one', () => {
    const phrase = quote(
      'It rejected the guild’s argument that the object of the casting rules was to discriminate against actors with agents from the northern provinces.',
      { topic: 'other', lensClaim: 'none' },
    )
    expect(phrase).toBe(
      'It rejected the guild’s argument that the object of the casting rules was to discriminate',
    )
  })

  it('a cut never ends on a verb its phrase has only begun', () => {
    const phrase = quote(
      'The queen reiterated that the current crisis was a direct result of the league’s long-standing aggressive policy aimed at creating a staging ground against the kingdom on its own soil.',
      { topic: 'other', lensClaim: 'none' },
    )
    expect(phrase).not.toMatch(/(?:aimed|at|creating)$/)
    expect(phrase).toMatch(/aggressive policy$/)
  })

  it('a cut never ends on a predicate that "and" has only just opened', () => {
    const phrase = quote(
      'They further discussed the need to stop proliferation of naval mines and will engage with others to ensure the broadest possible application.',
      { topic: 'other', lensClaim: 'none' },
    )
    expect(phrase).toBe('They further discussed the need to stop proliferation of naval mines')
  })

  it('a cut never ends on the word that joins its clause to the next', () => {
    const phrase = quote(
      'Officially, the Ruritanian fleet will start the FISHING TRUCE and, upon the 12th Hour, the Andean fleet will start the FISHING TRUCE.',
      { topic: 'other', lensClaim: 'none' },
    )
    expect(phrase).not.toMatch(/\b(?:and|or|but)$/)
    expect(phrase.length).toBeGreaterThan(0)
  })

  it('a clause only a few words too long is quoted whole, from its head', () => {
    const text =
      'Anyone that seeks to split the northern islands from Ruritania will be violating the fundamental interests of the nation.'
    expect(quote(text)).toBe(
      'Anyone that seeks to split the northern islands from Ruritania will be violating the fundamental interests of the nation',
    )
  })

  it('a cut never starts inside a quotation: it starts at the opening mark', () => {
    const text =
      'A “cooperative pas de deux of the lion and the unicorn in the northern valleys” should be the right choice for the two kingdoms, he added.'
    const phrase = quote(text)
    expect(text).toContain(phrase)
    // The quotation whole, given without its own marks (the quote is set in marks of its own).
    expect(phrase).toBe(
      'cooperative pas de deux of the lion and the unicorn in the northern valleys',
    )
  })

  it('a bulleted line is quoted without its bullet', () => {
    expect(quote('• Meeting nearly all of the guild’s demands on casting.')).toBe(
      'Meeting nearly all of the guild’s demands on casting',
    )
  })

  it('a quote never ends inside a parenthesis it opened, and a naming one stays in its clause', () => {
    const text = 'The Guild won: the Shared Services Contract (SSC) terms were unlawful.'
    const phrase = quote(text)
    expect(text).toContain(phrase)
    // Not "the Shared Services Contract": what the sentence says of it comes along.
    expect(phrase).toBe('the Shared Services Contract (SSC) terms were unlawful')
    expect(
      quote('The Guild lost after the rival union (the larger one, founded in 1890, with'),
    ).not.toMatch(/\([^)]*$/)
  })

  it('a long clause cut near its end runs on to the end rather than stop on "and set"', () => {
    const text =
      'The minister said that steering the heavy vessel that is the trade relationship requires both leaders to take the wheel and set the right course.'
    const phrase = quote(text, { lensClaim: 'demand' })
    expect(text).toContain(phrase)
    expect(phrase).toMatch(/set the right course$/)
  })

  it('a long clause cut well before its end stops on a whole phrase, not on "of the"', () => {
    const text =
      'The delegations agreed that the ports of the northern coast would reopen to the grain ships of all the riparian states from the first day of the spring season next year.'
    const phrase = quote(text)
    expect(text).toContain(phrase)
    expect(phrase).not.toMatch(/\b(?:of|the|to|from)$/)
    expect(phrase.split(/\s+/).length).toBeLessThanOrEqual(16)
  })

  it('a cut never leaves half of "the Chilean and Peruvian ministers"', () => {
    const text =
      'In my view, it would not be a good idea if there were talks between the Chilean and Peruvian ministers and the envoy of an important Andean country was not also there.'
    const phrase = quote(text)
    expect(text).toContain(phrase)
    expect(phrase).not.toMatch(/\b(?:Chilean|Peruvian|and|the|between)$/)
  })

  it('a cut that would open on "on the phone and called…" opens on what "and" opens', () => {
    const text =
      'Yesterday the minister spoke to his counterpart on the phone and called on him to end the blockade of the northern ports against all the grain ships at once.'
    expect(quote(text)).toMatch(/^called on him to end the blockade/)
  })

  it('a parenthesis is quoted whole, never from its inside', () => {
    const text = 'A 40% rise in fees for lead (tariff-exempt) dancers on touring shows.'
    const phrase = quote(text)
    expect(text).toContain(phrase)
    expect(phrase).toContain('lead (tariff-exempt) dancers')
  })

  it('a list is one clause: a quote neither opens nor stops inside it', () => {
    const text =
      'The ministry stressed that it was vital to settle all the pending contentious issues, quarrels, and conflicts exclusively through trade talks between the two capitals.'
    const phrase = quote(text)
    expect(text).toContain(phrase)
    expect(phrase).not.toMatch(/^(?:quarrels|and)\b/)
    expect(phrase).not.toMatch(/, (?:quarrels|conflicts)$/)
  })

  it('a list of long items is quoted from its head, never from its second item', () => {
    const text =
      'We will be represented by Minister of Fisheries Anna Okafor, Minister of Ports Juan Lindqvist, and the Harbour Commissioner, Mr Tomas Berg.'
    // The list's last items carry the rarest words, so the best clause is inside the list.
    const rare = new Set(['port', 'lindqvist', 'harbour', 'commission'])
    expect(quote(text, { idf: (t) => (rare.has(t) ? 5 : 1) })).toBe(
      'We will be represented by Minister of Fisheries Anna Okafor, Minister of Ports Juan Lindqvist',
    )
  })

  it('a quote that is one quotation whole is given without its marks', () => {
    expect(
      quote('The minister shook his head and said, “I am not pleased with the fisheries deal.”'),
    ).toBe('I am not pleased with the fisheries deal')
  })

  it('holds the words it is anchored on, when the passage has them', () => {
    const text =
      'The union’s latest offer, by itself, would cost more than $900 million per year – which would create an untenable economic burden.'
    expect(quote(text, { anchor: '$900 million' })).toContain('$900 million')
    expect(quote(text, { anchor: 'words it does not have' })).toBe(quote(text))
  })

  it('never opens just after a closing parenthesis', () => {
    const text =
      '• A 58% increase in salaries for major role (guest star) performers wages and residuals on streaming shows.'
    const phrase = quote(text, { topic: 'pay' })
    expect(phrase).toBe(
      'A 58% increase in salaries for major role (guest star) performers wages and residuals on streaming shows',
    )
  })
})
