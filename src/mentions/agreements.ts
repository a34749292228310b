/**
 * Subject–verb pairs whose verb shows number (`ISIS has`, `the team are`),
 * for subjects that British usage lets be singular or plural: acronyms,
 * organisations (`the Labour Party`) and collective nouns (`the government`).
 * Collected once per tree.
 *
 * Only clear cases count: the subject starts a clause (not after a
 * preposition: `held by ISIS has been`; not one of a pair: `Russia and China
 * have`; not an object: `let the team know`; not a question: `does the
 * committee know`), and the verb follows it at once or after an adverb.
 */
import type {Root} from 'nlcst'
import {lettersInCapitals} from '../char-class.js'
import {determiners, isFunctionWord, prepositions} from '../function-words.js'
import {isAcronym, isCapitalised, tokenLines, type Token, type TokenLine} from './tokens.js'

export type GrammaticalNumber = 'singular' | 'plural'

export interface Agreement {
  /** The subject without its determiner: `ISIS`, `Labour Party`, `government`. */
  subject: {start: number; end: number; text: string}
  /** Groups subjects that are one thing: the acronym or name as written, a common noun in lower case. */
  key: string
  verb: {start: number; end: number; text: string}
  number: GrammaticalNumber
  /** The verb in the other number, in the same case: `has` → `have`. */
  other: string
  line: TokenLine
}

/** Verbs that show number after a third-person subject: singular → plural. */
const verbs: ReadonlyMap<string, string> = new Map([
  ['believes', 'believe'], ['denies', 'deny'], ['does', 'do'], ['doesn’t', 'don’t'], ["doesn't", "don't"],
  ['expects', 'expect'], ['has', 'have'], ['hasn’t', 'haven’t'], ["hasn't", "haven't"], ['hopes', 'hope'],
  ['insists', 'insist'], ['intends', 'intend'], ['is', 'are'], ['isn’t', 'aren’t'], ["isn't", "aren't"],
  ['knows', 'know'], ['says', 'say'], ['seems', 'seem'], ['thinks', 'think'], ['wants', 'want'], ['was', 'were'],
  ['wasn’t', 'weren’t'], ["wasn't", "weren't"]
])
const plurals: ReadonlyMap<string, string> = new Map([...verbs].map(([singular, plural]) => [plural, singular]))
/** The number each of those verbs shows: one lookup per word. */
const numbers: ReadonlyMap<string, GrammaticalNumber> = new Map([
  ...[...plurals.keys()].map((plural): [string, GrammaticalNumber] => [plural, 'plural']),
  ...[...verbs.keys()].map((singular): [string, GrammaticalNumber] => [singular, 'singular'])
])

/**
 * Collective nouns: one body of people, singular or plural in British usage.
 * Not `police` or `people` (always plural), nor `number`, `majority`, `couple`
 * (their verb follows the noun after `of`). Keep sorted.
 */
const collectiveNouns: ReadonlyArray<string> = [
  'administration', 'army', 'assembly', 'association', 'audience', 'band', 'board', 'cabinet', 'choir', 'club',
  'commission', 'committee', 'company', 'congregation', 'council', 'crew', 'crowd', 'department', 'family',
  'federation', 'firm', 'government', 'jury', 'league', 'management', 'ministry', 'navy', 'opposition',
  'orchestra', 'organisation', 'organization', 'panel', 'parliament', 'party', 'public', 'regime', 'senate',
  'squad', 'staff', 'team', 'union'
]

/** Words before a subject that make it an object or a question: `let the team know`, `does ISIS have`. Keep sorted. */
const notSubjectAfter: ReadonlyArray<string> = [
  'can', 'could', 'did', 'do', 'does', 'had', 'has', 'have', 'having', 'hear', 'heard', 'help', 'helped', 'helping',
  'helps', 'let', 'lets', 'letting', 'made', 'make', 'makes', 'making', 'may', 'might', 'must', 'saw', 'see',
  'seeing', 'seen', 'shall', 'should', 'watch', 'watched', 'will', 'would'
]

/** Words that make `were` a subjunctive: `if the council were to`. Keep sorted. */
const subjunctiveAfter: ReadonlyArray<string> = ['if', 'though', 'unless', 'whether', 'wish']

/** Adverbs that may stand between a subject and its verb. Keep sorted. */
const adverbs: ReadonlyArray<string> = [
  'already', 'also', 'always', 'currently', 'finally', 'further', 'just', 'never', 'now', 'often', 'previously',
  'recently', 'repeatedly', 'reportedly', 'still'
]

/** Last words of organisation names: `Labour Party`, `Football Association`. Keep sorted. */
const organisationWords: ReadonlyArray<string> = [
  'administration', 'agency', 'alliance', 'army', 'assembly', 'association', 'authority', 'bank', 'board',
  'bureau', 'cabinet', 'club', 'commission', 'committee', 'company', 'congress', 'corporation', 'council',
  'court', 'department', 'federation', 'foundation', 'government', 'group', 'institute', 'league', 'ministry',
  'navy', 'office', 'organisation', 'organization', 'parliament', 'party', 'senate', 'service', 'team', 'trust',
  'union'
]

const cache = new WeakMap<Root, Agreement[]>()

/** Every clear subject–verb pair with a collective subject, in document order. */
export function agreementsOf(tree: Root): Agreement[] {
  let found = cache.get(tree)
  if (!found) {
    found = []
    for (const line of tokenLines(tree)) {
      // Lines in capitals (subheads, shouted headlines) hide which words are acronyms.
      if (line.kind !== 'subhead' && !inCapitals(line.tokens)) collect(line, found)
    }
    cache.set(tree, found)
  }
  return found
}

/** Whether every letter of a line is a capital (or it has none). */
function inCapitals(tokens: ReadonlyArray<Token>): boolean {
  for (const token of tokens) if (!lettersInCapitals(token.text)) return false
  return true
}

function collect(line: TokenLine, found: Agreement[]): void {
  const words = line.tokens.filter((token) => token.type === 'word')
  const {tokens} = line
  words.forEach(function (verb, index) {
    const lower = verb.lower
    const number = numbers.get(lower)
    if (!number) return
    // Step back over adverbs to the subject's last word.
    let head = index - 1
    while (head >= 0 && adverbs.includes(words[head].text.toLowerCase())) head--
    if (head >= 0 && words[head].text.toLowerCase() === 'longer' && words[head - 1]?.text.toLowerCase() === 'no') head -= 2
    if (head < 0 || !adjacent(tokens, words, head, index)) return
    const subject = subjectEndingAt(tokens, words, head)
    if (!subject) return
    const before = subject.first > 0 && adjacent(tokens, words, subject.first - 1, subject.first) ? words[subject.first - 1] : undefined
    const beforeLower = before?.text.toLowerCase()
    if (beforeLower && (prepositions.has(beforeLower) || notSubjectAfter.includes(beforeLower))) return
    if (beforeLower && /^(?:and|or|nor|both|either|neither)$/.test(beforeLower)) return
    if (afterAmpersand(tokens, words[subject.first])) return
    if (number === 'plural' && /^were/.test(lower)) {
      const next = words[index + 1]
      if (next?.text.toLowerCase() === 'to' || (beforeLower && subjunctiveAfter.includes(beforeLower))) return
    }
    const other = plurals.get(lower) ?? verbs.get(lower)!
    const named = determiners.has(words[subject.first].text.toLowerCase()) ? subject.first + 1 : subject.first
    found.push({
      subject: {start: words[named].start, end: words[head].end, text: subject.text},
      key: subject.key,
      verb: {start: verb.start, end: verb.end, text: verb.text},
      number,
      other: /^\p{Lu}/u.test(verb.text) ? other[0].toUpperCase() + other.slice(1) : other,
      line
    })
  })
}

/** Whether two words of a line are in one sentence with only white space (or words, the adverbs skipped) between. */
function adjacent(tokens: ReadonlyArray<Token>, words: ReadonlyArray<Token>, from: number, to: number): boolean {
  const start = tokens.indexOf(words[from])
  const end = tokens.indexOf(words[to])
  if (words[from].sentence !== words[to].sentence) return false
  return tokens.slice(start + 1, end).every((token) => token.type === 'space' || token.type === 'word')
}

/** An `&` right before the subject joins it to another: `Marks & Spencer`, `Smith & the board`. */
function afterAmpersand(tokens: ReadonlyArray<Token>, first: Token): boolean {
  let index = tokens.indexOf(first) - 1
  while (index >= 0 && tokens[index].type === 'space') index--
  return index >= 0 && tokens[index].text === '&'
}

/** A word of an organisation's name: capitalised, not a function word (`US` is a name, `Us` is not). */
function isNamePart(text: string): boolean {
  return isCapitalised(text) && (isAcronym(text) || !isFunctionWord(text))
}

interface Subject {
  /** Index (among the line's words) of the subject's first word, determiner included. */
  first: number
  key: string
  text: string
}

/** The collective subject whose last word is `words[head]`, if it is one. */
function subjectEndingAt(tokens: ReadonlyArray<Token>, words: ReadonlyArray<Token>, head: number): Subject | undefined {
  const word = words[head]
  const text = word.text
  if (/['’]/.test(text)) return undefined
  if (isAcronym(text) && /^\p{Lu}+$/u.test(text)) {
    if (text === 'I' || /^[IVXLC]+$/.test(text)) return undefined
    let first = head
    if (first > 0 && adjacent(tokens, words, first - 1, head) && determiners.has(words[first - 1].text.toLowerCase())) first--
    return {first, key: text, text}
  }
  if (isCapitalised(text) && !word.initial) {
    // An organisation's name: capitalised words ending in an organisation word.
    if (!organisationWords.includes(text.toLowerCase())) return undefined
    let first = head
    while (first > 0 && adjacent(tokens, words, first - 1, first) && isNamePart(words[first - 1].text)) first--
    if (first > 0 && adjacent(tokens, words, first - 1, first) && determiners.has(words[first - 1].text.toLowerCase())) first--
    const name = words.slice(first, head + 1).map((part) => part.text)
    const bare = name.filter((part) => !determiners.has(part.toLowerCase()))
    // `the Government` and `the government` are one subject.
    const key = bare.length === 1 ? bare[0].toLowerCase() : bare.join(' ')
    return {first, key, text: bare.join(' ')}
  }
  const lower = text.toLowerCase()
  if (!collectiveNouns.includes(lower) || !/^\p{Ll}/u.test(text)) return undefined
  // A determiner before the noun, perhaps with up to two modifiers between: `the Syrian government`.
  for (let first = head - 1; first >= Math.max(0, head - 3); first--) {
    if (!adjacent(tokens, words, first, first + 1)) return undefined
    const candidate = words[first].text.toLowerCase()
    if (determiners.has(candidate)) {
      if (!/^(?:the|this|that|its|their|our|his|her|my|your)$/.test(candidate)) return undefined
      return {first, key: lower, text: lower}
    }
    if (isFunctionWord(candidate) || /['’]s$/.test(candidate)) return undefined
  }
  return undefined
}
