/**
 * Sentences around the topical ones: the opener that sets the scene (full names, date, place) and the
 * asides one account adds and the other leaves out.
 */
import type { Template } from './template'

export const OPENERS: Template[] = [
  (f, w) =>
    w.lead(
      `on ${w.date(f.date)}`,
      `${f.a.full} ${w.pick('held a telephone conversation with', 'spoke by phone with', 'had a phone call with')} ${f.b.full}`,
    ),
  (f, w) =>
    w.lead(
      `on ${w.date(f.date)}`,
      `${f.a.full} and ${f.b.full} ${w.pick('met', 'held talks', 'sat down for talks')} in ${f.city}`,
    ),
  (f, w) =>
    w.lead(
      `in ${f.city}`,
      `${f.a.full} ${w.pick('received', 'hosted', 'welcomed')} ${f.b.full} at ${f.venue} on ${w.date(f.date)}`,
    ),
  (f, w) =>
    `${f.a.full} ${w.pick('travelled to', 'arrived in', 'visited')} ${f.city} on ${w.date(f.date)} for ${w.pick('talks', 'consultations')} with ${f.b.role}`,
]

export const ASIDES: Template[] = [
  (_f, w) =>
    `${w.pick('observers', 'analysts', 'diplomats')} ${w.pick('said', 'noted', 'cautioned')} that the outcome ${w.pick('remained uncertain', 'was hard to judge', 'would depend on the follow-up')}`,
  (f, w) =>
    `${f.b.short} also ${w.pick('briefed', 'informed', 'updated')} ${f.a.short} on ${w.pick('the domestic situation', 'preparations for elections', 'the budget')}`,
  (_f, w) =>
    `the ${w.pick('press service', 'spokesperson', 'ministry')} ${w.pick('declined to comment', 'gave no further details', 'did not elaborate')} on the ${w.pick('timing', 'substance', 'details')}`,
  (_f, w) =>
    `${w.pick('no joint statement was issued', 'a joint statement is expected', 'the sides issued a short joint statement')} after the ${w.pick('meeting', 'talks', 'call')}`,
  (f, w) =>
    `${f.a.short} ${w.pick('described', 'called')} the relationship with ${f.b.country} as ${w.pick('pragmatic', 'mature', 'strategic', 'complicated')}`,
]
