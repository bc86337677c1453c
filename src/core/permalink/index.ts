/** Public API of the permalink codec (see docs/links.md for the formats). */
export { encodeLink, decodeLink } from './codec'
export { isLinkFragment } from './clean'
export {
  toComparisonFile,
  fromComparisonFile,
  toManyComparisonFile,
  readComparisonFile,
  FILE_FORMAT,
  FILE_VERSION,
} from './file'
export { readLink } from './read-link'
export { encodeManyLink, MANY_FILE_VERSION, MIN_LINK_ACCOUNTS, MAX_LINK_ACCOUNTS } from './many'
export { createRange, checkRanges, type CheckedRange, type RangeStatus } from './ranges'
export { quoteCheck } from './check'
export { toLinkCorrections, toReaderCorrections } from './corrections'
export { textFragmentUrl } from './text-fragment'
export { formatPairRef } from './pair'
export {
  MAX_LINK_LENGTH,
  MAX_INFLATED_BYTES,
  MAX_FILE_LENGTH,
  MAX_RANGES,
  MAX_CORRECTIONS,
  SAFE_LINK_LENGTH,
  LONG_LINK_LENGTH,
  MAX_SHARE_LINK_LENGTH,
} from './limits'
export type * from './types'
export type { Carrier } from './messages'
