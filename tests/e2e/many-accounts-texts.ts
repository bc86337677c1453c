/**
 * Three accounts of one round of ceasefire talks, written for the many-account tests (the places are
 * real, the talks are made up). Planted: a clash (the ministry says a prisoner exchange was agreed, the
 * rebel council that no agreement was reached; the mediators say nothing of it), a split (the ministry
 * and the council say talks resume on Monday, the mediators that none are scheduled), and a claim each
 * account alone makes (a humanitarian corridor; detained journalists; a Security Council briefing).
 */
export const MINISTRY = 'Foreign Ministry'
export const COUNCIL = 'Rebel council'
export const MEDIATORS = 'Qatari mediators'

export const MINISTRY_TEXT = `Delegations of the government and the rebel council met in Doha on Sunday for a second round of ceasefire talks, hosted by Qatari mediators.

The two sides agreed to an exchange of prisoners before the end of the month.

Talks will resume in Doha on Monday.

A humanitarian corridor to the port of Hodeidah will open on Wednesday.`

export const COUNCIL_TEXT = `The rebel council's delegation met government negotiators in Doha on Sunday, with Qatari mediators present.

No agreement was reached on an exchange of prisoners.

Talks will resume in Doha on Monday.

The council demands the release of all detained journalists.`

export const MEDIATORS_TEXT = `Qatari mediators hosted the government and the rebel council in Doha on Sunday for the second round of ceasefire talks.

No talks are scheduled for Monday.

The mediators will brief the Security Council on Thursday.`

export const THREE_ACCOUNTS = [
  { label: MINISTRY, text: MINISTRY_TEXT },
  { label: COUNCIL, text: COUNCIL_TEXT },
  { label: MEDIATORS, text: MEDIATORS_TEXT },
] as const
