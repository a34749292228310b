/**
 * THE registry: every rule, sorted by id. Nothing else registers rules.
 */
import type {Rule} from '../src/rule.js'
import blendedConstruction from './blended-construction.js'
import digitLetter from './digit-letter.js'
import duplicateSentence from './duplicate-sentence.js'
import missingApostrophe from './missing-apostrophe.js'
import missingSubject from './missing-subject.js'
import missingWord from './missing-word.js'
import numberConflict from './number-conflict.js'
import redundantAcronym from './redundant-acronym.js'
import repeatedWord from './repeated-word.js'
import spaceBeforePunctuation from './space-before-punctuation.js'
import spacedHyphen from './spaced-hyphen.js'
import spelling from './spelling.js'
import uncountableArticle from './uncountable-article.js'

// Keep sorted by id.
export const rules: ReadonlyArray<Rule<any>> = [blendedConstruction, digitLetter, duplicateSentence, missingApostrophe, missingSubject, missingWord, numberConflict, redundantAcronym, repeatedWord, spaceBeforePunctuation, spacedHyphen, spelling, uncountableArticle]
