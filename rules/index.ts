/**
 * THE registry: every rule, sorted by id. Nothing else registers rules.
 */
import type {Rule} from '../src/rule.js'
import agreementConsistency from './agreement-consistency.js'
import blendedConstruction from './blended-construction.js'
import compoundAdjective from './compound-adjective.js'
import dateConsistency from './date-consistency.js'
import dialectConsistency from './dialect-consistency.js'
import demonymForPlace from './demonym-for-place.js'
import digitLetter from './digit-letter.js'
import duplicateSentence from './duplicate-sentence.js'
import hyphenConsistency from './hyphen-consistency.js'
import indefiniteArticle from './indefinite-article.js'
import missingApostrophe from './missing-apostrophe.js'
import missingSubject from './missing-subject.js'
import missingWord from './missing-word.js'
import nameConsistency from './name-consistency.js'
import numberConflict from './number-conflict.js'
import numberStyleConsistency from './number-style-consistency.js'
import properNounCase from './proper-noun-case.js'
import quoteConsistency from './quote-consistency.js'
import redundantAcronym from './redundant-acronym.js'
import repeatedWord from './repeated-word.js'
import scrapeResidue from './scrape-residue.js'
import spaceBeforePunctuation from './space-before-punctuation.js'
import spacedHyphen from './spaced-hyphen.js'
import spelling from './spelling.js'
import terminalPunctuation from './terminal-punctuation.js'
import uncountableArticle from './uncountable-article.js'

// Keep sorted by id.
export const rules: ReadonlyArray<Rule<any>> = [agreementConsistency, blendedConstruction, compoundAdjective, dateConsistency, demonymForPlace, dialectConsistency, digitLetter, duplicateSentence, hyphenConsistency, indefiniteArticle, missingApostrophe, missingSubject, missingWord, nameConsistency, numberConflict, numberStyleConsistency, properNounCase, quoteConsistency, redundantAcronym, repeatedWord, scrapeResidue, spaceBeforePunctuation, spacedHyphen, spelling, terminalPunctuation, uncountableArticle]
