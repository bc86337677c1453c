/**
 * Coined proper names: towns and surnames built from syllables. Real archives of readouts name
 * hundreds of towns, plants, ports and officials, each only a few times; that long tail of rare words
 * is what tells one passage from another in a long text, and a closed word list cannot supply it.
 */
import type { Rng } from './prng'

const ONSETS = 'b d g k l m n p r s t v z br dr kr st tr sh ch'.split(' ')
const VOWELS = 'a e i o u ia ou'.split(' ')
const TOWN_ENDS = 'sk ovo ino ka ets burg abad pol grad ville stad ara'.split(' ')
const SURNAME_ENDS = 'ov ic sen escu er ani enko ez is ström oglu an'.split(' ')

function syllables(rng: Rng, count: number): string {
  let out = ''
  for (let k = 0; k < count; k++) out += rng.pick(ONSETS) + rng.pick(VOWELS)
  return out
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1)

export function coinTown(rng: Rng): string {
  return capital(syllables(rng, rng.int(1, 2)) + rng.pick(TOWN_ENDS))
}

export function coinSurname(rng: Rng): string {
  return capital(syllables(rng, rng.int(1, 2)) + rng.pick(SURNAME_ENDS))
}

/** `count` distinct names from `coin`. */
export function coinMany(rng: Rng, count: number, coin: (rng: Rng) => string): string[] {
  const names = new Set<string>()
  while (names.size < count) names.add(coin(rng))
  return [...names]
}
