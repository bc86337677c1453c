/**
 * The people and towns one generated pair talks about. The cast grows with the text, as a longer
 * archive covers more officials and places, so a name stays about as rare at 1 MB as at 10 KB.
 */
import { LAST, makePerson, type Person } from './cast'
import { coinMany, coinSurname, coinTown } from './coined'
import type { Rng } from './prng'

export interface World {
  people: Person[]
  towns: string[]
}

export function makeWorld(rng: Rng, targetChars: number): World {
  const surnames = [...LAST, ...coinMany(rng, Math.round(targetChars / 2000), coinSurname)]
  const people = Array.from({ length: Math.max(20, Math.round(targetChars / 1500)) }, () =>
    makePerson(rng, surnames),
  )
  return { people, towns: coinMany(rng, Math.max(40, Math.round(targetChars / 500)), coinTown) }
}

/** Two people from different countries: the two sides of a readout. */
export function pickCounterparts(rng: Rng, world: World): [Person, Person] {
  const a = rng.pick(world.people)
  let b = rng.pick(world.people)
  while (b.country === a.country) b = rng.pick(world.people)
  return [a, b]
}
