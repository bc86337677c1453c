/** Readout sentences about the war and its settlement, sanctions, nuclear issues and prisoners. */
import type { Template } from './template'

const war: Template[] = [
  (f, w) =>
    w.lead(
      `during the ${w.pick('conversation', 'talks', 'meeting')}`,
      `the two ${w.pick('sides', 'leaders', 'delegations')} ${w.pick('discussed', 'reviewed', 'exchanged views on')} the situation in ${f.region}`,
    ),
  (f, w) =>
    `${f.a.short} ${w.pick('stressed', 'emphasised', 'made clear')} that a ${w.pick('lasting', 'durable', 'sustainable')} settlement in ${f.region} ${w.pick('must', 'should', 'has to')} address the root causes of the conflict`,
  (f, w) =>
    w.lead(
      `according to ${w.pick(`the ${f.a.nation} side`, `${f.a.country}'s foreign ministry`, 'officials briefed on the talks')}`,
      `the parties ${w.claim(`${w.pick('made', 'achieved')} ${w.pick('real', 'tangible', 'concrete')} progress toward a ceasefire`, `${w.pick('did not make any', 'made no')} progress toward a ceasefire`)}`,
    ),
  (f, w) =>
    `${f.b.short} ${w.pick('said', 'noted', 'remarked')} that the ${w.pick('talks', 'negotiations', 'contacts')} had been ${w.claim(w.pick('constructive', 'productive', 'businesslike'), w.pick('difficult', 'tense', 'unproductive'))}`,
  (f, w) =>
    w.lead(
      `after ${w.num(f.hours)} hours of ${w.pick('talks', 'negotiations', 'discussions')}`,
      `the delegations ${w.claim('agreed', 'failed to agree')} on a ${f.days}-day truce around ${f.town}`,
    ),
  (f, w) =>
    `the ${f.b.nation} side ${w.claim('welcomed', 'rejected')} the ${w.pick('proposal', 'idea', 'plan')} for ${w.pick('monitors', 'observers', 'a monitoring mission')} from ${f.body}`,
  (f, w) =>
    `${f.b.short} ${w.pick('accused the other side of', 'blamed the other side for')} ${w.pick('shelling', 'drone strikes on', 'attacks on')} ${f.town} ${w.pick('overnight', 'last week', 'on the eve of the talks')}`,
  (f, w) =>
    `"We ${w.claim(w.pick('are closer than ever to', 'have moved closer to'), w.pick('are still far from', 'are nowhere near'))} an agreement," ${f.a.short} ${w.pick('told reporters', 'said afterwards', 'said at a news conference')}`,
]

const sanctions: Template[] = [
  (f, w) =>
    `${f.a.short} ${w.pick('called for', 'urged', 'pressed for')} the ${w.pick('lifting', 'easing', 'removal')} of sanctions on ${f.b.country}'s ${w.pick('banks', 'financial sector', 'exporters', 'airlines')}`,
  (f, w) =>
    `the ${f.b.nation} side ${w.claim(w.pick('said it was ready to', 'signalled it could'), w.pick('refused to', 'ruled out any move to'))} ${w.pick('review', 'reconsider', 'ease')} the ${w.pick('restrictions', 'measures', 'penalties')} ${w.pick('introduced', 'imposed')} in ${f.year}`,
  (f, w) =>
    `${w.pick('officials', 'the ministers', 'both sides')} ${w.pick('estimated', 'reckoned')} that the sanctions had cost ${w.money(f.amount)} in lost ${w.pick('trade', 'revenue', 'exports')}`,
  (f, w) =>
    w.lead(
      `according to ${f.b.short}`,
      `a new package of ${w.pick('sanctions', 'restrictions', 'measures')} ${w.claim('is', 'is not')} ${w.pick('being prepared', 'under discussion', 'on the table')}`,
    ),
  (f, w) =>
    `the ${w.pick('steel works', 'refinery', 'shipyard')} at ${f.town} ${w.claim('will be taken off', 'remains on')} the sanctions list`,
  (f, w) =>
    `${f.a.short} ${w.pick('warned', 'cautioned')} that ${w.pick('further', 'additional', 'new')} sanctions would ${w.pick('undermine', 'damage', 'harm')} the ${w.pick('talks', 'dialogue', 'negotiations')}`,
  (f, w) =>
    `the ${w.pick('leaders', 'sides')} ${w.claim('agreed', 'did not agree')} on a ${w.pick('mechanism', 'procedure', 'framework')} for ${w.pick('exemptions', 'waivers', 'humanitarian exceptions')} covering ${f.good}`,
]

const nuclear: Template[] = [
  (f, w) =>
    `the ${w.pick('leaders', 'sides')} ${w.pick('reaffirmed', 'restated')} their ${w.claim('commitment to', 'doubts about')} the ${f.year} ${w.pick('arms control', 'non-proliferation', 'test ban')} ${w.pick('treaty', 'agreement')}`,
  (f, w) =>
    `${f.b.short} ${w.pick('said', 'stated', 'declared')} that inspectors from ${w.pick('the International Atomic Energy Agency', 'the IAEA')} ${w.claim('would', 'would not')} be ${w.pick('allowed into', 'given access to')} ${w.num(f.sites)} sites, including the one at ${f.town}`,
  (f, w) =>
    `${f.a.short} ${w.pick('voiced', 'expressed', 'raised')} ${w.pick('concern', 'alarm')} over uranium enrichment of up to ${w.pct(f.pct2)}`,
  (f, w) =>
    `a ${w.pick('new', 'further')} round of ${w.pick('strategic stability', 'arms control')} ${w.pick('talks', 'consultations')} ${w.claim('will take place', 'will not take place')} in ${f.city} in ${w.month(f.next)}`,
  (f, w) =>
    `both sides ${w.pick('warned', 'cautioned')} against ${w.pick('deploying', 'stationing')} ${w.pick('intermediate-range missiles', 'new missile systems')} near ${f.region}`,
]

const prisoners: Template[] = [
  (f, w) =>
    `the ${w.pick('sides', 'parties')} ${w.claim('agreed', 'did not agree')} to ${w.pick('exchange', 'swap', 'release')} ${w.count(f.count)} ${w.pick('prisoners', 'detainees', 'prisoners of war')} ${w.pick('in the coming days', 'next week', 'by the end of the month')}`,
  (f, w) =>
    `${f.a.short} ${w.pick('thanked', 'praised', 'commended')} ${f.body} for ${w.pick('its help', 'its role', 'its mediation')} in ${w.pick('returning', 'reuniting')} ${w.count(f.count2)} children with their families`,
  (f, w) =>
    `${f.b.short} ${w.pick('said', 'insisted')} that ${w.pick('humanitarian', 'aid', 'relief')} ${w.pick('convoys', 'corridors', 'deliveries')} to ${f.region} ${w.claim('would', 'would not')} be ${w.pick('allowed', 'permitted', 'guaranteed')}`,
  (f, w) =>
    w.lead(
      `since ${w.month(f.date.month)}`,
      `${w.count(f.count * 3)} ${w.pick('civilians', 'people', 'residents')} have ${w.pick('been evacuated from', 'left', 'fled')} ${f.town} and ${f.town2}`,
    ),
  (f, w) =>
    `the remains of ${w.count(f.count2)} ${w.pick('soldiers', 'servicemen')} ${w.claim('will be', 'will not be')} ${w.pick('handed over', 'returned', 'repatriated')} ${w.pick('under the deal', 'as part of the arrangement')}`,
  (f, w) =>
    `${f.a.short} ${w.pick('raised', 'brought up', 'mentioned')} the ${w.pick('case', 'fate')} of ${w.num(f.sites)} ${w.pick('journalists', 'aid workers', 'sailors')} ${w.pick('held', 'detained')} in ${f.b.country}`,
]

export const SECURITY_TOPICS = { war, sanctions, nuclear, prisoners }
