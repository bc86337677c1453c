/**
 * Who and what the generated readouts talk about. Invented people, real-sounding offices and places:
 * enough variety that a 1 MB account does not repeat itself every few lines (which would make every
 * word common and flatter or punish the alignment's inverted index), as real archives of readouts do not.
 */
import type { Rng } from './prng'

/** A word list written as prose: comma- or line-separated, so the data stays compact and readable. */
const list = (text: string): string[] =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)

const WOMEN = list(`
  Alina, Camila, Elena, Greta, Ines, Kalina, Marta, Olga, Rania, Tamara, Vera, Yasmin, Amara,
  Celine, Esther, Hana, Julia, Lidia, Nadia, Petra
`)
const MEN = list(`
  Adrian, Bogdan, Darius, Farid, Hakan, Jonas, Leon, Nikolai, Pavel, Samir, Ulrich, Walter,
  Zoran, Bruno, Dmitri, Felix, Ivo, Karim, Matteo, Oskar
`)
export const LAST = list(`
  Albrecht, Baranov, Castell, Demir, Eriksen, Falk, Gorev, Halvorsen, Ilyin, Jansen, Kovacs,
  Lindqvist, Moreau, Novak, Orlov, Petrescu, Quist, Rahimi, Serrano, Tamm, Urbanek, Varga,
  Weller, Yilmaz, Zeman, Aksoy, Brandt, Costa, Dragan, Engel, Fischer, Galan, Horvat,
  Kader, Larsen, Mazur, Nilsen, Okafor, Pereira, Reyes, Stein, Toma, Vidal, Wolff, Zielinski,
  Aziz, Bauer, Carvalho, Duval
`)
/** Country and adjective: "Poland/Polish". */
const COUNTRIES = list(`
  Norway/Norwegian, Turkey/Turkish, Brazil/Brazilian, Japan/Japanese, Egypt/Egyptian,
  Poland/Polish, India/Indian, Mexico/Mexican, Kenya/Kenyan, Austria/Austrian, Qatar/Qatari,
  Chile/Chilean, Finland/Finnish, Vietnam/Vietnamese, Morocco/Moroccan, Portugal/Portuguese,
  Kazakhstan/Kazakh, Indonesia/Indonesian, Ghana/Ghanaian, Greece/Greek
`).map((pair) => pair.split('/') as [string, string])
const TITLES = list(`
  President, Prime Minister, Foreign Minister, Defence Minister, Trade Minister,
  Energy Minister, National Security Adviser, Special Envoy, Deputy Foreign Minister,
  Finance Minister
`)
export const CITIES = list(`
  Geneva, Istanbul, Doha, Vienna, Helsinki, Riyadh, Oslo, Abu Dhabi, Singapore, Brussels,
  Astana, Jeddah, Muscat, Baku, Rome, Cairo, Nairobi, Lisbon, Warsaw, Tokyo, Ankara, Budapest,
  Minsk, Belgrade, Hanoi, Rabat, Santiago, Accra
`)
export const REGIONS = list(`
  eastern Ukraine, the Black Sea, Gaza, the Taiwan Strait, the Korean Peninsula, the Red Sea,
  the South Caucasus, the Sahel, the Horn of Africa, the Baltic region, northern Syria,
  the Western Balkans, Zaporizhzhia, the Strait of Hormuz, Transnistria
`)
export const GOODS = list(`
  grain, fertilizer, liquefied natural gas, crude oil, wheat, steel, semiconductors,
  rare earth metals, pharmaceuticals, aluminium, coal, soybeans, machinery, timber
`)
export const BODIES = list(`
  the United Nations, the International Atomic Energy Agency, the Red Cross, the OSCE,
  the World Trade Organization, the African Union, the G20, the European Commission,
  the Security Council, the IMF
`)
export const VENUES = list(`
  the presidential palace, the foreign ministry, a government guest house, the embassy,
  the summit venue, a hotel on the lakeshore, the chancellery, the parliament building
`)
export const MONTHS = list(`
  January, February, March, April, May, June, July, August, September, October, November,
  December
`)

export interface Person {
  /** "Foreign Minister Elena Varga". */
  full: string
  /** "Ms Varga", for later mentions. */
  short: string
  /** "the Polish foreign minister". */
  role: string
  country: string
  /** "Polish", as in "the Polish side". */
  nation: string
}

export function makePerson(rng: Rng, surnames: readonly string[] = LAST): Person {
  const female = rng.chance(0.45)
  const first = rng.pick(female ? WOMEN : MEN)
  const last = rng.pick(surnames)
  const title = rng.pick(TITLES)
  const [country, adjective] = rng.pick(COUNTRIES)
  // "Mr." with a full stop now and then: the segmenter must not end a sentence there.
  const honorific = female ? 'Ms' : rng.chance(0.3) ? 'Mr.' : 'Mr'
  return {
    full: `${title} ${first} ${last}`,
    short: `${honorific} ${last}`,
    role: `the ${adjective} ${title.toLowerCase()}`,
    country,
    nation: adjective,
  }
}
