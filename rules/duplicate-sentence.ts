import type {Root, Sentence} from 'nlcst'
import {isFunctionWord} from '../src/function-words.js'
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
  words: string[]
  trigrams: Set<string>
  content: Set<string>
}

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
      const units = unitsOf(tree)
      const candidates = candidatesOf(units)
      units.forEach(function (later, index) {
        for (const earlier of candidates(index)) {
          const shared = repeated(earlier, later)
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

function unitsOf(tree: Root): Unit[] {
  const units: Unit[] = []
  paragraphsOf(tree).forEach(function (paragraph, index) {
    if (!compared.has(kindOf(tree, paragraph))) return
    // An unpunctuated line under the headline is a standfirst, even when the lead repeats it.
    if (index === 1 && !endsSentence(toString(paragraph))) return
    for (const node of sentencesOf(paragraph)) {
      const words = wordsOf(toString(node))
      if (words.length < minimumWords) continue
      units.push({
        node,
        line: lineOf(node),
        words,
        trigrams: new Set(trigramsOf(words)),
        content: new Set(words.filter(isContent))
      })
    }
  })
  return units
}

/**
 * The earlier units that could repeat unit `index`, in document order: those
 * sharing two content words or more with it (both kinds of repeat need that),
 * found through an index of content words instead of comparing every pair.
 */
function candidatesOf(units: ReadonlyArray<Unit>): (index: number) => Unit[] {
  const postings = new Map<string, number[]>()
  const shared = new Int32Array(units.length)
  return function (index) {
    const touched: number[] = []
    for (const word of units[index].content) {
      const list = postings.get(word)
      if (!list) {
        postings.set(word, [index])
        continue
      }
      for (const earlier of list) if (shared[earlier]++ === 0) touched.push(earlier)
      list.push(index)
    }
    const result: Unit[] = []
    for (const earlier of touched.sort((a, b) => a - b)) {
      if (shared[earlier] >= 2) result.push(units[earlier])
      shared[earlier] = 0
    }
    return result
  }
}

/**
 * The longest run of words the two sentences share when one repeats the
 * other, or undefined. A repeat is either a copied passage (most of the
 * shorter sentence's word trigrams are in the other) or the same statement
 * reworded (most of its content words are, and a phrase of four words or
 * more too). A figure in the shorter sentence missing from the other makes
 * them two statements: "Over 1,000 rescuers responded" is not "over 1,000 people".
 */
function repeated(earlier: Unit, later: Unit): string | undefined {
  const [shorter, longer] = earlier.words.length <= later.words.length ? [earlier, later] : [later, earlier]
  if (shorter.words.some((word) => /^\d/.test(word) && !longer.words.includes(word))) return undefined
  const trigrams = [...shorter.trigrams].filter((trigram) => longer.trigrams.has(trigram))
  const content = [...shorter.content].filter((word) => longer.content.has(word))
  const copied = shorter.trigrams.size >= 4 && trigrams.length / shorter.trigrams.size >= copiedShare && content.length >= 2
  const similar = content.length >= rewordedMinimum && content.length / shorter.content.size >= rewordedShare
  if (!copied && !similar) return undefined
  const run = longestRun(earlier.words, later.words)
  const reworded = similar && run.length >= minimumRun && run.filter(isContent).length >= 2
  return copied || reworded ? run.join(' ') : undefined
}

/** Lower-case words without possessive endings: `ISIS's` → `isis`. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/['’]s\b/gu, '').match(/[\p{L}\p{N}]+/gu) ?? []
}

function trigramsOf(words: string[]): string[] {
  const result: string[] = []
  for (let index = 0; index + 2 < words.length; index++) result.push(words.slice(index, index + 3).join(' '))
  return result
}

function isContent(word: string): boolean {
  return !isFunctionWord(word) && !attribution.has(word)
}

/** The longest run of consecutive words found in both lists. */
function longestRun(a: string[], b: string[]): string[] {
  let best: string[] = []
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let length = 0
      while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) length++
      if (length > best.length) best = a.slice(i, i + length)
    }
  }
  return best
}
