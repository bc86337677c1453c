/** Readout sentences about trade, energy, future meetings and culture. */
import type { Template } from './template'

const trade: Template[] = [
  (f, w) =>
    `bilateral trade ${w.claim(w.pick('grew', 'rose', 'increased'), w.pick('fell', 'declined', 'dropped'))} by ${w.pct(f.pct)} last year to ${w.money(f.amount)}`,
  (f, w) =>
    w.lead(
      `on trade`,
      `the ${w.pick('leaders', 'sides', 'ministers')} ${w.claim('agreed', 'did not agree')} to ${w.pick('remove', 'lift', 'scrap')} tariffs on ${f.good}`,
    ),
  (f, w) =>
    `${f.b.short} ${w.pick('raised', 'voiced')} ${w.pick('concerns', 'complaints', 'objections')} about ${w.pick('restrictions', 'barriers', 'duties')} on ${f.good} exports`,
  (f, w) =>
    `the two governments ${w.claim('will', 'will not')} ${w.pick('sign', 'conclude', 'finalise')} a ${w.pick('free trade', 'investment', 'customs')} agreement before ${w.month(f.next)}`,
  (f, w) =>
    `${f.a.short} ${w.pick('noted', 'pointed out', 'observed')} that ${f.a.country} ${w.pick('accounts for', 'makes up')} ${w.pct(f.pct2)} of ${f.b.country}'s imports of ${f.good}`,
  (f, w) =>
    `${f.a.short} ${w.pick('proposed', 'suggested')} ${w.pick('expanding', 'upgrading', 'reopening')} the port of ${f.town} to ${w.pick('handle', 'take')} more ${f.good}`,
  (f, w) =>
    `a joint ${w.pick('commission', 'working group', 'task force')} on ${w.pick('trade and investment', 'economic cooperation', 'market access')} ${w.claim('will meet', 'will not meet')} in ${f.city} ${w.pick('next month', 'in the coming weeks', 'before the summer')}`,
]

const energy: Template[] = [
  (f, w) =>
    `the ${w.pick('leaders', 'ministers', 'two sides')} ${w.pick('discussed', 'reviewed', 'talked about')} ${w.pick('supplies', 'deliveries', 'shipments')} of ${f.good} ${w.pick('through', 'via')} the ${f.town} ${w.pick('terminal', 'pipeline', 'interconnector')}`,
  (f, w) =>
    `${f.b.short} ${w.pick('confirmed', 'said', 'announced')} that ${f.b.country} ${w.claim('would', 'would not')} ${w.pick('increase', 'raise', 'expand')} ${w.pick('exports', 'deliveries', 'output')} by ${w.count(f.count * 100)} barrels a day`,
  (f, w) =>
    `a ${w.pick('long-term', 'ten-year', 'multi-year')} ${w.pick('contract', 'agreement', 'deal')} worth ${w.money(f.amount)} ${w.claim('was signed', 'was not signed')} ${w.pick('at the meeting', 'on the sidelines', 'during the visit')}`,
  (f, w) =>
    `${f.a.short} ${w.pick('noted', 'said', 'stressed')} that ${w.pick('energy', 'fuel', 'gas')} prices had ${w.claim(w.pick('fallen', 'eased'), w.pick('risen', 'climbed', 'surged'))} by ${w.pct(f.pct)} since ${w.month(f.date.month)}`,
  (f, w) =>
    `the ${w.pick('safety', 'security')} of the ${w.pick('nuclear power plant', 'dam', 'power station')} at ${f.town} ${w.pick('was also discussed', 'came up as well', 'was raised too')}`,
  (_f, w) =>
    `both sides ${w.pick('expressed interest in', 'spoke in favour of', 'backed')} ${w.pick('joint projects', 'cooperation', 'investment')} in ${w.pick('renewable energy', 'hydrogen', 'solar power', 'wind power')}`,
]

const meetings: Template[] = [
  (f, w) =>
    `the ${w.pick('leaders', 'two presidents', 'ministers')} ${w.claim('agreed', 'did not agree')} to ${w.pick('meet', 'hold a summit', 'meet in person')} in ${f.city} ${w.pick('later this year', 'in the autumn', 'before the end of the year')}`,
  (f, w) =>
    `${f.a.short} ${w.pick('invited', 'asked')} ${f.b.short} to ${w.pick('visit', 'come to')} ${f.a.country} ${w.pick('at a convenient time', 'at an early date', 'soon')}, and the invitation was ${w.claim('accepted', 'declined')}`,
  (_f, w) =>
    w.lead(
      'in closing',
      `the ${w.pick('leaders', 'two sides')} ${w.pick('agreed', 'undertook', 'promised')} to ${w.pick('stay in touch', 'keep in contact', 'maintain contact')} ${w.pick('at all levels', 'through their advisers', 'by telephone')}`,
    ),
  (f, w) =>
    `the ${w.pick('conversation', 'call', 'meeting')} ${w.pick('lasted', 'went on for', 'took')} ${w.pick('about', 'roughly', 'nearly')} ${w.num(f.hours)} hours`,
  (f, w) =>
    `${w.pick('preparations', 'arrangements', 'planning')} for ${w.pick('the visit', 'the summit', 'the next meeting')} ${w.claim('are', 'are not')} ${w.pick('well advanced', 'on track')}, ${f.b.short} ${w.pick('added', 'said', 'noted')}`,
]

const culture: Template[] = [
  (f, w) =>
    `the two leaders ${w.pick('marked', 'noted', 'recalled')} ${f.years} years of diplomatic relations between ${f.a.country} and ${f.b.country}`,
  (f, w) =>
    `they ${w.pick('discussed', 'talked about', 'touched on')} ${w.pick('cultural exchanges', 'student exchanges', 'tourism')} and ${w.pick('direct flights to', 'a festival in', 'a joint exhibition in')} ${f.town}`,
  (f, w) =>
    `${f.b.short} ${w.pick('proposed', 'suggested', 'floated')} a ${w.pick('friendly match', 'joint tournament', 'hockey game')} between ${w.pick('teams', 'veterans', 'youth teams')} from both countries`,
  (f, w) =>
    `${f.a.short} ${w.pick('congratulated', 'warmly congratulated')} ${f.b.short} on ${w.pick('the national holiday', 'the success of the games', 'a recent election')}`,
  (f, w) =>
    `the ${w.pick('sides', 'ministers')} ${w.claim('agreed', 'did not agree')} to ${w.pick('open', 'establish', 'set up')} ${w.num(f.sites)} ${w.pick('cultural centres', 'language schools', 'consulates')}`,
]

export const ECONOMY_TOPICS = { trade, energy, meetings, culture }
