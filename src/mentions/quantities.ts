/**
 * Quantity mentions: every number in a document with what it counts, the
 * measure it is the value of, its qualifiers, its unit and its kind.
 *
 * Consistency rules (conflicting figures, number style) read these instead of
 * walking the tree themselves. The collection works on a flat token list per
 * sentence, so "2,000" (which the tokenizer splits into "2" "," "000"),
 * "1.5 million" and "twenty-five" come out as one number each.
 *
 * Whether a number stands inside a quotation is for the rule to ask
 * (`isInsideQuotation` in src/quotations.ts): that needs the file's text.
 *
 * The readers live in quantities/: read-number (figures and number words),
 * describe (qualifiers, kind and unit), counted (what is counted), relations
 * (ranges, rates, changes, the measure and the event), words (the vocabulary)
 * and token-walk (stepping through a sentence's tokens).
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import {sentencesOf, toString} from '../nlcst.js'
import type {ParagraphKind} from '../paragraph-kind.js'
import {describe} from './quantities/describe.js'
import {readNumber} from './quantities/read-number.js'
import {tokenLines, type Token, type TokenLine} from './tokens.js'

export type {Token}
export {lowerOf} from './quantities/token-walk.js'
export {eventOf, isMonth, isWeekday, numberWordValue} from './quantities/words.js'

/** A stretch of the original text. */
export interface Span {
  text: string
  start: number
  end: number
}

/** One sentence with its tokens, shared by every quantity in it. */
export interface SentenceInfo extends Span {
  node: Sentence
  paragraph: Paragraph
  /** 1-based line of the sentence start. */
  line: number
  tokens: ReadonlyArray<Token>
  /** What the sentence's paragraph is: headline, standfirst, subhead, body… */
  kind: ParagraphKind
  /** Display text (headline, standfirst, subhead, caption…) rather than body copy. */
  headline: boolean
  /** A headline or subhead in title case or capitals, where capitals say nothing about names. */
  titleCase: boolean
  /** The sentence before it in the document (across lines), if any. */
  previous?: SentenceInfo
}

export type QuantityKind =
  /** A plain count of something: "72,000 people", "ten survivors". */
  | 'count'
  /** "15%", "15 per cent", "15 percent". */
  | 'percent'
  /** "$5.5bn", "2.5 billion euros". */
  | 'money'
  /** A number with a unit of measure or time: "500 miles", "24 hours", "magnitude 6.3". */
  | 'measure'
  /** "aged 28", "36-year-old", "Adamowicz, 53, …". */
  | 'age'
  /** A number in a compound adjective that is not a unit: "20-room mansion". */
  | 'compound'
  | 'year'
  /** "the 1990s". */
  | 'decade'
  /** The day of a date: "March 4", "22 March". */
  | 'date'
  /** A clock time or a race time: "13:40", "6am", "1922 UTC", "2:14:04". */
  | 'time'
  /** "21st", "13th". */
  | 'ordinal'
  /** Part of a name or code: "Area 51", "Falcon 9", "Flight 8501". */
  | 'identifier'
  /** Scores, fractions and other numbers of no clear kind: "3-1", "24/7". */
  | 'other'

/** How the qualifiers bound the true figure. */
export type Bound = 'exact' | 'lower' | 'upper' | 'approximate'

export type EventKind = 'arrest' | 'death' | 'displacement' | 'evacuation' | 'injury' | 'missing' | 'rescue'

export interface Quantity extends Span {
  /** The numeric value: 2000 for "2,000", 1500000 for "1.5 million", 10 for "ten". */
  value: number
  line: number
  /** Digits ("72,000"), words ("ten") or both ("1.5 million"). */
  form: 'digits' | 'words' | 'mixed'
  /** For digit numbers of 1000 or more: whether a thousands separator is used. */
  grouped?: boolean
  /** Has a decimal part ("6.3"). */
  decimal: boolean
  kind: QuantityKind
  /**
   * The unit as written, with a normal form: `%`, `percent`, `per cent`, a
   * currency (`$`, `euros`), a unit of measure (`miles`, `hours`), `years old`,
   * or the noun of a compound (`year` in "five-year").
   */
  unit?: Span & {normal: string}
  /** Qualifiers as written, in order ("more than", "another", "or more"). */
  qualifiers: ReadonlyArray<Span>
  bound: Bound
  /** Counted on top of another figure: "another 2,000", "twelve more". */
  additional: boolean
  /** Part of a larger group: "six of them", "one of the dead", "among the dead". */
  partitive: boolean
  /** One end of a range: "between 36 and 40", "6% to 11%", "2017–2018". */
  range: boolean
  /** A rate or ratio rather than a total: "16,000 deaths a year", "seven per 100,000", "four out of 10". */
  rate: boolean
  /** The old or new side of a change: "from five to six", "rose to 138". */
  change?: 'from' | 'to'
  /** The noun phrase after the number: what is counted ("people", "women and children"). */
  counted?: Span & {head: string}
  /** The measure the number is the value of: "total number of deaths on the way …" in "… stood at 138". */
  measure?: Span & {head: string}
  /** The kind of event counted, from the counted noun, the measure or the verb: "106 people have died" → death. */
  event?: EventKind
  /** The word that gave the event. */
  eventWord?: Span
  /** First word of its sentence (where style guides spell numbers out). */
  sentenceStart: boolean
  /** In display text (headline, standfirst, subhead…), not body copy. */
  headline: boolean
  sentence: SentenceInfo
}

const cache = new WeakMap<Root, ReadonlyArray<Quantity>>()

/** Every quantity mention of the document, in order; collected once per tree. */
export function quantitiesOf(tree: Root): ReadonlyArray<Quantity> {
  let result = cache.get(tree)
  if (!result) {
    result = collect(tree)
    cache.set(tree, result)
  }
  return result
}

/**
 * A sentence of the document. Its text is built on first use: most sentences
 * hold no number, and the rules read the text of only a few that do.
 */
class DocumentSentence implements SentenceInfo {
  readonly paragraph: Paragraph
  readonly kind: ParagraphKind
  readonly headline: boolean
  readonly titleCase: boolean
  readonly start: number
  readonly end: number
  #text: string | undefined

  constructor(
    readonly node: Sentence,
    readonly line: number,
    readonly tokens: ReadonlyArray<Token>,
    from: TokenLine,
    readonly previous: SentenceInfo | undefined
  ) {
    this.paragraph = from.paragraph
    this.kind = from.kind
    this.headline = from.kind !== 'body'
    this.titleCase = from.titleCase
    this.start = tokens[0].start
    this.end = tokens[tokens.length - 1].end
  }

  get text(): string {
    return (this.#text ??= toString(this.node))
  }
}

function collect(tree: Root): Quantity[] {
  const result: Quantity[] = []
  let previous: SentenceInfo | undefined
  for (const line of tokenLines(tree)) {
    const nodes = sentencesOf(line.paragraph)
    const all = line.tokens
    // A sentence's tokens are one run of the line's tokens: slice each run.
    let first = 0
    while (first < all.length) {
      const index = all[first].sentence
      let end = first + 1
      while (end < all.length && all[end].sentence === index) end++
      const node = nodes[index]
      if (node) {
        const sentence = new DocumentSentence(node, node.position?.start.line ?? line.line, all.slice(first, end), line, previous)
        previous = sentence
        sentenceQuantities(sentence, result)
      }
      first = end
    }
  }
  return result
}

/** Add the quantities of one sentence to `result`. */
function sentenceQuantities(sentence: SentenceInfo, result: Quantity[]): void {
  const {tokens} = sentence
  // The quantity before, in this sentence: the other end of a range or a change.
  let before: Quantity | undefined
  let index = 0
  while (index < tokens.length) {
    const raw = tokens[index].type === 'word' ? readNumber(tokens, index) : undefined
    if (!raw) {
      index++
      continue
    }
    before = describe(sentence, raw, before)
    result.push(before)
    index = raw.last + 1
  }
}
