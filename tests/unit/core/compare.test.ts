import { describe, expect, it } from 'vitest'
import { compareAccounts, type Comparison } from '../../../src/core'
import { compareBuiltIn, kremlin, trump } from './builtin-pair'

// Two accounts written for this test: the same talks, told in a different order and with a
// different verdict on progress.
const readoutA = {
  label: 'Ministry statement',
  text: [
    'The foreign ministers met in Vienna on Tuesday for four hours.',
    'They agreed on a prisoner exchange of 50 detainees, to take place next month.',
    'On the ceasefire in the east, the ministers made significant progress toward a lasting truce.',
    'The ministry thanked the Austrian hosts for their hospitality.',
  ].join('\n'),
}
const readoutB = {
  label: 'Opposition briefing',
  text: [
    'There was no progress on the ceasefire in the east, and no truce is in sight.',
    'A prisoner exchange of 30 detainees was agreed, to take place next month.',
    'The ministers met in Vienna for four hours.',
    'Sanctions relief was demanded as a condition for any further talks.',
  ].join('\n'),
}

function invariants(c: Comparison, a: string, b: string) {
  for (const [side, text] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const segs = c.segments[side]
    segs.forEach((s, i) => {
      expect(text.slice(s.start, s.end)).toBe(s.text)
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(segs[i - 1]!.end)
      const covered = s.pieces.map((p) => text.slice(p.start, p.end)).join('')
      if (s.pieces.length) expect(covered).toBe(s.text)
      const other = c.segments[side === 'a' ? 'b' : 'a']
      for (const id of s.counterparts) {
        expect(other.find((o) => o.id === id)?.counterparts).toContain(s.id)
      }
      expect(s.alignment === 'only-here').toBe(s.counterparts.length === 0)
    })
  }
  for (const d of c.divergences) {
    expect(d.a.length).toBeLessThanOrEqual(3)
    expect(d.b.length).toBeLessThanOrEqual(3)
    expect(d.a.length + d.b.length).toBeGreaterThan(0)
  }
}

describe('compareAccounts', () => {
  it('aligns out-of-order accounts and marks the moved passage', () => {
    const c = compareAccounts(readoutA, readoutB)
    invariants(c, readoutA.text, readoutB.text)
    const [met, exchange, ceasefire] = c.segments.a
    expect(met!.counterparts).toEqual(['b2'])
    expect(exchange!.counterparts[0]).toBe('b1')
    expect(ceasefire!.counterparts[0]).toBe('b0')
    expect(c.segments.a.some((s) => s.moved)).toBe(true)
  })

  it('labels opposite progress and different numbers as contradicts, untouched passages as only-here', () => {
    const c = compareAccounts(readoutA, readoutB)
    expect(c.segments.b[0]!.alignment).toBe('contradicts')
    expect(c.segments.b[1]!.alignment).toBe('contradicts')
    expect(c.segments.a[3]!.alignment).toBe('only-here')
    expect(c.segments.b[3]!.alignment).toBe('only-here')
  })

  it('files a passage under a topic only by words that name it, not by words that fit it too', () => {
    const c = compareAccounts(
      {
        label: 'A',
        text: 'The mayor is eager to keep working with the council after passing historic budget laws. Meeting most of the council’s demands on parks, the mayor signed the plan.',
      },
      {
        label: 'B',
        text: 'The council said the park plan still leaves the east side without a pool.',
      },
    )
    // "historic" fits history, "meeting" fits a meeting; neither names one.
    const topics = c.segments.a.map((s) => s.topics)
    expect(topics.flat()).not.toContain('culture')
    expect(topics.flat()).not.toContain('contacts')
  })

  it('marks with jsdiff the words that differ inside an aligned pair', () => {
    const c = compareAccounts(readoutA, readoutB)
    const met = c.segments.b[2]!
    const changed = met.pieces
      .filter((p) => p.changed)
      .map((p) => readoutB.text.slice(p.start, p.end))
    const same = met.pieces
      .filter((p) => !p.changed)
      .map((p) => readoutB.text.slice(p.start, p.end))
    expect(same.join(' ')).toContain('met in Vienna')
    expect(changed.join(' ')).not.toContain('Vienna')
  })

  it('leads the divergences with the focus topic and keeps each divergence to one claim', () => {
    const c = compareAccounts(readoutA, readoutB, { focus: 'ukraine' })
    expect(c.focus).toBe('ukraine')
    const first = c.divergences[0]!
    expect(first.kind).toBe('contradicts')
    expect(first.b).toContain('b0')
    expect(first.quoteB).toMatch(/no progress/i)
  })

  it('proposes a focus itself when none is given', () => {
    const c = compareAccounts(readoutA, readoutB)
    expect(c.topics.map((t) => t.id)).toContain(c.focus)
  })

  it('says when two accounts are identical, and then everything is shared', () => {
    const c = compareAccounts(readoutA, { ...readoutA, label: 'Copy' })
    expect(c.identical).toBe(true)
    expect([...c.segments.a, ...c.segments.b].every((s) => s.alignment === 'shared')).toBe(true)
    expect(c.divergences).toEqual([])
  })

  it('handles empty and whitespace-only accounts', () => {
    const c = compareAccounts({ label: 'A', text: '' }, { label: 'B', text: ' \n\n ' })
    expect(c.segments.a).toEqual([])
    expect(c.segments.b).toEqual([])
    expect(c.divergences).toEqual([])
  })

  it('keeps offsets on the original text when it is not NFC and uses CRLF', () => {
    const a = { label: 'A', text: 'Cafe\u0301 talks stalled.\r\nThe ceasefire in Ukraine holds.' }
    const b = { label: 'B', text: 'The ceasefire in Ukraine does not hold.' }
    invariants(compareAccounts(a, b), a.text, b.text)
  })
})

describe('the built-in pair', () => {
  const c = compareBuiltIn()

  it('holds the invariants', () => invariants(c, kremlin.text, trump.text))

  it('leads with the clash of verdicts on the call, with its reason and speakers', () => {
    const first = c.divergences[0]!
    expect(first.kind).toBe('contradicts')
    const quoted = (ids: string[], side: 'a' | 'b') =>
      ids.map((id) => c.segments[side].find((s) => s.id === id)!.text).join(' ')
    expect(quoted(first.a, 'a')).toMatch(/same page|candid, business-minded, and concrete/)
    expect(quoted(first.b, 'b')).toContain('I’m not happy')
    // Labels and quoted words come isolated (FSI … PDI) so a right-to-left mark cannot leak out.
    expect(first.reason.replace(/[\u2066-\u2069]/g, '')).toMatch(
      /^Opposite verdicts on the talks\. Kremlin readout: “.+” — Trump's remarks: “.+”\.$/,
    )
    expect(first.speakers.b).toBe('Trump')
  })

  it('has the Ukraine-progress contradiction among the first three, quoting both sides', () => {
    const ukraine = c.divergences
      .slice(0, 3)
      .find((d) => d.kind === 'contradicts' && d.topic === 'ukraine')!
    expect(ukraine).toMatchObject({ topicLabel: 'Ukraine — progress' })
    expect(ukraine.quoteB).toContain('make any progress')
    expect(kremlin.text).toContain(ukraine.quoteA)
    expect(ukraine.quoteA).toMatch(/progress|negotiat/)
    expect(ukraine.reason).toContain('make any progress')
  })

  it('does not list “spoke today for about an hour” as a divergence', () => {
    const hour = c.segments.a.find((s) => s.text.includes('for about an hour'))!
    expect(hour.alignment).not.toBe('only-here')
    expect(c.divergences.some((d) => d.a.length === 1 && d.a[0] === hour.id)).toBe(false)
  })
})

describe('negation on a word that is no claim cue', () => {
  // A word negated on one side only is no contradiction: here the two may well both be true
  // (deliveries go on under the contract and stop after December).
  it('does not label "will continue" against "will not continue" as contradicts', () => {
    const a = {
      label: 'A',
      text: 'Both sides confirmed that gas deliveries will continue under the current contract.',
    }
    const b = {
      label: 'B',
      text: 'Gas deliveries through the pipeline will not continue after December.',
    }
    const c = compareAccounts(a, b)
    expect(c.segments.a[0]!.alignment).toBe('reworded')
    expect(c.segments.b[0]!.alignment).toBe('reworded')
    expect(c.divergences.some((d) => d.kind === 'contradicts')).toBe(false)
  })
})

describe('the focus chosen for the reader', () => {
  it('is never a topic only courtesy stands for', () => {
    const c = compareAccounts(
      {
        label: 'Club',
        text: 'The club thanks the members of the tribunal for their work. The salary rules were found unlawful.',
      },
      {
        label: 'League',
        text: 'The league thanks the tribunal for its careful work. The salary rules were upheld in most respects.',
      },
    )
    expect(c.focus).not.toBe('culture')
  })
})

describe('claims that pair on any subject', () => {
  it('pairs the two sides’ warnings of one call, though they name different subjects', () => {
    const c = compareAccounts(
      {
        label: 'Capital A',
        text: [
          'The president spoke with his counterpart for an hour about the river dispute.',
          'He made clear that Alderia and its partners will respond decisively if Borvia moves troops to the dam.',
          'Both agreed to let their water engineers meet in March.',
        ].join('\n'),
      },
      {
        label: 'Capital B',
        text: [
          'Our leader held an hour-long conversation on the river.',
          'He said new tariffs on our grain would be a grave mistake, fraught with a complete rupture of relations.',
          'The water engineers will meet in March.',
        ].join('\n'),
      },
    )
    const warningA = c.segments.a.find((s) => s.text.includes('respond decisively'))!
    const warningB = c.segments.b.find((s) => s.text.includes('grave mistake'))!
    expect(warningA.counterparts).toEqual([warningB.id])
    const d = c.divergences.find((x) => x.a.includes(warningA.id))!
    expect(d.b).toContain(warningB.id)
    // The reason tells the exchange in each side's words.
    const reason = d.reason.replace(/[\u2066-\u2069]/g, '')
    expect(reason).toMatch(/^Both make it a warning\. Capital A: “[^”]*respond decisively[^”]*” — /)
    expect(reason).toMatch(/Capital B: “[^”]*grave mistake[^”]*”\.$/)
  })
})

describe('a second warning stays one side’s own', () => {
  it('a warning with a partner on its topic keeps it; another warning finds no partner left', () => {
    const c = compareAccounts(
      {
        label: 'Capital A',
        text: [
          'The president said new tariffs on grain would have serious consequences.',
          'The president had lunch with the visiting delegation.',
          'He also warned that any move on Taiwan would meet a decisive response.',
        ].join('\n'),
      },
      {
        label: 'Capital B',
        text: [
          'The delegation enjoyed the lunch.',
          'Interference over Taipei and the strait would be a grave error, our side warned.',
        ].join('\n'),
      },
    )
    const tariffs = c.segments.a.find((s) => s.text.includes('tariffs'))!
    const taiwan = c.segments.a.find((s) => s.text.includes('Taiwan'))!
    const taipei = c.segments.b.find((s) => s.text.includes('Taipei'))!
    expect(taiwan.counterparts).toContain(taipei.id)
    expect(tariffs.counterparts).toEqual([])
  })
})

describe('reasons name a figure only where a quantity is stated', () => {
  it('"the two countries" is no figure; "$5 billion" is', () => {
    const c = compareAccounts(
      {
        label: 'Ministry',
        text: 'The ministers met in Oslo.\nThe two countries see the river as a shared heritage.\nThe dam will cost $5 billion.',
      },
      { label: 'Agency', text: 'The ministers met in Oslo.' },
    )
    const reasonOf = (words: string) =>
      c.divergences.find((d) => c.segments.a.find((s) => s.id === d.a[0])?.text.includes(words))
        ?.reason ?? ''
    expect(reasonOf('shared heritage')).not.toContain('a figure')
    expect(reasonOf('$5 billion')).toContain('a figure')
  })
})

describe('a reframing’s reason names what only one side specifies', () => {
  /** The reason of the reframing when the Ministry tells of the next meeting as `meeting`. */
  const reasonFor = (meeting: string) => {
    const c = compareAccounts(
      { label: 'Ministry', text: `The talks were held in the capital.\n${meeting}` },
      {
        label: 'Agency',
        text: 'The talks were held in the capital.\nAnother meeting of the envoys is planned for the spring, to complete the accord.',
      },
    )
    return c.divergences.find((x) => x.kind === 'reframed')!.reason.replace(/[\u2066-\u2069]/g, '')
  }

  it('a place one account names and the other never does', () => {
    expect(
      reasonFor('The envoys plan to meet again in the spring, in Geneva, to finish the accord.'),
    ).toBe('Both tell of it; only Ministry names “Geneva”.')
  })

  it('a two-word name whole, and never the one who speaks', () => {
    expect(
      reasonFor(
        'The envoys plan to meet again in the spring, in the Middle East, as Okafor reported, to finish the accord.',
      ),
    ).toBe('Both tell of it; only Ministry names “Middle East”.')
  })

  it('no capital or country the other account names in other words', () => {
    const c = compareAccounts(
      {
        label: 'Ministry',
        text: 'The talks were held in the capital.\nThe envoys from Washington plan to meet again in the spring, to finish the accord.',
      },
      {
        label: 'Agency',
        text: 'The talks were held in the capital.\nAnother meeting of the United States envoys is planned for the spring, to complete the accord.',
      },
    )
    const reason = c.divergences.find((x) => x.kind === 'reframed')!.reason
    expect(reason.replace(/[\u2066-\u2069]/g, '')).toBe('Both tell of it, in different words.')
  })
})

describe('a divergence with no topic', () => {
  it('is headed by the strongest claim it makes, not “Other”', () => {
    const c = compareAccounts(
      {
        label: 'Union',
        text: 'The studios walked away from the bargaining table.\nThe studios are using bully tactics against our members.',
      },
      {
        label: 'Studios',
        text: 'The studios walked away from the bargaining table.\nThe offer would cost the studios 800 million dollars a year.',
      },
    )
    const headings = c.divergences.map((d) => `${d.kind}: ${d.topicLabel}`)
    expect(headings).toContain('only-a: Accusations')
    expect(headings).toContain('only-b: Figures')
  })

  it('a clash is headed by the claims it sets against each other', () => {
    const c = compareAccounts(
      {
        label: 'Guild',
        text: 'The panel found the casting rules to be discriminatory, and the board must repeal them.',
      },
      {
        label: 'Board',
        text: 'The panel found the casting rules fair and non-discriminatory.',
      },
    )
    const clash = c.divergences.find((d) => d.kind === 'contradicts')!
    // An accusation denied, though the guild's passage also makes a demand, which weighs more.
    expect(clash.topicLabel).toBe('Accusations')
  })
})
