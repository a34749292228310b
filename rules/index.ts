/**
 * THE registry: every rule, sorted by id. Nothing else registers rules.
 */
import type {Rule} from '../src/rule.js'
import digitLetter from './digit-letter.js'
import redundantAcronym from './redundant-acronym.js'
import repeatedWord from './repeated-word.js'
import spelling from './spelling.js'

// Keep sorted by id.
export const rules: ReadonlyArray<Rule<any>> = [digitLetter, redundantAcronym, repeatedWord, spelling]
