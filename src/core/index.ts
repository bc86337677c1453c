/** Public API of the analysis core: pure TypeScript, usable from the browser, a worker and Node. */
export { compareAccounts } from './compare'
export { listTopics, topicLabel } from './lexicons'
export { balanceIsolates, isolateBidi } from './bidi-isolate'
export { describeAlignment } from './describe-alignment'
export { httpUrl } from './http-url'
export { segmentsById } from './segments-by-id'
export type * from './types'
export * from './permalink'
