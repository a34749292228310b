/**
 * Spellings that mark British or American English (`organisation`,
 * `organization`), collected once per tree from data/variants.json (see
 * src/variants.ts) plus the few pairs the table cannot hold.
 *
 * Only lower-case words count: a capital marks a name, and names keep their
 * own spelling (`US Defense Department`, `World Health Organization`, `Pearl
 * Harbor`, `Labor Party`). Parts of hyphenated words count (`well-organised`).
 */
import type {Root} from 'nlcst'
import type {Dialect} from '../dictionaries.js'
import {counterpart, dialectOf} from '../variants.js'
import {WordScreen} from '../word-screen.js'
import {tokenLines} from './tokens.js'

export interface SpellingMention {
  start: number
  end: number
  /** The word as written. */
  text: string
  dialect: Dialect
  /** The same word in the other dialect's spelling. */
  counterpart: string
  /** The British form in lower case: the same for both spellings of one word. */
  family: string
  /** The two spellings differ only in -ise/-ize, which Oxford spelling writes -ize in British text. */
  ize: boolean
}

/**
 * Pairs missing from the generated table (British → American): a doubled
 * consonant the table's rules do not produce. Keep sorted.
 */
const missingPairs: ReadonlyArray<readonly [string, string]> = [
  ['jewellery', 'jewelry'],
  ['worshipped', 'worshiped'],
  ['worshipper', 'worshiper'],
  ['worshippers', 'worshipers'],
  ['worshipping', 'worshiping']
]

/**
 * British spellings whose American counterpart is also British in another
 * sense or use (`license` is the British verb, `program` the British computer
 * program), so only the British form marks a dialect. Keep sorted.
 */
const britishOnly: ReadonlyArray<readonly [string, string]> = [
  ['cheque', 'check'],
  ['cheques', 'checks'],
  ['kerb', 'curb'],
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['metre', 'meter'],
  ['metres', 'meters'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['storey', 'story'],
  ['storeys', 'stories'],
  ['tyre', 'tire'],
  ['tyres', 'tires']
]

/** American spellings that British usage also accepts (`judgment` in law). Keep sorted. */
const sharedSpellings: ReadonlyArray<string> = ['judgment', 'judgments']

/** The pairs above by spelling: the dialect each marks and its other spelling (British first). */
const extras = new Map<string, {dialect: Dialect; counterpart: string}>()
for (const [british, american] of [...missingPairs, ...britishOnly]) extras.set(british, {dialect: 'en-GB', counterpart: american})
for (const [british, american] of missingPairs) if (!extras.has(american)) extras.set(american, {dialect: 'en-US', counterpart: british})
const extraScreen = new WordScreen(extras.keys())

const cache = new WeakMap<Root, SpellingMention[]>()

/** Every dialect-marked lower-case word (or part of a hyphenated word), in document order. */
export function spellingsOf(tree: Root): SpellingMention[] {
  let found = cache.get(tree)
  if (!found) {
    found = []
    for (const line of tokenLines(tree)) {
      for (const token of line.tokens) {
        if (token.type !== 'word') continue
        // The parts between hyphens, walked in place (no array per word).
        const {text} = token
        for (let from = 0; from <= text.length; ) {
          let to = text.indexOf('-', from)
          if (to === -1) to = text.length
          const word = withoutPossessive(text.slice(from, to))
          const mention = isLowerCaseWord(word) ? spelling(word, token.start + from) : undefined
          if (mention) found.push(mention)
          from = to + 1
        }
      }
    }
    cache.set(tree, found)
  }
  return found
}

/** `part.replace(/['’]s$/u, '')`. */
function withoutPossessive(part: string): string {
  const length = part.length
  if (length < 2 || part.charCodeAt(length - 1) !== 0x73) return part
  const mark = part.charCodeAt(length - 2)
  return mark === 0x27 || mark === 0x2019 ? part.slice(0, -2) : part
}

/** `/^\p{Ll}+$/u`, with lower-case ASCII (most words) decided without the pattern. */
function isLowerCaseWord(word: string): boolean {
  if (word.length === 0) return false
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code < 0x61 || code > 0x7a) return code >= 0x80 && lowerCaseLetters.test(word)
  }
  return true
}

const lowerCaseLetters = /^\p{Ll}+$/u

function spelling(word: string, start: number): SpellingMention | undefined {
  if (sharedSpellings.includes(word)) return undefined
  const marked = dialectOf(word)
  const extra = marked || !extraScreen.mayHold(word) ? undefined : extras.get(word)
  const dialect = marked ?? extra?.dialect
  if (!dialect) return undefined
  const other = marked ? counterpart(word) : extra?.counterpart
  /* v8 ignore next -- every word with a dialect has a counterpart */
  if (!other) return undefined
  const british = dialect === 'en-GB' ? word : other
  const american = dialect === 'en-GB' ? other : word
  return {
    start,
    end: start + word.length,
    text: word,
    dialect,
    counterpart: other,
    family: british,
    ize: differsInIze(british, american)
  }
}

function differsInIze(british: string, american: string): boolean {
  for (let index = british.indexOf('is'); index !== -1; index = british.indexOf('is', index + 1)) {
    if (british.slice(0, index) + 'iz' + british.slice(index + 2) === american) return true
  }
  return false
}
