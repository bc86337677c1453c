// @vitest-environment node
/**
 * The size of links of three accounts (docs/links.md, "Sizes"), measured on whole URLs: three pasted
 * accounts of 1,000 characters each with labels and one highlight stay within the 2,000 characters chat
 * and mail keep, as two of 1,500 do.
 */
import { describe, expect, it } from 'vitest'
import {
  createRange,
  encodeManyLink,
  SAFE_LINK_LENGTH,
  type ManyLinkState,
} from '../../../src/core/permalink'
import { ESTMARK_READOUT, NORLAND_READOUT } from './prose'

const BASE = 'https://parallax.example/'

// A third invented account of the same invented call, worded independently: the mediator's note.
const MEDIATOR_NOTE = `The Nordic Council's mediator, Ms Liis Tamm, was informed of this afternoon's telephone call between Prime Minister Villem and President Reik and welcomed the resumption of direct contact at the highest level. She noted that neither government has yet accepted the proposal for a joint inspection regime on the northern shelf, and that the fishing fleets of both countries remain in port. The mediator will hold separate meetings with the two delegations in Tallhavn next week and intends to present a revised quota framework before the end of the month. She reiterated that any settlement must protect the stocks of cod and herring, which scientists describe as under severe pressure, and that the Council stands ready to host a trilateral meeting once both sides have agreed to the terms of reference. No date for such a meeting has been set. The mediator also urged both capitals to refrain from statements that could inflame opinion while the talks are under way.`

describe('m1 link sizes', () => {
  it('three pasted accounts of 1,000 characters, labels and one highlight: ≤ 2,000', async () => {
    const texts = [NORLAND_READOUT, ESTMARK_READOUT, MEDIATOR_NOTE].map((t) => t.slice(0, 1_000))
    const quote =
      'neither government has yet accepted the proposal for a joint inspection regime on the northern shelf'
    const at = texts[2]!.indexOf(quote)
    const state: ManyLinkState = {
      kind: 'many',
      accounts: [
        { label: 'Norland government readout', text: texts[0]! },
        { label: 'Estmark presidential office', text: texts[1]! },
        { label: 'Nordic Council mediator', text: texts[2]! },
      ],
      ranges: [createRange('c', texts[2]!, at, at + quote.length)],
    }
    const url = BASE + (await encodeManyLink(state))
    console.info(`m1, 3 × 1,000 characters + one highlight: ${url.length} characters`)
    expect(url.length).toBeLessThanOrEqual(SAFE_LINK_LENGTH)
  })
})
