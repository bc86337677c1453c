/**
 * The facts behind one paragraph: who met where and when, and the numbers they traded. Both accounts
 * render the same facts; the second account sometimes changes a number, which is what a reader hunts for.
 */
import { BODIES, CITIES, GOODS, REGIONS, VENUES, type Person } from './cast'
import type { Rng } from './prng'
import { pickCounterparts, type World } from './world'

export interface DateFact {
  day: number
  /** 0-based month. */
  month: number
  year: number
}

export interface Facts {
  a: Person
  b: Person
  city: string
  venue: string
  region: string
  good: string
  body: string
  /** Smaller places, each named only a few times in a whole account. */
  town: string
  town2: string
  date: DateFact
  /** A later month (0-based), for follow-up meetings and deadlines. */
  next: number
  count: number
  count2: number
  /** Billions of dollars. */
  amount: number
  pct: number
  pct2: number
  hours: number
  days: number
  sites: number
  /** The year of an earlier agreement. */
  year: number
  /** Years of diplomatic relations. */
  years: number
}

export function makeFacts(rng: Rng, world: World): Facts {
  const [a, b] = pickCounterparts(rng, world)
  const month = rng.int(0, 11)
  return {
    a,
    b,
    city: rng.pick(CITIES),
    venue: rng.pick(VENUES),
    region: rng.pick(REGIONS),
    good: rng.pick(GOODS),
    body: rng.pick(BODIES),
    town: rng.pick(world.towns),
    town2: rng.pick(world.towns),
    date: { day: rng.int(1, 28), month, year: rng.int(2019, 2025) },
    next: (month + rng.int(1, 5)) % 12,
    count: rng.int(12, 1500),
    count2: rng.int(3, 90),
    amount: rng.int(5, 900) / 10,
    pct: rng.int(2, 45),
    pct2: rng.int(3, 60),
    hours: rng.int(2, 7),
    days: rng.pick([3, 5, 7, 10, 14, 30, 60]),
    sites: rng.int(2, 9),
    year: rng.int(1994, 2018),
    years: rng.int(20, 120),
  }
}

/** One account's version of the numbers: each one nudged up or down, as a disputed figure would be. */
export function changeNumbers(facts: Facts, rng: Rng): Facts {
  const nudge = (n: number, step: number) => {
    const delta = Math.max(step, Math.round((n * rng.int(10, 40)) / 100 / step) * step)
    return rng.chance(0.5) || n - delta <= 0 ? n + delta : n - delta
  }
  return {
    ...facts,
    count: nudge(facts.count, 1),
    count2: nudge(facts.count2, 1),
    amount: Math.round(nudge(facts.amount * 10, 1)) / 10,
    pct: nudge(facts.pct, 1),
    pct2: nudge(facts.pct2, 1),
    hours: nudge(facts.hours, 1),
    days: nudge(facts.days, 1),
    sites: nudge(facts.sites, 1),
  }
}
