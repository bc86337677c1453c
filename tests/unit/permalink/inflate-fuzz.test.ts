// @vitest-environment node
/**
 * The inflate cap under fuzz: whatever bytes a link carries (random, or a real compressed payload with
 * bytes flipped, inserted, deleted or cut off), inflating returns a result value, never rejects, and
 * stops within one output chunk of the cap instead of buffering the rest.
 */
import fc from 'fast-check'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { inflateRawCapped } from '../../../src/core/permalink/deflate'
import { RUNS, TIMEOUT } from './arbitraries'

/** Small, so that a fuzzed payload actually reaches it. */
const CAP = 4096
/** DEFLATE expands at most ~1032×, and the inflater is fed 1 KB pieces (deflate.ts). */
const OVERSHOOT = 1032 * 1024

const deflate = (data: Uint8Array) => new Uint8Array(deflateRawSync(data, { level: 9 }))

/** Compressed payloads of repetitive and random content, around and far past the cap (a 4 MB bomb). */
const payload = fc.oneof(
  fc.nat(CAP * 4).map((n) => deflate(Buffer.alloc(n, 'a'))),
  fc.uint8Array({ maxLength: CAP * 2 }).map(deflate),
  fc.constant(deflate(Buffer.alloc(4 * 1024 * 1024, 'b'))),
)

type Damage =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'insert'; at: number; byte: number }
  | { kind: 'delete'; at: number }
  | { kind: 'truncate'; at: number }

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
)

function apply(bytes: Uint8Array, d: Damage): Uint8Array {
  const at = d.at % (bytes.length + 1)
  const before = bytes.subarray(0, at)
  switch (d.kind) {
    case 'flip':
      return Uint8Array.from([...before, d.byte, ...bytes.subarray(at + 1)])
    case 'insert':
      return Uint8Array.from([...before, d.byte, ...bytes.subarray(at)])
    case 'delete':
      return Uint8Array.from([...before, ...bytes.subarray(at + 1)])
    case 'truncate':
      return before.slice()
  }
}

async function expectCapped(bytes: Uint8Array) {
  const result = await inflateRawCapped(bytes, CAP)
  if (result.ok) expect(result.bytes.byteLength).toBeLessThanOrEqual(CAP)
  else if (result.reason === 'too-large') {
    expect(result.inflated).toBeGreaterThan(CAP)
    expect(result.inflated).toBeLessThanOrEqual(CAP + OVERSHOOT)
  } else expect(result.reason).toBe('corrupt')
}

describe('inflateRawCapped under fuzz', { timeout: TIMEOUT }, () => {
  it('random bytes: a result value within the cap, never a rejection', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), expectCapped), {
      numRuns: RUNS,
    })
  })

  it('damaged compressed payloads: a result value within the cap, never a rejection', async () => {
    await fc.assert(
      fc.asyncProperty(payload, fc.array(damage, { maxLength: 4 }), async (bytes, ds) => {
        await expectCapped(ds.reduce(apply, bytes))
      }),
      { numRuns: RUNS },
    )
  })
})
