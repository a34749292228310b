/**
 * The document as flat token lists, one per line (paragraph), built once per
 * tree: the shared ground of the mention collectors, which look at a word's
 * neighbours across the nlcst nesting (words, punctuation, sentences).
 */
import type {Paragraph, Root, SentenceContent} from 'nlcst'
import {endOf, lineOf, paragraphsOf, sentencesOf, startOf, toString} from '../nlcst.js'
import {kindOf, type ParagraphKind} from '../paragraph-kind.js'

export interface Token {
  type: 'word' | 'punctuation' | 'space' | 'symbol'
  text: string
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

const opening = /^["“‘'(\[:—–-]$/

function tokenize(tree: Root, paragraph: Paragraph): TokenLine {
  const tokens: Token[] = []
  sentencesOf(paragraph).forEach(function (sentence, index) {
    let seenWord = false
    for (const node of sentence.children) {
      const type =
        node.type === 'WordNode'
          ? 'word'
          : node.type === 'WhiteSpaceNode'
            ? 'space'
            : node.type === 'PunctuationNode'
              ? 'punctuation'
              : 'symbol'
      let initial = false
      if (type === 'word') {
        const previous = lastSolid(tokens)
        initial = !seenWord || (previous !== undefined && previous.type !== 'word' && opening.test(previous.text))
        seenWord = true
      }
      tokens.push({type, text: toString(node), start: startOf(node), end: endOf(node), node, sentence: index, initial})
    }
  })
  const kind = kindOf(tree, paragraph)
  return {paragraph, line: lineOf(paragraph), kind, titleCase: kind !== 'body' && isTitleCase(tokens), tokens}
}

function lastSolid(tokens: Token[]): Token | undefined {
  for (let index = tokens.length - 1; index >= 0; index--) if (tokens[index].type !== 'space') return tokens[index]
  return undefined
}

/** Most words of four letters or more start with a capital. */
function isTitleCase(tokens: Token[]): boolean {
  const long = tokens.filter((token) => token.type === 'word' && /^\p{L}{4,}/u.test(token.text))
  const capitalised = long.filter((token) => /^\p{Lu}/u.test(token.text))
  return long.length > 0 && capitalised.length * 3 >= long.length * 2
}

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
  return /^(?:\p{Ll}{1,3}[-'’])?\p{Lu}/u.test(text)
}

/** A word in capitals: an acronym or initialism (`ISIS`, `SDF`, `U.S.`). */
export function isAcronym(text: string): boolean {
  const letters = withoutPossessive(text).replace(/[^\p{L}]/gu, '')
  return letters.length >= 2 && letters === letters.toUpperCase()
}

/** A word without a possessive ending: `Trump's` → `Trump`, `jihadis'` stays (its mark is not in the word). */
function withoutPossessive(text: string): string {
  return text.replace(/['’]s$/u, '')
}
