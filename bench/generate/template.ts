import type { Facts } from './facts'
import type { Wording } from './wording'

/**
 * One sentence of a readout, as a function of the facts and of how an account words things. Written
 * in lower case where a clause may move; the renderer capitalizes the first letter and ends it.
 */
export type Template = (f: Facts, w: Wording) => string
