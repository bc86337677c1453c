// @vitest-environment node
/** The .json comparison file offered for comparisons too long for a link. */
import { describe, expect, it } from 'vitest'
import {
  createRange,
  fromComparisonFile,
  toComparisonFile,
  type LinkCorrections,
  type NormalizedPassagePair,
  type PastedLinkState,
} from '../../../src/core/permalink'

const text = 'A long account. '.repeat(3_000)
const state: PastedLinkState = {
  kind: 'pasted',
  a: { label: 'Kremlin', text, source: 'http://kremlin.example/1', date: '2025-07-03' },
  b: { label: 'White House', text: `${text}And more.` },
  ranges: [createRange('b', `${text}And more.`, text.length, text.length + 9)],
  focus: 'custom',
  keywords: ['account'],
}

describe('comparison file', () => {
  it('is readable JSON with a format tag and version', () => {
    const file = toComparisonFile(state)
    const json = JSON.parse(file)
    expect(json).toMatchObject({
      format: 'parallax-comparison',
      version: 1,
      a: { label: 'Kremlin', source: 'http://kremlin.example/1', date: '2025-07-03' },
      b: { label: 'White House' },
      highlights: [`b${text.length}-${text.length + 9}~${state.ranges[0]!.check}`],
      focus: 'custom',
      keywords: ['account'],
    })
    expect(fromComparisonFile(file)).toEqual({ ok: true, value: state, warnings: [] })
  })

  it('refers to a built-in pair by id and revision', () => {
    const builtin = { kind: 'builtin' as const, pair: 'p', revision: 2, ranges: [] }
    expect(JSON.parse(toComparisonFile(builtin))).toEqual({
      format: 'parallax-comparison',
      version: 1,
      pair: 'p@2',
    })
    expect(fromComparisonFile(toComparisonFile(builtin), { knownPairs: ['p@1'] })).toMatchObject({
      ok: false,
      error: { code: 'unknown-pair' },
      recovered: { revision: 1 },
    })
  })

  it('opens a file saved with a byte-order mark', () => {
    expect(fromComparisonFile(`\uFEFF${toComparisonFile(state)}`)).toMatchObject({ ok: true })
  })

  it('names what is wrong with other files', () => {
    const code = (t: string) => {
      const r = fromComparisonFile(t)
      return r.ok ? 'ok' : r.error.code
    }
    expect(code('not json')).toBe('corrupt')
    expect(code('{"format":"something-else","version":1}')).toBe('not-a-link')
    expect(code('{"format":"parallax-comparison","version":3}')).toBe('unknown-version')
    expect(code('{"format":"parallax-comparison","version":"1"}')).toBe('corrupt')
    expect(code('{"format":"parallax-comparison","version":1,"a":{"text":"x"}}')).toBe('corrupt')
    const r = fromComparisonFile('{"format":"parallax-comparison","version":1}')
    expect(!r.ok && r.error.message).toBe(
      'This comparison file is missing its texts or is damaged.',
    )
  })
})

describe('what a comparison file’s reader is told', () => {
  const file = (fields: object) =>
    JSON.stringify({ format: 'parallax-comparison', version: 1, ...fields })

  it('speaks of the file, not of a link', () => {
    const damaged = fromComparisonFile(
      file({ a: { text: 'x' }, b: { text: 'y' }, highlights: ['a0-', 'b9'], focus: 7 }),
    )
    expect(damaged.warnings.map((w) => w.message)).toEqual([
      '2 highlighted passages in this comparison file are damaged and were left out.',
      'Part of this comparison file was not understood and was ignored.',
    ])
    const unknown = fromComparisonFile(file({ pair: 'other-pair@1' }), {
      knownPairs: ['2025-07-03-putin-trump@1'],
    })
    expect(!unknown.ok && unknown.error.message).toBe(
      'This comparison file points to a built-in comparison that this version of Parallax does not have.',
    )
    const revision = fromComparisonFile(file({ pair: '2025-07-03-putin-trump@3' }), {
      knownPairs: ['2025-07-03-putin-trump@1'],
    })
    expect(!revision.ok && revision.error.message).toMatch(
      /^This comparison file was made for revision 3/,
    )
  })
})

describe('comparison file with the reader’s alignment corrections', () => {
  const pasted = {
    kind: 'pasted' as const,
    a: { label: 'A', text: 'One. Two.' },
    b: { label: 'B', text: 'Uno. Dos.' },
    ranges: [],
  }

  it('is version 2 only when it holds corrections, and reads them back', () => {
    expect(JSON.parse(toComparisonFile(pasted)).version).toBe(1)
    const pair = { a: 5, b: 5 } as NormalizedPassagePair
    const corrections: LinkCorrections = { link: [pair], unlink: [] }
    const text = toComparisonFile({ ...pasted, corrections })
    expect(JSON.parse(text)).toMatchObject({ version: 2, alignmentEdits: ['l5-5'] })
    expect(fromComparisonFile(text)).toEqual({
      ok: true,
      value: { ...pasted, corrections },
      warnings: [],
    })
  })

  it('ignores corrections in a version 1 file, which cannot hold them', () => {
    const v1 = JSON.stringify({
      format: 'parallax-comparison',
      version: 1,
      ...{ a: { label: 'A', text: 'x' }, b: { label: 'B', text: 'y' } },
      alignmentEdits: ['l0-0'],
    })
    const result = fromComparisonFile(v1)
    expect(result.ok && result.value.corrections).toBeUndefined()
  })
})
