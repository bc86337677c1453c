/**
 * Two accounts of one round of talks, written for these tests (the ministers and countries are made up).
 * Planted divergences: the prisoner exchange (agreed vs no progress) and gas transit (continues vs ends)
 * contradict each other; fertilizer sanctions are only in the first, the detained journalists only in
 * the second.
 */
export const MINISTRY_LABEL = 'Ministry statement'
export const ENVOY_LABEL = 'Minister Osei’s remarks'

export const MINISTRY_TEXT = `On Tuesday, Foreign Minister Anna Keller held talks in Vienna with her counterpart Daniel Osei. The two ministers spoke for three hours in a constructive atmosphere.

The ministers agreed on a prisoner exchange of forty detainees on each side, to take place before the end of the month. Keller said the sides had made real progress on humanitarian issues.

They also discussed gas transit through the northern pipeline. Both sides confirmed that gas deliveries will continue under the current contract after December.

Keller raised the question of sanctions and said that lifting the restrictions on fertilizer exports would help farmers in both countries.

The ministers agreed to meet again in Geneva in September.`

export const ENVOY_TEXT = `I met Minister Keller in Vienna today. We talked for about two hours, and frankly the talks were difficult.

There was no progress on the prisoner exchange. We did not agree on any numbers, and no date was set.

On gas, I told her plainly: the transit contract ends in December and gas deliveries through the pipeline will not continue.

We will meet again in Geneva in September, if there is something to discuss.

I also raised the detention of two of our journalists, who have been held for eight months without charge.`

const VOCABULARY =
  'talks minister ceasefire sanctions progress delegation envoy agreed said leaders call conversation energy grain prisoners exchange meeting summit tariffs trade security peace proposal negotiations Geneva Vienna humanitarian corridor statement readout president adviser framework settlement border supplies reconstruction economy cooperation dialogue relations'.split(
    ' ',
  )
const FUNCTION_WORDS = 'the of and to in a that on with for by was were is not any'.split(' ')

/**
 * Deterministic prose-like text of about `chars` characters: sentences of 8 to 27 words over a shared
 * vocabulary, 3 to 6 sentences a paragraph. Different seeds give texts that share words, not sentences.
 */
export function generatedProse(chars: number, seed: number): string {
  let state = seed
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const pick = (words: string[]) => words[Math.floor(random() * words.length)]!
  const word = () => (random() < 0.4 ? pick(FUNCTION_WORDS) : pick(VOCABULARY))
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 20) }, word).join(' ')
    return `${words[0]!.toUpperCase()}${words.slice(1)}.`
  }
  const paragraphs: string[] = []
  let length = 0
  while (length < chars) {
    const paragraph = Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ')
    paragraphs.push(paragraph)
    length += paragraph.length + 2
  }
  return paragraphs.join('\n\n')
}
