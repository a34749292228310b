import type {Root, Sentence} from 'nlcst'
import {contextOf} from '../src/context.js'
import {getSpeller, otherDialect, type Dialect, type Speller} from '../src/dictionaries.js'
import {memoize} from '../src/memo.js'
import {paragraphsOf, sentencesOf, toString} from '../src/nlcst.js'
import {kindOf} from '../src/paragraph-kind.js'
import {nearProperNoun} from '../src/proper-nouns.js'
import {defineRule} from '../src/rule.js'
import {countAtOrBelow} from '../src/sorted-search.js'
import {isClearWinner, suggest, type Suggestion} from '../src/suggest.js'
import {startsUpper} from '../src/word-case.js'

/** Prefixes that form new words freely: "cyberattack", "geostrategy", "mistranslation". */
// Keep sorted.
const prefixes: ReadonlyArray<string> = [
  'anti', 'bio', 'co', 'counter', 'cyber', 'de', 'eco', 'ex', 'geo', 'hyper', 'inter', 'macro', 'mega', 'micro',
  'mid', 'mini', 'mis', 'multi', 'neo', 'non', 'out', 'over', 'post', 'pre', 'pro', 're', 'semi', 'sub', 'super',
  'trans', 'tri', 'ultra', 'un', 'under'
]

/** Lower-case particles inside personal and place names: "Arnel dela Vega", "Ursula von der Leyen". */
// Keep sorted.
const nameParticles: ReadonlyArray<string> = [
  'al', 'bin', 'da', 'das', 'de', 'del', 'dela', 'della', 'der', 'des', 'di', 'do', 'dos', 'du', 'el', 'ibn',
  'la', 'le', 'ter', 'van', 'von', 'zu'
]
const particles = new Set(nameParticles)

/** Marks after which a capital letter starts a sentence or a quotation. */
const openers = /^[“"‘'(\[—–:-]+$/

interface Token {
  /** The word part as checked: invisible characters removed, apostrophes straightened, possessive stripped. */
  text: string
  start: number
  end: number
  /** First word of a sentence or a quotation. */
  initial: boolean
  /** In a headline or subhead, where every word may be capitalised. */
  headline: boolean
  /** A part of a hyphenated word that has a capitalised part ("al-Hol", "Yung-soo"). */
  inName: boolean
  /** Directly after a closing bracket: "[W]ithin" is an editor's insertion. */
  afterBracket: boolean
  previous?: Token
  next?: Token
  facts: WordFacts
}

/** What the rule asks of a word in any document, kept per word (see src/memo.ts). */
interface WordFacts {
  /** The form used to count repeats: lower case, without a plural s. */
  lemma: string
  /** Per dialect, once asked: a word to check that the dictionary lacks (before the document's own word list). */
  unknown: Partial<Record<Dialect, boolean>>
}

const factsOf = memoize((word: string): WordFacts => ({lemma: word.toLowerCase().replace(/(?<=..)e?s$/, ''), unknown: {}}))

function isUnknown(token: Token, dialect: Dialect): boolean {
  const {facts, text} = token
  return (facts.unknown[dialect] ??= checkable(text) && !getSpeller(dialect).correct(text))
}

export default defineRule({
  meta: {
    id: 'spelling',
    description: 'Misspelt words, told apart from names, acronyms, foreign phrases and deliberate terms.',
    category: 'typo',
    severity: 'warning',
    fixable: true,
    scope: 'document',
    examples: [{bad: 'Officials have bren told to leave.', good: 'Officials have been told to leave.'}]
  },
  create({file, report}) {
    return async function (tree) {
      const context = contextOf(file)
      const tokens = collect(tree)
      if (tokens.length === 0) return
      const speller = getSpeller(context.dialect)
      const unknown = new Set<Token>()
      for (const token of tokens) {
        const {text} = token
        if (isUnknown(token, context.dialect) && !context.words.has(text) && !context.words.has(text.toLowerCase())) unknown.add(token)
      }
      if (unknown.size === 0) return
      const counts = countForms(tokens, unknown)
      const capitalisedInBody = lazily(() => capitalisedOutsideStarts(tokens))
      let other: Speller | undefined
      for (const token of unknown) {
        const verdict = judge(token, speller, unknown, counts, capitalisedInBody)
        if (!verdict) continue
        // A word the other dialect's dictionary knows is a dialect matter, not a typo.
        other ??= getSpeller(otherDialect(context.dialect))
        if (other.correct(token.text)) continue
        const expected = verdict.suggestions.map((suggestion) => suggestion.word)
        const listed = expected.slice(0, 3).map((word) => `\`${word}\``).join(verdict.fixable ? ', ' : ' or ')
        report({
          start: token.start,
          end: token.end,
          expected,
          fixable: verdict.fixable,
          reason: verdict.fixable
            ? `Unexpected \`${token.text}\`, expected \`${expected[0]}\`: \`${token.text}\` is not in the dictionary.`
            : `Unexpected unknown word \`${token.text}\`, expected ${listed}; check the spelling or add it to a word list.`
        })
      }
    }
  }
})

/** Capitalised words not at the start of a sentence or in a headline: names as the body writes them. */
function capitalisedOutsideStarts(tokens: ReadonlyArray<Token>): Set<string> {
  const result = new Set<string>()
  for (const token of tokens) if (!token.initial && !token.headline && startsUpper(token.text)) result.add(token.text)
  return result
}

/** A value computed on first use: most documents never need it. */
function lazily<T>(compute: () => T): () => T {
  let value: T | undefined
  let done = false
  return function () {
    if (!done) {
      value = compute()
      done = true
    }
    return value as T
  }
}

interface Verdict {
  suggestions: Suggestion[]
  fixable: boolean
}

/** Decide whether an unknown word is a typo worth reporting, and with what. */
function judge(
  token: Token,
  speller: Speller,
  unknown: ReadonlySet<Token>,
  counts: ReadonlyMap<string, number>,
  capitalisedInBody: () => ReadonlySet<string>
): Verdict | undefined {
  const {text} = token
  if (token.afterBracket || token.inName) return undefined
  if (acceptedVariant(speller, text)) return undefined
  if (startsUpper(text)) return judgeCapitalised(token, speller, counts, capitalisedInBody)
  // A lower-case word used more than once (in any inflection) is deliberate: "jihadis".
  if ((counts.get(token.facts.lemma) ?? 0) > 1) return undefined
  // A name particle before a name ("dela Vega"), or a species after its genus ("Carcharodon carcharias").
  if (token.next && startsUpper(token.next.text) && particles.has(text)) return undefined
  if (token.previous && unknown.has(token.previous) && startsUpper(token.previous.text)) return undefined
  // Unknown words next to unknown words are a foreign phrase: "pamoja tulinde maisha".
  if ((token.previous && unknown.has(token.previous)) || (token.next && unknown.has(token.next))) return undefined
  const suggestions = suggest(speller, text)
  // A typo is one typing slip from a known word; a word with no such neighbour is rare, not wrong.
  const best = suggestions[0]
  if (!best || best.cost > (text.length >= 7 ? 1 : 0.8)) return undefined
  return {suggestions, fixable: isClearWinner(suggestions)}
}

function judgeCapitalised(
  token: Token,
  speller: Speller,
  counts: ReadonlyMap<string, number>,
  capitalisedInBody: () => ReadonlySet<string>
): Verdict | undefined {
  const {text} = token
  // A name the dictionary knows, misspelt by one typing slip: "Lousiana".
  const near = nearProperNoun(speller, text)
  if (near && (counts.get(token.facts.lemma) ?? 0) === 1) {
    // A first name followed by a surname may be a variant spelling (Mariela/Maricela); a swap is still a slip.
    const givenName = token.next !== undefined && startsUpper(token.next.text) && token.next.start - token.end === 1
    if (near.slip === 'swap' || !givenName) return {suggestions: [{word: near.name, cost: 0.5}], fixable: true}
  }
  // Otherwise a capitalised unknown word is a name, unless it starts a sentence
  // (or stands in a headline) and is plainly a common word misspelt: "Teh".
  if (!token.initial && !token.headline) return undefined
  if (capitalisedInBody().has(text) || (counts.get(token.facts.lemma) ?? 0) > 1) return undefined
  const suggestions = suggest(speller, text)
  if (!isClearWinner(suggestions) || suggestions[0].cost > 0.5 || startsUpper(suggestions[0].word) === false) {
    return undefined
  }
  return {suggestions, fixable: true}
}

/** Known in another form: a plural the dictionary lacks, a closed compound, a prefixed word, a proper noun used as a common noun. */
function acceptedVariant(speller: Speller, text: string): boolean {
  const lower = text.toLowerCase()
  if (/s$/.test(lower) && (speller.correct(text.slice(0, -1)) || (/es$/.test(lower) && speller.correct(text.slice(0, -2))))) {
    return true
  }
  if (text === lower && speller.correct(text[0].toUpperCase() + text.slice(1))) return true
  for (const prefix of prefixes) {
    if (lower.startsWith(prefix) && lower.length - prefix.length >= 3 && speller.correct(lower.slice(prefix.length))) return true
  }
  for (let split = 3; split <= lower.length - 3; split++) {
    if (lower.length >= 8 && speller.correct(lower.slice(0, split)) && speller.correct(lower.slice(split))) return true
  }
  return false
}

/** How often each unknown word's form occurs in the document (in any inflection): all the judging reads. */
function countForms(tokens: ReadonlyArray<Token>, unknown: ReadonlySet<Token>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const token of unknown) counts.set(token.facts.lemma, 0)
  for (const token of tokens) {
    const {lemma} = token.facts
    const count = counts.get(lemma)
    if (count !== undefined) counts.set(lemma, count + 1)
  }
  return counts
}

/**
 * Longer than any dictionary word (24 letters) plus a slip: no one-edit suggestion can exist, and
 * the search for one grows with the square of the length (a 50,000-letter "word" took minutes).
 */
const longestCheckable = 40

/** Leave out what is not a word to spell-check: numbers, acronyms, mixed case, foreign letters, runs too long to be a word. */
function checkable(text: string): boolean {
  if (text.length < 2 || text.length > longestCheckable) return false
  // Acronyms and mixed case (ISIS, SDF, McArthur, iPhone) are names.
  if (/.\p{Lu}/u.test(text)) return false
  // Digits belong to digit-letter; letters outside basic Latin mark a foreign or transliterated word.
  return /^[a-zA-Z']+$/.test(text)
}

function normalise(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/[’ʼ]/g, "'")
}

/** Every word part of the document with the facts the decision needs. */
function collect(tree: Root): Token[] {
  const result: Token[] = []
  for (const paragraph of paragraphsOf(tree)) {
    const headline = kindOf(tree, paragraph) !== 'body'
    const skip = webRanges(toString(paragraph), paragraph.position?.start.offset ?? 0)
    for (const sentence of sentencesOf(paragraph)) collectSentence(sentence, headline, skip, result)
  }
  return result
}

function collectSentence(sentence: Sentence, headline: boolean, skip: Array<[number, number]>, result: Token[]): void {
  let initial = true
  let afterBracket = false
  let previous: Token | undefined
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') {
      afterBracket = false
      continue
    }
    if (child.type !== 'WordNode') {
      const mark = toString(child)
      if (!openers.test(mark)) initial = false
      afterBracket = mark.endsWith(']')
      if (!/^[-‐'’]$/.test(mark)) previous = undefined
      continue
    }
    const raw = toString(child)
    const start = child.position!.start.offset!
    const wasInitial = initial
    const wasAfterBracket = afterBracket
    initial = false
    afterBracket = false
    if (inRanges(skip, start)) {
      previous = undefined
      continue
    }
    if (isOnePart(raw)) {
      previous = addToken(result, previous, raw, start, start + raw.length, wasInitial, headline, false, wasAfterBracket)
      continue
    }
    const pieces = parts(raw, start)
    const inName = pieces.length > 1 && pieces.some((piece) => startsUpper(piece.text))
    for (const piece of pieces) {
      const first = piece.start === start
      const lowerInName = inName && !startsUpper(piece.text)
      previous = addToken(result, previous, piece.text, piece.start, piece.end, wasInitial && first, headline, lowerInName, wasAfterBracket && first)
    }
  }
}

/** Add a token after `previous` (linking the two) and return it. */
function addToken(
  result: Token[],
  previous: Token | undefined,
  text: string,
  start: number,
  end: number,
  initial: boolean,
  headline: boolean,
  inName: boolean,
  afterBracket: boolean
): Token {
  // Every field written here, in one order (no spread, no `next` added later): one object
  // shape for all tokens, which made collecting them about three times faster.
  const token: Token = {text, start, end, initial, headline, inName, afterBracket, previous, next: undefined, facts: factsOf(text)}
  if (previous) previous.next = token
  result.push(token)
  return token
}

/**
 * Most words have no hyphen, slash, apostrophe or invisible character (`[-‐/'’ʼ\u200b-\u200d\u2060\ufeff\u00ad]`):
 * one part, as written. A loop over the codes: this runs for every word.
 */
function isOnePart(raw: string): boolean {
  if (raw === '') return false
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index)
    if (code < 0x80 ? code === 0x2d || code === 0x2f || code === 0x27 : splitsOrHides(code)) return false
  }
  return true
}

/** A hyphen (U+2010), a curly or modifier apostrophe, or an invisible character. */
function splitsOrHides(code: number): boolean {
  return code === 0x2010 || code === 0x2019 || code === 0x2bc || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xad
}

/** Split a word at hyphens and slashes (unless the joined form is a word); strip possessives and invisible characters. */
function parts(raw: string, start: number): Array<{text: string; start: number; end: number}> {
  const result: Array<{text: string; start: number; end: number}> = []
  const pattern = /[^-‐/]+/g
  let match
  while ((match = pattern.exec(raw))) {
    let text = match[0]
    let end = start + match.index + text.length
    const possessive = /['’]s?$/.exec(text)
    if (possessive && text.length > possessive[0].length + 1) {
      text = text.slice(0, -possessive[0].length)
      end -= possessive[0].length
    }
    result.push({text: normalise(text), start: start + match.index, end})
  }
  return result
}

/**
 * What every match of webPattern holds (`@` or `#`, `://`, `www.`, or a dot before a letter): most
 * paragraphs hold none, and this test is much cheaper than the pattern.
 */
export const webHint = /[@#]|:\/\/|www\.|\.[a-z]/i

/**
 * URLs, e-mail addresses, handles and hashtags. Each alternative starts only where its run of
 * characters starts (the lookbehinds), so a long run without a match (100,000 commas) is scanned
 * once, not once per position.
 */
export const webPattern = /\b(?:https?:\/\/|www\.)\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.\S+|[@#][\p{L}\d_]+|(?<![\w-])[\w-]+\.(?:com|org|net|gov|edu|co|uk|io)\b\S*/giu

/** URLs, e-mail addresses, handles and hashtags in a paragraph: not prose. */
function webRanges(text: string, offset: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  if (!webHint.test(text)) return ranges
  const pattern = new RegExp(webPattern)
  let match
  while ((match = pattern.exec(text))) ranges.push([offset + match.index, offset + match.index + match[0].length])
  return ranges
}

/** Whether `offset` falls in one of the sorted, disjoint ranges (a binary search: a line may hold thousands). */
function inRanges(ranges: ReadonlyArray<[number, number]>, offset: number): boolean {
  const first = countAtOrBelow(ranges.length, (index) => ranges[index][1], offset)
  return first < ranges.length && ranges[first][0] <= offset
}
