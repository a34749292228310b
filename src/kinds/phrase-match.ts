/**
 * Phrase matching on the word tree, shared by the data-driven kinds
 * (substitution, existence, consistency, first-mention).
 *
 * A phrase is parsed by the same English parser as the article, so `per cent`,
 * `e-mail`, `Mr.` and `the {decade}'s` become the same leaf tokens (text,
 * punctuation, white space) that the article is made of. A phrase matches a run
 * of leaves one for one: text compared with case folding (or exactly),
 * punctuation compared with curly and straight apostrophes alike, any white
 * space for a space. A match starts at the start of a word and ends at the end
 * of a word (or before a possessive `'s`). There are no regular expressions in
 * rule files: a placeholder like `{day}` is one of a closed list of classes,
 * each testing ONE word, so matching costs at most (leaves × phrases × phrase
 * length) steps and a rule file cannot make the linter hang.
 */
import type {Node, Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {endOf, startOf, toString} from '../nlcst.js'
import {tokenLines, type TokenLine} from '../mentions/tokens.js'
import {classValues, placeholderClasses} from './placeholders.js'

/** How letters are compared: `fold` ignores case, `exact` compares as written. */
export type CaseMode = 'fold' | 'exact'

export type Element =
  | {type: 'text'; text: string}
  | {type: 'punct'; text: string}
  | {type: 'space'}
  | {type: 'class'; name: string}

/** How the last word of a pattern was inflected from the phrase as written. */
export type Inflection = 's' | 'ed' | 'ing'

export interface Pattern {
  /** The phrase as written in the rule (before inflection). */
  phrase: string
  /** The phrase as matched (inflected when `inflection` is set). */
  form: string
  elements: Element[]
  inflection?: Inflection
  /** The phrase is written with a capital or in capitals: the case is the point. */
  cased: boolean
  /** A phrase to leave alone (`could of course` beside `could of`): its match is no finding. */
  keep?: boolean
}

export interface Leaf {
  type: 'text' | 'punct' | 'space' | 'other'
  text: string
  start: number
  end: number
  /** The word the leaf belongs to (index into the line's words), or -1. */
  word: number
  /** A full stop that ends the sentence (the parser may put it inside the last word, as in `U.S.`). */
  stop?: boolean
}

export interface Word {
  start: number
  end: number
  /** Leaf indexes of the word's first and last leaves. */
  first: number
  last: number
  text: string
  /** The word opens its sentence. */
  initial: boolean
}

export interface LeafLine {
  /** The article's line; undefined for a phrase or replacement parsed on its own. */
  line?: TokenLine
  leaves: Leaf[]
  words: Word[]
}

export interface Match {
  pattern: Pattern
  line: LeafLine
  start: number
  end: number
  /** The matched text. */
  text: string
  /** Class name → the value a replacement gets. */
  captures: Record<string, string>
  /** The match is part of a word: before a possessive `'s` or, with `parts`, next to a hyphen. */
  partial: boolean
  /** Index of the matched first word in its line. */
  firstWord: number
  lastWord: number
  /** The sentence's full stop: right after the match, or its last character. */
  stop?: 'after' | 'inside'
}

const parser = new ParseEnglish()
const sentinel = /^zqz([a-z]+)zqz$/

/** Normalised punctuation: curly apostrophes and quotes compare as straight ones. */
function punct(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"')
}

function fold(text: string, mode: CaseMode): string {
  return mode === 'fold' ? text.toLowerCase() : text
}

/** Why a phrase cannot be a pattern, or undefined. */
export function phraseProblem(phrase: string): string | undefined {
  if (phrase.trim() === '') return 'an empty phrase'
  if (phrase !== phrase.trim()) return `\`${phrase}\` has white space at an end`
  if (/[\r\n]/.test(phrase)) return `\`${phrase}\` spans lines`
  const names = [...phrase.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1])
  for (const name of names) {
    if (!placeholderClasses.includes(name)) {
      return `unknown placeholder \`{${name}}\` in \`${phrase}\` (known: ${placeholderClasses.map((c) => `{${c}}`).join(', ')})`
    }
  }
  if (new Set(names).size !== names.length) return `a placeholder appears twice in \`${phrase}\``
  if (/[{}]/.test(phrase.replace(/\{[a-z]+\}/g, ''))) return `a stray brace in \`${phrase}\``
  const elements = tokenizePhrase(phrase, 'exact')
  if (elements.some((element) => element.type === 'text' && /zqz/.test(element.text))) {
    return `a placeholder must be a whole word in \`${phrase}\``
  }
  if (!elements.some((element) => element.type === 'text' || element.type === 'class')) return `\`${phrase}\` has no word`
  return undefined
}

/** Parse a phrase into pattern elements (leaves), placeholders as classes. */
export function tokenizePhrase(phrase: string, mode: CaseMode): Element[] {
  const marked = phrase.replace(/\{([a-z]+)\}/g, (_, name: string) => `zqz${name}zqz`)
  const elements: Element[] = []
  for (const leaf of textLine(marked).leaves) {
    if (leaf.type === 'space') {
      if (elements.length > 0 && elements[elements.length - 1].type !== 'space') elements.push({type: 'space'})
    } else if (leaf.type === 'text') {
      const name = sentinel.exec(leaf.text)?.[1]
      elements.push(name ? {type: 'class', name} : {type: 'text', text: fold(leaf.text, mode)})
    } else {
      elements.push({type: 'punct', text: punct(leaf.text)})
    }
  }
  return elements
}

/** The leaves of a one-line text (a phrase or a replacement), with offsets into it. */
export function textLine(text: string): LeafLine {
  const leaves: Leaf[] = []
  const words: Word[] = []
  const tree = parser.parse(text)
  for (const paragraph of tree.children) {
    if (paragraph.type === 'WhiteSpaceNode') leaves.push(spaceLeaf(paragraph))
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type === 'WhiteSpaceNode') leaves.push(spaceLeaf(sentence))
      if (sentence.type !== 'SentenceNode') continue
      let initial = true
      for (const node of sentence.children) {
        if (node.type === 'WordNode') {
          const first = leaves.length
          for (const child of node.children) {
            leaves.push({type: child.type === 'TextNode' ? 'text' : 'punct', text: child.value, start: startOf(child), end: endOf(child), word: words.length})
          }
          words.push({start: startOf(node), end: endOf(node), first, last: leaves.length - 1, text: toString(node), initial})
          initial = false
        } else if (node.type === 'WhiteSpaceNode') leaves.push(spaceLeaf(node))
        else if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
          leaves.push({type: 'punct', text: node.value, start: startOf(node), end: endOf(node), word: -1})
        }
      }
    }
  }
  return {leaves, words}
}

function spaceLeaf(node: Node & {value: string}): Leaf {
  return {type: 'space', text: node.value, start: startOf(node), end: endOf(node), word: -1}
}

/**
 * Regular inflections of a word: `s` (plural, third person), `ed` and `ing`.
 * Consonant doubling (`travel` → `travelled`) is not guessed: list such forms
 * as phrases of their own.
 */
export function inflect(word: string, inflection: Inflection): string | undefined {
  if (!/^[a-z]+$/i.test(word)) return undefined
  const consonantY = /[^aeiou]y$/i.test(word)
  if (inflection === 's') {
    if (consonantY) return word.slice(0, -1) + 'ies'
    return /(?:s|x|z|ch|sh)$/i.test(word) ? word + 'es' : word + 's'
  }
  if (inflection === 'ed') {
    if (consonantY) return word.slice(0, -1) + 'ied'
    return /e$/i.test(word) ? word + 'd' : word + 'ed'
  }
  if (/ie$/i.test(word)) return word.slice(0, -2) + 'ying'
  return /[^eoy]e$/i.test(word) ? word.slice(0, -1) + 'ing' : word + 'ing'
}

/** Inflect the last word of a phrase; undefined when it does not end in a plain word. */
export function inflectPhrase(phrase: string, inflection: Inflection): string | undefined {
  const match = /^(.*?)([A-Za-z]+)$/s.exec(phrase)
  if (!match || /\{[a-z]*$/.test(match[1])) return undefined
  const form = inflect(match[2], inflection)
  return form === undefined ? undefined : match[1] + form
}

export const inflections: ReadonlyArray<Inflection> = ['s', 'ed', 'ing']

/**
 * Build the patterns for phrases, with inflected forms when asked. A phrase
 * as written wins over another's inflected form (`towards` is its own phrase,
 * not `toward` + s).
 */
export function compilePatterns(phrases: ReadonlyArray<string>, options: {case: CaseMode; inflect?: boolean}): Pattern[] {
  const forms: Array<[string, string, Inflection | undefined]> = phrases.map((phrase) => [phrase, phrase, undefined])
  if (options.inflect) {
    for (const inflection of inflections) {
      for (const phrase of phrases) {
        const form = inflectPhrase(phrase, inflection)
        if (form) forms.push([phrase, form, inflection])
      }
    }
  }
  const patterns: Pattern[] = []
  const seen = new Set<string>()
  for (const [phrase, form, inflection] of forms) {
    const key = fold(form, options.case)
    if (seen.has(key)) continue
    seen.add(key)
    patterns.push({phrase, form, elements: tokenizePhrase(form, options.case), inflection, cased: /\p{Lu}/u.test(phrase)})
  }
  return patterns
}

const lineCache = new WeakMap<Root, LeafLine[]>()

/** The document's lines as leaves, built once per tree. */
export function leafLines(tree: Root): LeafLine[] {
  let lines = lineCache.get(tree)
  if (!lines) {
    lines = tokenLines(tree).map(toLeafLine)
    lineCache.set(tree, lines)
  }
  return lines
}

function toLeafLine(line: TokenLine): LeafLine {
  const leaves: Leaf[] = []
  const words: Word[] = []
  let reach = -1
  line.tokens.forEach(function (token, index) {
    // Sentences are not joined by tokens: the gap between them is white space.
    if (reach >= 0 && token.start > reach && token.type !== 'space') {
      leaves.push({type: 'space', text: ' ', start: reach, end: token.start, word: -1})
    }
    reach = token.end
    if (token.type === 'word' && token.node.type === 'WordNode') {
      const first = leaves.length
      for (const child of token.node.children) {
        const start = child.position?.start.offset ?? token.start
        const end = child.position?.end.offset ?? token.end
        leaves.push({type: child.type === 'TextNode' ? 'text' : child.type === 'PunctuationNode' ? 'punct' : 'other', text: child.value, start, end, word: words.length})
      }
      const word: Word = {start: token.start, end: token.end, first, last: leaves.length - 1, text: token.text, initial: token.initial}
      const stop = leaves[word.last]
      // The parser keeps a sentence's full stop inside its last word (`U.S.`, `2019.`): it is the sentence's.
      if (word.last > first && stop.type === 'punct' && stop.text === '.' && endsSentence(line, index)) {
        stop.word = -1
        stop.stop = true
        word.last--
        word.end = stop.start
        word.text = word.text.slice(0, -1)
      }
      words.push(word)
    } else {
      const leaf: Leaf = {type: token.type === 'space' ? 'space' : token.type === 'word' ? 'other' : 'punct', text: token.text, start: token.start, end: token.end, word: -1}
      if (token.text === '.' && leaf.type === 'punct' && endsSentence(line, index)) leaf.stop = true
      leaves.push(leaf)
    }
  })
  return {line, leaves, words}
}

/** Whether the token at `index` is the last word or full stop of its sentence, followed at most by closing marks. */
function endsSentence(line: TokenLine, index: number): boolean {
  const {tokens} = line
  for (let next = index + 1; next < tokens.length && tokens[next].sentence === tokens[index].sentence; next++) {
    const token = tokens[next]
    if (token.type === 'word' || (token.type === 'punctuation' && !/^["'\u2019\u201D)\]]+$/u.test(token.text))) return false
  }
  return true
}

export interface FindOptions {
  case: CaseMode
  /** Also match a part of a hyphenated word (`SDF` in `SDF-led`). */
  parts?: boolean
  /** Which lines to search (`single`: the text has one line); by default proseLine. */
  lines?: (line: LeafLine, single: boolean) => boolean
  /**
   * Leave a capitalised match alone when the phrase is written in lower case
   * and the capital marks a name (`Pearl Harbor`, `Labor Party`), and a match
   * in capitals when the phrase is not (`AM` radio). Default true in `fold` mode.
   */
  guardNames?: boolean
}

/** Patterns for phrases to leave alone: matched like the others, reported by nobody. */
export function keepPatterns(phrases: ReadonlyArray<string>, mode: CaseMode): Pattern[] {
  return compilePatterns(phrases, {case: mode}).map((pattern) => ({...pattern, keep: true}))
}

/**
 * Lines house rules read: not title-case display lines, page furniture or
 * related-story teasers. A one-line text is read as copy.
 */
export function proseLine(line: LeafLine, single = false): boolean {
  return !line.line || single || (!line.line.titleCase && line.line.kind !== 'residue' && line.line.kind !== 'teaser')
}

/**
 * Every match of the patterns in the document, in order, without overlaps:
 * at each word the longest match wins (the earlier pattern on a tie).
 */
export function findMatches(tree: Root, source: string, patterns: ReadonlyArray<Pattern>, options: FindOptions): Match[] {
  const index = indexPatterns(patterns)
  const guard = options.guardNames ?? options.case === 'fold'
  const result: Match[] = []
  const lines = leafLines(tree)
  for (const line of lines) {
    if (!(options.lines ?? proseLine)(line, lines.length === 1)) continue
    const {leaves} = line
    for (let at = 0; at < leaves.length; at++) {
      const leaf = leaves[at]
      if (leaf.type === 'space') continue
      if (leaf.word >= 0 && leaves[at - 1]?.word === leaf.word && !(options.parts && isHyphen(leaves[at - 1]))) continue
      const key = leaf.type === 'text' ? fold(leaf.text, options.case) : punct(leaf.text)
      let best: Match | undefined
      for (const pattern of [...(index.get(key) ?? []), ...(index.get('') ?? [])]) {
        const match = matchAt(line, at, pattern, options, source)
        if (match && (!best || match.end > best.end)) best = match
      }
      if (!best) continue
      if (!best.pattern.keep && !(guard && looksLikeName(line, best))) result.push(best)
      // Continue after the match.
      while (at + 1 < leaves.length && leaves[at + 1].start < best.end) at++
    }
  }
  return result
}

/** Patterns by their first element's text ('' for a class or anything else). */
function indexPatterns(patterns: ReadonlyArray<Pattern>): Map<string, Pattern[]> {
  const index = new Map<string, Pattern[]>()
  for (const pattern of patterns) {
    const first = pattern.elements[0]
    const key = first && (first.type === 'text' || first.type === 'punct') ? first.text : ''
    const list = index.get(key)
    if (list) list.push(pattern)
    else index.set(key, [pattern])
  }
  return index
}

function isHyphen(leaf: Leaf | undefined): boolean {
  return leaf !== undefined && leaf.type === 'punct' && /^[-\u2010\u2011]$/.test(leaf.text)
}

/** Match one pattern at leaf `at`, one element per leaf (a `{number}` takes a whole number). */
function matchAt(line: LeafLine, at: number, pattern: Pattern, options: FindOptions, source?: string): Match | undefined {
  const {leaves, words} = line
  const captures: Record<string, string> = {}
  let position = at
  for (const element of pattern.elements) {
    const leaf = leaves[position]
    if (!leaf) return undefined
    if (element.type === 'space') {
      if (leaf.type !== 'space') return undefined
      position++
    } else if (element.type === 'text') {
      if (leaf.type !== 'text' || fold(leaf.text, options.case) !== element.text) return undefined
      position++
    } else if (element.type === 'punct') {
      if (leaf.type === 'space' || leaf.type === 'text' || punct(leaf.text) !== element.text) return undefined
      position++
    } else {
      const taken = matchClass(line, position, element.name)
      if (!taken) return undefined
      Object.assign(captures, taken.values)
      position = taken.next
    }
  }
  const first = leaves[at]
  const last = leaves[position - 1]
  let partial = false
  // The match must end where its word ends, or before a possessive `'s`, or (parts) before a hyphen.
  if (last.word >= 0 && words[last.word].last !== position - 1) {
    const rest = leaves.slice(position, words[last.word].last + 1)
    const possessive = rest.length === 2 && rest[0].type === 'punct' && punct(rest[0].text) === "'" && /^s$/i.test(rest[1].text)
    if (!possessive && !(options.parts && isHyphen(rest[0]))) return undefined
    partial = true
  }
  if (first.word >= 0 && words[first.word].first !== at) partial = true
  const firstWord = first.word >= 0 ? first.word : wordAfter(line, at)
  const lastWord = last.word >= 0 ? last.word : firstWord
  const stop = last.stop ? 'inside' : leaves[position]?.stop ? 'after' : undefined
  return {
    ...(stop ? {stop} : {}),
    pattern,
    line,
    start: first.start,
    end: last.end,
    text: source === undefined ? leaves.slice(at, position).map((leaf) => leaf.text).join('') : source.slice(first.start, last.end),
    captures,
    partial,
    firstWord,
    lastWord
  }
}

function wordAfter(line: LeafLine, at: number): number {
  for (let position = at; position < line.leaves.length; position++) if (line.leaves[position].word >= 0) return line.leaves[position].word
  return -1
}

/** One word of a class at leaf `at`: the value and the leaf after it. */
function matchClass(line: LeafLine, at: number, name: string): {values: Record<string, string>; next: number} | undefined {
  const {leaves, words} = line
  const leaf = leaves[at]
  if (leaf.type !== 'text' || leaf.word < 0) return undefined
  const word = words[leaf.word]
  if (name === 'number') {
    // A whole number: `3.5` is one word, `1,000` is split at the comma by the parser.
    if (word.first !== at) return undefined
    let next = word.last + 1
    let value = word.text
    while (
      leaves[next]?.type === 'punct' && leaves[next].text === ',' && leaves[next + 1]?.type === 'text' &&
      leaves[next + 1].word >= 0 && /^\d{3}$/.test(words[leaves[next + 1].word].text) && words[leaves[next + 1].word].first === next + 1
    ) {
      value += ',' + words[leaves[next + 1].word].text
      next = words[leaves[next + 1].word].last + 1
    }
    const values = classValues('number', value)
    return values ? {values, next} : undefined
  }
  const values = classValues(name, leaf.text)
  return values ? {values, next: at + 1} : undefined
}

/** Lower-case words inside a name: `Organization of American States`. Keep sorted. */
const joiners: ReadonlyArray<string> = ['and', 'de', 'for', 'of', 'on', 'the']

/**
 * A capital where the phrase has none, not explained by the start of a
 * sentence, marks a name: `Pearl Harbor`, `the Labor Party`, `World Health
 * Organization`; at the start of a sentence, so does a capitalised word right
 * after it (`Labor Party leaders`, `Organization of American States`). A match
 * in capitals is an acronym or a shout. A phrase that starts with a
 * placeholder (`{month}`) or is written with capitals is matched as written.
 */
function looksLikeName(line: LeafLine, match: Match): boolean {
  const first = match.pattern.elements[0]
  if (match.pattern.cased || first.type !== 'text') return false
  const letters = match.text.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 2 && letters === letters.toUpperCase()) return true
  if (!/^\p{Lu}/u.test(match.text)) return false
  const word = line.words[match.firstWord]
  if (!word?.initial) return true
  const next = line.words[match.lastWord + 1]
  const after = line.words[match.lastWord + 2]
  const capitalised = (candidate: Word | undefined): boolean => candidate !== undefined && /^\p{Lu}\p{Ll}/u.test(candidate.text)
  if (!next || next.start - match.end > 1) return false
  return capitalised(next) || (joiners.includes(next.text) && capitalised(after) && after!.start - next.end <= 1)
}

/** Fill a replacement's placeholders from a match's captures. */
export function fillTemplate(template: string, captures: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => captures[name] ?? whole)
}

/** Give a replacement the capital of the text it replaces (at the start of a sentence). */
export function matchCase(replacement: string, actual: string): string {
  if (/^\p{Lu}/u.test(actual) && /^\p{Ll}/u.test(replacement)) return replacement[0].toUpperCase() + replacement.slice(1)
  return replacement
}

/** The first text a pattern matches in a one-line text (validation: would a fix loop?). */
export function matchInText(text: string, patterns: ReadonlyArray<Pattern>, mode: CaseMode): string | undefined {
  const line = textLine(text)
  for (let at = 0; at < line.leaves.length; at++) {
    const leaf = line.leaves[at]
    if (leaf.type === 'space' || (leaf.word >= 0 && line.words[leaf.word].first !== at)) continue
    for (const pattern of patterns) {
      const match = matchAt(line, at, pattern, {case: mode})
      if (match) return match.text
    }
  }
  return undefined
}
