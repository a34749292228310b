import type {Root, Sentence} from 'nlcst'
import {isFunctionWord} from '../src/function-words.js'
import {Memo, memoize} from '../src/memo.js'
import {endOf, lineOf, paragraphsOf, sentencesOf, startOf, toString} from '../src/nlcst.js'
import {endsSentence, kindOf, type ParagraphKind} from '../src/paragraph-kind.js'
import {inQuotation} from '../src/quotations.js'
import {defineRule} from '../src/rule.js'

/**
 * Paragraph kinds whose sentences are compared. Display text (headline,
 * standfirst, subheads, captions) restates the story by design: a lead that
 * repeats the headline is news style, not a slip.
 */
const compared: ReadonlySet<ParagraphKind> = new Set(['body', 'list-item', 'pull-quote'])
/** Attribution words that say nothing about the content. */
const attribution = new Set(['according', 'added', 'said', 'say', 'says', 'stated', 'told'])

/** A sentence shorter than this many words is too common to be a repeat ("He said no."). */
const minimumWords = 5
/** Share of the shorter sentence's word trigrams found in the other: a copied passage. */
const copiedShare = 0.75
/** Share of the shorter sentence's content words found in the other: the same statement reworded. */
const rewordedShare = 0.6
const rewordedMinimum = 4
/** A reworded repeat still shares a phrase this long. */
const minimumRun = 4

interface Unit {
  node: Sentence
  line: number
  words: ReadonlyArray<string>
  /** The words as numbers, one per distinct word of the document: compared without reading strings. */
  ids: number[]
  trigrams: Set<TrigramKey>
  /** Ids of the content words. */
  content: Set<number>
}

type TrigramKey = number | string

export default defineRule({
  meta: {
    id: 'duplicate-sentence',
    description: 'A sentence that repeats, or nearly repeats, an earlier one in the article.',
    category: 'style',
    severity: 'info',
    fixable: false,
    scope: 'document',
    examples: [
      {
        bad: 'Quake hits coastal town\nRescuers pulled three survivors from the rubble on Tuesday.\nThe quake struck at dawn.\nThree survivors were pulled from the rubble on Tuesday by rescuers.',
        good: 'Quake hits coastal town\nRescuers pulled three survivors from the rubble on Tuesday.\nThe quake struck at dawn.'
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      const vocabulary = new Vocabulary()
      const units = unitsOf(tree, vocabulary)
      const candidates = candidatesOf(units)
      units.forEach(function (later, index) {
        for (const earlier of candidates(index)) {
          const shared = repeated(earlier, later, vocabulary)
          if (!shared) continue
          report(
            inQuotation(tree, file, {
              node: later.node,
              related: [{start: startOf(earlier.node), end: endOf(earlier.node)}],
              reason: `Repeats what line ${earlier.line} says (\`${shared}\`); keep one of them.`
            })
          )
          return
        }
      })
    }
  }
})

/** The distinct words of one document, numbered in order of appearance, with whether each is a content word. */
class Vocabulary {
  private readonly numbers = new Map<string, number>()
  private readonly contentFlags: boolean[] = []

  idOf(word: string): number {
    let id = this.numbers.get(word)
    if (id === undefined) {
      id = this.contentFlags.length
      this.numbers.set(word, id)
      this.contentFlags.push(isContent(word))
    }
    return id
  }

  isContent(id: number): boolean {
    return this.contentFlags[id]
  }

  get size(): number {
    return this.contentFlags.length
  }
}

function unitsOf(tree: Root, vocabulary: Vocabulary): Unit[] {
  const units: Unit[] = []
  paragraphsOf(tree).forEach(function (paragraph, index) {
    if (!compared.has(kindOf(tree, paragraph))) return
    // An unpunctuated line under the headline is a standfirst, even when the lead repeats it.
    if (index === 1 && !endsSentence(toString(paragraph))) return
    for (const node of sentencesOf(paragraph)) {
      const words = sentenceWords.get(toString(node), wordsOf)
      if (words.length < minimumWords) continue
      // A plain array: a typed array costs more to make than these few numbers save.
      const ids: number[] = []
      const content = new Set<number>()
      for (const word of words) {
        const id = vocabulary.idOf(word)
        ids.push(id)
        if (vocabulary.isContent(id)) content.add(id)
      }
      units.push({node, line: lineOf(node), words, ids, trigrams: new Set(), content})
    }
  })
  // Trigram keys once every word has its id: their size picks the smallest exact key.
  const keyOf = trigramKeys(vocabulary.size)
  for (const unit of units) {
    const {ids, trigrams} = unit
    for (let index = 0; index + 2 < ids.length; index++) trigrams.add(keyOf(ids[index], ids[index + 1], ids[index + 2]))
  }
  return units
}

/**
 * The earlier units that could repeat unit `index`, in document order. Both kinds of repeat share
 * a phrase of three words (a copied passage most of its trigrams, a reworded one a run of four
 * words) and two content words or more, so the candidates are the earlier units that do both,
 * found through an index of trigrams instead of comparing every pair. (An index of content words
 * listed, for each sentence, every earlier sentence with a common word like "government":
 * quadratic in a long text.)
 */
function candidatesOf(units: ReadonlyArray<Unit>): (index: number) => Unit[] {
  const postings = new Map<TrigramKey, number[]>()
  /** Per unit: 1 + the index of the last unit that listed it, so each is listed once. */
  const listedFor = new Int32Array(units.length)
  return function (index) {
    const unit = units[index]
    const touched: number[] = []
    for (const trigram of unit.trigrams) {
      const list = postings.get(trigram)
      if (!list) {
        postings.set(trigram, [index])
        continue
      }
      for (const earlier of list) {
        if (listedFor[earlier] === index + 1) continue
        listedFor[earlier] = index + 1
        touched.push(earlier)
      }
      list.push(index)
    }
    const result: Unit[] = []
    for (const earlier of touched.sort((a, b) => a - b)) {
      if (sharedCount(units[earlier].content, unit.content) >= 2) result.push(units[earlier])
    }
    return result
  }
}

/** How many members of `a` are in `b`. */
function sharedCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let count = 0
  for (const member of a) if (b.has(member)) count++
  return count
}

/**
 * The longest run of words the two sentences share when one repeats the
 * other, or undefined. A repeat is either a copied passage (most of the
 * shorter sentence's word trigrams are in the other) or the same statement
 * reworded (most of its content words are, and a phrase of four words or
 * more too). A figure in the shorter sentence missing from the other makes
 * them two statements: "Over 1,000 rescuers responded" is not "over 1,000 people".
 */
function repeated(earlier: Unit, later: Unit, vocabulary: Vocabulary): string | undefined {
  const [shorter, longer] = earlier.words.length <= later.words.length ? [earlier, later] : [later, earlier]
  if (shorter.words.some((word) => /^\d/.test(word) && !longer.words.includes(word))) return undefined
  const trigrams = sharedCount(shorter.trigrams, longer.trigrams)
  const content = sharedCount(shorter.content, longer.content)
  const copied = shorter.trigrams.size >= 4 && trigrams / shorter.trigrams.size >= copiedShare && content >= 2
  const similar = content >= rewordedMinimum && content / shorter.content.size >= rewordedShare
  if (!copied && !similar) return undefined
  const run = longestRun(earlier.ids, later.ids)
  const reworded = similar && run.length >= minimumRun && contentCount(run, vocabulary) >= 2
  return copied || reworded ? earlier.words.slice(run.start, run.start + run.length).join(' ') : undefined
}

function contentCount(run: Run, vocabulary: Vocabulary): number {
  let count = 0
  for (let at = run.start; at < run.start + run.length; at++) if (vocabulary.isContent(run.ids[at])) count++
  return count
}

/** The words of a sentence, remembered by its text: an article checked again repeats most of them. */
const sentenceWords = new Memo<ReadonlyArray<string>>(5000)

/**
 * Lower-case words without possessive endings: `ISIS's` → `isis`. The runs of letters and
 * numbers of the lower-cased text once every `'s` or `’s` before a non-word character (`\b`)
 * is removed (`patternWords`), read in one pass: the Unicode pattern took most of this rule's
 * time. A text with a lone surrogate takes the patterns (a removal can pair two of them).
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase()
  const words: string[] = []
  /** Letters of the current word before a removed `'s` (`abc's` + `é`: one word, as the removal joins them). */
  let before = ''
  let start = -1
  for (let index = 0; index < lower.length; ) {
    const code = lower.charCodeAt(index)
    if ((code === 0x27 || code === 0x2019) && lower.charCodeAt(index + 1) === 0x73 && !isAsciiWordChar(lower.charCodeAt(index + 2))) {
      if (start !== -1) before += lower.slice(start, index)
      start = -1
      index += 2
      continue
    }
    const width = code < 0x80 ? (isAsciiLetterOrDigit(code) ? 1 : 0) : letterOrNumberAt(lower, index)
    if (width > 0) {
      if (start === -1) start = index
      index += width
      continue
    }
    const pair = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(lower.charCodeAt(index + 1))
    if (!pair && code >= 0xd800 && code <= 0xdfff) return patternWords(lower)
    if (start !== -1 || before !== '') words.push(start === -1 ? before : before + lower.slice(start, index))
    before = ''
    start = -1
    index += pair ? 2 : 1
  }
  if (start !== -1 || before !== '') words.push(start === -1 ? before : before + lower.slice(start))
  return words
}

function patternWords(lower: string): string[] {
  return lower.replace(/['’]s\b/gu, '').match(/[\p{L}\p{N}]+/gu) ?? []
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
}

/** `\w` without the i flag: an ASCII letter, digit or underscore. */
function isAsciiWordChar(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === 0x5f
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

const letterOrNumber = /[\p{L}\p{N}]/uy

/** The length (1 or 2 code units) of the letter or number at `index`, or 0. */
function letterOrNumberAt(text: string, index: number): number {
  letterOrNumber.lastIndex = index
  return letterOrNumber.test(text) ? letterOrNumber.lastIndex - index : 0
}

/**
 * One key per sequence of three word ids below `size`: a number `(a·size + b)·size + c` while it
 * is exact (a small integer in most articles: hashed and compared much faster than a string of
 * the three words), a string in a document of very many distinct words.
 */
function trigramKeys(size: number): (a: number, b: number, c: number) => TrigramKey {
  if (size ** 3 <= Number.MAX_SAFE_INTEGER) return (a, b, c) => (a * size + b) * size + c
  return (a, b, c) => `${a} ${b} ${c}`
}

/** Neither a function word nor an attribution word, remembered per word (isFunctionWord lower-cases each time). */
const isContent = memoize((word: string) => !isFunctionWord(word) && !attribution.has(word))

interface Run {
  /** The words of `a` (by id) the run is taken from. */
  ids: ReadonlyArray<number>
  start: number
  length: number
}

/** The longest run of consecutive words found in both lists (the first in `a` of the longest). */
function longestRun(a: ReadonlyArray<number>, b: ReadonlyArray<number>): Run {
  let start = 0
  let best = 0
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let length = 0
      while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) length++
      if (length > best) {
        start = i
        best = length
      }
    }
  }
  return {ids: a, start, length: best}
}
