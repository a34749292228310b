/**
 * Compounds: words the article may write open (`five year`), hyphenated
 * (`five-year`) or closed (`fiveyear`), collected once per tree.
 *
 * Every hyphenated word is a compound. An open sequence of two to four words
 * (one plain space apart, inside one sentence) or a closed word counts only
 * when the document also writes the same letters another way: its parts match
 * a hyphenated word's parts, or (two words) they join into a closed word.
 */
import type {Root} from 'nlcst'
import {classOf, letterClass, numberClass} from '../char-class.js'
import type {Occurrence} from '../kinds/consistency.js'
import {isAcronym, nextWord, previousWord, tokenLines, type Token, type TokenLine} from './tokens.js'

export type CompoundForm = 'open' | 'hyphenated' | 'closed'

export interface CompoundMention extends Occurrence {
  form: CompoundForm
  /** The compound as written. */
  text: string
  /** The parts in lower case, joined without separators: the same for every form of one compound. */
  key: string
  /** The parts as written (one part for a closed word). */
  parts: string[]
  /** Some part is capitalised where capitals mean a name (not sentence-initial, not a title-case headline). */
  proper: boolean
  line: TokenLine
  /** The word after the compound in its phrase (one plain space, same sentence), if any. */
  next?: Token
  /** The word before it in its phrase, if any. */
  previous?: Token
}

const cache = new WeakMap<Root, CompoundMention[]>()

/** Every compound mention of the document, in document order. */
export function compoundsOf(tree: Root): CompoundMention[] {
  let mentions = cache.get(tree)
  if (!mentions) {
    mentions = collect(tokenLines(tree))
    cache.set(tree, mentions)
  }
  return mentions
}

/** What a token can be in a compound, worked out once per token. */
const enum Shape {
  None,
  /** Letters or digits joined by hyphens, some letters: `five-year`. */
  Hyphenated,
  /** Letters only: a closed compound or a part of an open one. */
  Closed,
  /** Letters and digits (`20`, `G7`): a part of an open compound. */
  Part
}

/**
 * A word's shape, read character by character: hyphenated is letters or
 * digits (`\p{L}`, `\p{N}`) joined by single hyphens with some letter; closed
 * is letters only; a part is letters and digits.
 */
export function shapeOf(token: Token): Shape {
  if (token.type !== 'word') return Shape.None
  const text = token.text
  let letters = false
  let digits = false
  let hyphens = false
  // A hyphen may not start or end the word, nor follow another.
  let afterHyphen = true
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!
    if (code === 0x2d) {
      if (afterHyphen) return Shape.None
      hyphens = afterHyphen = true
      continue
    }
    afterHyphen = false
    if (code > 0xffff) index++
    const kind = classOf(code)
    if (kind === letterClass) letters = true
    else if (kind === numberClass) digits = true
    else return Shape.None
  }
  if (afterHyphen) return Shape.None
  if (hyphens) return letters ? Shape.Hyphenated : Shape.None
  return digits ? Shape.Part : Shape.Closed
}

function collect(lines: TokenLine[]): CompoundMention[] {
  const shapes = lines.map((line) => line.tokens.map(shapeOf))
  const hyphenParts = new Set<string>()
  // First parts and the most parts of the hyphenated words: most open sequences cannot match one.
  const hyphenFirsts = new Set<string>()
  let mostParts = 0
  const closedWords = new Set<string>()
  lines.forEach(function (line, lineIndex) {
    line.tokens.forEach(function (token, index) {
      const shape = shapes[lineIndex][index]
      if (shape === Shape.Hyphenated) {
        const split = token.lower.split('-')
        hyphenParts.add(split.join(' '))
        hyphenFirsts.add(split[0])
        mostParts = Math.max(mostParts, split.length)
      } else if (shape === Shape.Closed) {
        closedWords.add(token.lower)
      }
    })
  })
  const result: CompoundMention[] = []
  lines.forEach(function (line, lineIndex) {
    const {tokens} = line
    const shape = shapes[lineIndex]
    tokens.forEach(function (token, index) {
      if (shape[index] === Shape.Hyphenated) {
        result.push(mention(line, index, index, 'hyphenated', token.text.split('-')))
        return
      }
      // Open sequences starting here: words one plain space apart.
      if (shape[index] !== Shape.Closed && shape[index] !== Shape.Part) return
      const hyphenable = hyphenFirsts.has(token.lower)
      // Two words may also match a closed word; longer runs only a hyphenated one.
      const longest = hyphenable ? Math.min(4, Math.max(2, mostParts)) : 2
      // The parts in lower case, space-separated: a space ends a word for lower-casing, so each word's own lower case.
      let spaced = token.lower
      let last = index
      for (let count = 2; count <= longest; count++) {
        const next = nextWord(tokens, last)
        if (!next || (shape[last + 2] !== Shape.Closed && shape[last + 2] !== Shape.Part)) break
        last += 2
        if (hyphenable) spaced += ' ' + next.lower
        if ((hyphenable && hyphenParts.has(spaced)) || (count === 2 && closedWords.has(joinedLower(token, next)))) {
          result.push(mention(line, index, last, 'open', textsOf(tokens, index, last)))
        }
      }
    })
  })
  const keys = new Set(result.map((found) => found.key))
  lines.forEach(function (line, lineIndex) {
    line.tokens.forEach(function (token, index) {
      if (shapes[lineIndex][index] === Shape.Closed && keys.has(token.lower)) {
        result.push(mention(line, index, index, 'closed', [token.text]))
      }
    })
  })
  return result.sort((a, b) => a.start - b.start || a.end - b.end)
}

/** The texts of the words `first`, `first + 2`, … `last` of an open compound (one space between each). */
function textsOf(tokens: ReadonlyArray<Token>, first: number, last: number): string[] {
  const texts: string[] = []
  for (let index = first; index <= last; index += 2) texts.push(tokens[index].text)
  return texts
}

/**
 * Two words written together, in lower case: their own lower cases joined,
 * except with a capital sigma, whose lower case depends on what follows it.
 */
function joinedLower(first: Token, second: Token): string {
  if (first.text.includes('Σ') || second.text.includes('Σ')) return (first.text + second.text).toLowerCase()
  return first.lower + second.lower
}

function mention(line: TokenLine, first: number, last: number, form: CompoundForm, parts: string[]): CompoundMention {
  const {tokens} = line
  const words = tokens.slice(first, last + 1).filter((token) => token.type === 'word')
  const proper =
    !line.titleCase &&
    words.some(function (word, wordIndex) {
      return word.text.split('-').some(function (part, partIndex) {
        // An acronym (`US-backed`) or a capital inside a word (`MarineTraffic`, `tableCell`) is a name.
        if (isAcronym(part) || /\p{Ll}\p{Lu}/u.test(part)) return true
        if (!/^\p{Lu}/u.test(part)) return false
        return !(word.initial && wordIndex === 0 && partIndex === 0)
      })
    })
  return {
    start: tokens[first].start,
    end: tokens[last].end,
    form,
    text: form === 'open' ? parts.join(' ') : parts.join('-'),
    key: parts.join('').toLowerCase(),
    parts,
    proper,
    line,
    next: nextWord(tokens, last),
    previous: previousWord(tokens, first)
  }
}
