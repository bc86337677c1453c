/**
 * How one account words a sentence: which synonym, which clause first, which date and number style,
 * and which way the claim goes. Each account draws its own choices, so the same facts come out
 * reworded the way two press offices would write them.
 */
import { MONTHS } from './cast'
import type { DateFact } from './facts'
import type { Rng } from './prng'

export interface Wording {
  /** One of a few ways to say the same thing. */
  pick(...options: string[]): string
  /** A leading adverbial ("on 3 May") that one telling puts first and another puts last. */
  lead(adverbial: string, main: string): string
  /** The claim as this account has it: the positive or the negative version. */
  claim(yes: string, no: string): string
  date(d: DateFact): string
  month(m: number): string
  /** Small numbers in words or digits. */
  num(n: number): string
  /** Larger counts with thousands separators. */
  count(n: number): string
  /** Billions of dollars. */
  money(billions: number): string
  pct(n: number): string
}

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]

export function createWording(rng: Rng, positive: boolean): Wording {
  const month = (m: number) => MONTHS[m % 12]!
  return {
    pick: (...options) => rng.pick(options),
    // Adverbials are written in lower case: the sentence's first letter is capitalized when rendered.
    lead: (adverbial, main) =>
      rng.chance(0.65)
        ? `${adverbial}, ${main}`
        : `${main}${attribution(adverbial) ? ',' : ''} ${adverbial}`,
    claim: (yes, no) => (positive ? yes : no),
    date: (d) =>
      rng.pick([
        `${d.day} ${month(d.month)} ${d.year}`,
        `${month(d.month)} ${d.day}, ${d.year}`,
        `${d.day} ${month(d.month)}`,
      ]),
    month,
    num: (n) => (n <= 10 && rng.chance(0.7) ? SMALL[n]! : String(n)),
    count: (n) => n.toLocaleString('en-US'),
    money: (b) => rng.pick([`$${b} billion`, `${b} billion dollars`, `US$${b}bn`]),
    pct: (n) => rng.pick([`${n} per cent`, `${n}%`, `${n} percent`]),
  }
}

/** "…, according to X" keeps its comma at the end of a sentence; "on 3 May" needs none. */
const attribution = (adverbial: string) => /^(according|as)\b/.test(adverbial)
