/**
 * The document as flat token lists, one per line (paragraph), built once per
 * tree: the shared ground of the mention collectors, which look at a word's
 * neighbours across the nlcst nesting (words, punctuation, sentences).
 */
import type {Paragraph, Root, SentenceContent} from 'nlcst'
import {countLetters, lettersInCapitals} from '../char-class.js'
import {endOf, lineOf, paragraphsOf, startOf, toString} from '../nlcst.js'
import {kindOf, type ParagraphKind} from '../paragraph-kind.js'
import {lowerCase} from '../word-case.js'

export interface Token {
  type: 'word' | 'punctuation' | 'space' | 'symbol'
  text: string
  /** A word's text in lower case, made once for every collector that compares words; other tokens' text as it is. */
  lower: string
  start: number
  end: number
  node: SentenceContent
  /** Index of the token's sentence within its line. */
  sentence: number
  /** A word that opens its sentence (also after an opening quotation mark, a colon or a dash). */
  initial: boolean
}

export interface TokenLine {
  paragraph: Paragraph
  line: number
  kind: ParagraphKind
  /** A headline or subhead set in title case or capitals: capital letters there say nothing about names. */
  titleCase: boolean
  tokens: Token[]
}

const cache = new WeakMap<Root, TokenLine[]>()

/** The token lines of a document, in order. */
export function tokenLines(tree: Root): TokenLine[] {
  let lines = cache.get(tree)
  if (!lines) {
    lines = paragraphsOf(tree).map((paragraph) => tokenize(tree, paragraph))
    cache.set(tree, lines)
  }
  return lines
}

/** Marks after which a word opens its sentence: opening quotes and brackets, a colon, dashes. */
const opening: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-'])

function tokenize(tree: Root, paragraph: Paragraph): TokenLine {
  const tokens: Token[] = []
  let sentence = -1
  /** The last token that is not white space, across sentences. */
  let solid: Token | undefined
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue
    sentence++
    let seenWord = false
    for (const node of child.children) {
      const type = typeOf(node)
      const text = toString(node)
      let initial = false
      if (type === 'word') {
        initial = !seenWord || (solid !== undefined && solid.type !== 'word' && opening.has(solid.text))
        seenWord = true
      }
      const lower = type === 'word' ? lowerCase(text) : text
      const token: Token = {type, text, lower, start: startOf(node), end: endOf(node), node, sentence, initial}
      tokens.push(token)
      if (type !== 'space') solid = token
    }
  }
  const kind = kindOf(tree, paragraph)
  return {paragraph, line: lineOf(paragraph), kind, titleCase: kind !== 'body' && isTitleCase(tokens), tokens}
}

function typeOf(node: SentenceContent): Token['type'] {
  switch (node.type) {
    case 'WordNode':
      return 'word'
    case 'WhiteSpaceNode':
      return 'space'
    case 'PunctuationNode':
      return 'punctuation'
    default:
      return 'symbol'
  }
}

/** Most words of four letters or more start with a capital. */
function isTitleCase(tokens: Token[]): boolean {
  let long = 0
  let capitalised = 0
  for (const token of tokens) {
    if (token.type !== 'word' || !fourLetters.test(token.text)) continue
    long++
    if (capital.test(token.text)) capitalised++
  }
  return long > 0 && capitalised * 3 >= long * 2
}

const fourLetters = /^\p{L}{4,}/u
const capital = /^\p{Lu}/u

/**
 * The word after `index` when only one plain space separates them (same
 * sentence, no punctuation between): the neighbour in a phrase.
 */
export function nextWord(tokens: ReadonlyArray<Token>, index: number): Token | undefined {
  const space = tokens[index + 1]
  const word = tokens[index + 2]
  if (!space || !word || space.type !== 'space' || space.text !== ' ' || word.type !== 'word') return undefined
  return word.sentence === tokens[index].sentence ? word : undefined
}

/** The word before `index` when only one plain space separates them (same sentence). */
export function previousWord(tokens: ReadonlyArray<Token>, index: number): Token | undefined {
  const space = tokens[index - 1]
  const word = tokens[index - 2]
  if (!space || !word || space.type !== 'space' || space.text !== ' ' || word.type !== 'word') return undefined
  return word.sentence === tokens[index].sentence ? word : undefined
}

/** Whether a word starts with a capital letter (after an optional lower-case particle like `al-`). */
export function isCapitalised(text: string): boolean {
  return asciiCapitalised(text) ?? capitalised.test(text)
}

/** `isCapitalised` read from ASCII characters alone, or undefined when a character beyond ASCII decides. */
function asciiCapitalised(text: string): boolean | undefined {
  const first = text.charCodeAt(0)
  if (first >= 0x41 && first <= 0x5a) return true
  if (!(first >= 0x61 && first <= 0x7a)) return first < 0x80 ? false : undefined
  // A particle: one to three lower-case letters, then a hyphen or apostrophe and a capital.
  for (let index = 1; index <= 3 && index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x61 && code <= 0x7a) continue
    if (code >= 0x80) return undefined
    if (code !== 0x2d && code !== 0x27) return false
    const next = text.charCodeAt(index + 1)
    return next >= 0x80 ? undefined : next >= 0x41 && next <= 0x5a
  }
  return false
}

const capitalised = /^(?:\p{Ll}{1,3}[-'’])?\p{Lu}/u

/** A word in capitals: an acronym or initialism (`ISIS`, `SDF`, `U.S.`). */
export function isAcronym(text: string): boolean {
  const word = withoutPossessive(text)
  return countLetters(word, 2) >= 2 && lettersInCapitals(word)
}

/** A word without a possessive ending: `Trump's` → `Trump`, `jihadis'` stays (its mark is not in the word). */
export function withoutPossessive(text: string): string {
  const mark = text.charCodeAt(text.length - 2)
  return text.charCodeAt(text.length - 1) === 0x73 && (mark === 0x27 || mark === 0x2019) ? text.slice(0, -2) : text
}
