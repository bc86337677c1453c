// @vitest-environment node
/** Links and files of three to five accounts: `m1` and comparison file version 3. */
import { describe, expect, it } from 'vitest'
import {
  createRange,
  encodeLink,
  encodeManyLink,
  fromComparisonFile,
  readComparisonFile,
  readLink,
  toComparisonFile,
  toManyComparisonFile,
  type ManyLinkState,
  type PastedAccount,
} from '../../../src/core/permalink'
import { compressJson } from '../../../src/core/permalink/pasted'

const texts = [
  'The port authority met the dockers on Tuesday.',
  'The dockers met the port authority on Tuesday.\r\nNegotiations continue on Friday.',
  'No negotiations are planned for Friday.',
  'The mayor called for calm.',
]
const accounts = (n: number): PastedAccount[] =>
  texts.slice(0, n).map((text, i) => ({ label: `Account ${i + 1}`, text }))

const state: ManyLinkState = {
  kind: 'many',
  accounts: [...accounts(2), { label: 'City hall', text: texts[2]!, date: '2025-05-06' }],
  ranges: [createRange('c', texts[2]!, 0, 39), createRange('b', texts[1]!, 48, 80)],
  focus: 'trade',
}

const m1 = async (json: object) => `#m1.${await compressJson(json)}.e`

describe('m1 links', () => {
  it('round-trip three to five accounts with highlights in any of them', async () => {
    expect(await readLink(await encodeManyLink(state))).toEqual({
      ok: true,
      value: state,
      warnings: [],
    })
    const five: ManyLinkState = {
      kind: 'many',
      accounts: [...accounts(4), { label: 'Fifth', text: 'A fifth account.' }],
      ranges: [createRange('e', 'A fifth account.', 2, 7)],
    }
    const read = await readLink(await encodeManyLink(five))
    expect(read).toEqual({ ok: true, value: five, warnings: [] })
  })

  it('still reads the forms of pairs', async () => {
    const pair = { kind: 'pasted' as const, a: accounts(1)[0]!, b: accounts(2)[1]!, ranges: [] }
    expect(await readLink(await encodeLink(pair))).toEqual({ ok: true, value: pair, warnings: [] })
  })

  it('refuses to write fewer than three or more than five accounts, or a range past the last', async () => {
    await expect(encodeManyLink({ ...state, accounts: accounts(2) })).rejects.toThrow(RangeError)
    const six = [...accounts(4), ...accounts(2)]
    await expect(encodeManyLink({ ...state, accounts: six })).rejects.toThrow(RangeError)
    const past = { ...state, ranges: [createRange('d', texts[3]!, 0, 4)] }
    await expect(encodeManyLink(past)).rejects.toThrow(/cannot be put in a link/)
  })

  it('says a cut-off link was cut off, and a damaged one damaged', async () => {
    const link = await encodeManyLink(state)
    expect(await readLink(link.slice(0, -2))).toMatchObject({ error: { code: 'truncated' } })
    expect(await readLink(link.slice(0, 30) + '.e')).toMatchObject({ error: { code: 'corrupt' } })
    expect(await readLink(await m1({ n: accounts(2) }))).toMatchObject({
      ok: false,
      error: { code: 'corrupt' },
    })
    expect(await readLink(await m1({ n: [...accounts(2), { l: 'no text' }] }))).toMatchObject({
      error: { code: 'corrupt' },
    })
  })

  it('drops a highlight in an account the link does not hold, naming the account', async () => {
    const short = (a: PastedAccount) => ({ l: a.label, t: a.text })
    const read = await readLink(
      await m1({ n: accounts(3).map(short), h: ['d0-4', 'c0-2', 'x1-2'] }),
    )
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.value.ranges).toEqual([{ side: 'c', start: 0, end: 2 }])
    expect(read.warnings.map((w) => w.message)).toEqual([
      'One highlighted passage in this link is damaged and was left out.',
      'A highlighted passage points past the end of the fourth account, so it is not highlighted.',
    ])
  })
})

describe('comparison files of many accounts', () => {
  it('are version 3, with the accounts as a list, and round-trip', () => {
    const file = toManyComparisonFile(state)
    expect(JSON.parse(file)).toMatchObject({
      format: 'parallax-comparison',
      version: 3,
      accounts: [{ label: 'Account 1' }, { label: 'Account 2' }, { date: '2025-05-06' }],
      highlights: [`c0-39~${state.ranges[0]!.check}`, expect.stringMatching(/^b/)],
      focus: 'trade',
    })
    expect(readComparisonFile(file)).toEqual({ ok: true, value: state, warnings: [] })
  })

  it('are "newer" to the reader of pairs, while readComparisonFile reads every version', () => {
    expect(fromComparisonFile(toManyComparisonFile(state))).toMatchObject({
      error: { code: 'unknown-version' },
    })
    const pair = { kind: 'pasted' as const, a: accounts(1)[0]!, b: accounts(2)[1]!, ranges: [] }
    expect(readComparisonFile(toComparisonFile(pair))).toEqual({
      ok: true,
      value: pair,
      warnings: [],
    })
  })

  it('say a damaged file is damaged', () => {
    const damaged = readComparisonFile(
      JSON.stringify({ format: 'parallax-comparison', version: 3, accounts: [] }),
    )
    expect(damaged).toMatchObject({
      ok: false,
      error: {
        code: 'corrupt',
        message: 'This comparison file is missing its texts or is damaged.',
      },
    })
  })
})
