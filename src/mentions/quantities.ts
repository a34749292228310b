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
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import {isFunctionWord} from '../function-words.js'
import {sentencesOf, toString} from '../nlcst.js'
import type {ParagraphKind} from '../paragraph-kind.js'
import {tokenLines, type Token, type TokenLine} from './tokens.js'

export type {Token}

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

/** Number words and their values. */
const numberWords: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90]
])

const scaleWords: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]
])

const scaleSuffixes: ReadonlyMap<string, number> = new Map([
  ['bn', 1e9], ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['tn', 1e12]
])

/** Qualifiers before a number and the bound they set; longest phrases are tried first. */
const qualifierBounds: ReadonlyMap<string, Bound | 'additional'> = new Map([
  ['a further', 'additional'],
  ['about', 'approximate'],
  ['almost', 'upper'],
  ['an additional', 'additional'],
  ['an estimated', 'approximate'],
  ['an extra', 'additional'],
  ['another', 'additional'],
  ['approximately', 'approximate'],
  ['around', 'approximate'],
  ['as few as', 'approximate'],
  ['as many as', 'approximate'],
  ['at least', 'lower'],
  ['at most', 'upper'],
  ['close to', 'approximate'],
  ['estimated', 'approximate'],
  ['exactly', 'exact'],
  ['fewer than', 'upper'],
  ['in excess of', 'lower'],
  ['just over', 'lower'],
  ['just under', 'upper'],
  ['less than', 'upper'],
  ['more than', 'lower'],
  ['nearly', 'upper'],
  ['no fewer than', 'lower'],
  ['no less than', 'lower'],
  ['no more than', 'upper'],
  ['over', 'lower'],
  ['roughly', 'approximate'],
  ['some', 'approximate'],
  ['under', 'upper'],
  ['up to', 'upper'],
  ['upwards of', 'lower'],
  ['well over', 'lower']
])

/** A phrase split into its words once, with what it means. */
interface PhraseWords<T> {
  words: ReadonlyArray<string>
  meaning: T
}

/**
 * The qualifiers grouped by their last word, longest first: the word before a
 * number picks the few phrases that can end there.
 */
const qualifiersByLastWord: ReadonlyMap<string, ReadonlyArray<PhraseWords<Bound | 'additional'>>> = groupByLastWord(
  [...qualifierBounds].sort(([a], [b]) => b.split(' ').length - a.split(' ').length)
)

function groupByLastWord<T>(entries: ReadonlyArray<readonly [string, T]>): Map<string, Array<PhraseWords<T>>> {
  const result = new Map<string, Array<PhraseWords<T>>>()
  for (const [phrase, meaning] of entries) {
    const words = phrase.split(' ')
    const last = words[words.length - 1]
    const list = result.get(last)
    if (list) list.push({words, meaning})
    else result.set(last, [{words, meaning}])
  }
  return result
}

/** Qualifiers after a number (after its counted noun for "more"). */
const trailingQualifiers: ReadonlyMap<string, Bound | 'additional'> = new Map([
  ['more', 'additional'],
  ['odd', 'approximate'],
  ['or less', 'upper'],
  ['or fewer', 'upper'],
  ['or more', 'lower'],
  ['or so', 'approximate'],
  ['plus', 'lower']
])

/** The trailing qualifiers as words ("more" is read with the counted noun). */
const trailingPhrases: ReadonlyArray<PhraseWords<Bound | 'additional'>> = [...trailingQualifiers]
  .filter(([phrase]) => phrase !== 'more')
  .map(([phrase, meaning]) => ({words: phrase.split(' '), meaning}))

// Keep sorted.
const months: ReadonlySet<string> = new Set([
  'apr', 'april', 'aug', 'august', 'dec', 'december', 'feb', 'february', 'jan', 'january', 'jul', 'july', 'jun',
  'june', 'mar', 'march', 'may', 'nov', 'november', 'oct', 'october', 'sep', 'sept', 'september'
])

// Keep sorted.
const weekdays: ReadonlySet<string> = new Set([
  'fri', 'friday', 'mon', 'monday', 'sat', 'saturday', 'sun', 'sunday', 'thu', 'thur', 'thurs', 'thursday', 'tue',
  'tues', 'tuesday', 'wed', 'wednesday'
])

// Keep sorted.
const currencyWords: ReadonlySet<string> = new Set([
  'baht', 'cents', 'dinars', 'dollars', 'euros', 'francs', 'krona', 'kronor', 'lira', 'naira', 'pence', 'pesos', 'pounds',
  'rand', 'reais', 'ringgit', 'riyals', 'roubles', 'rubles', 'rupees', 'shekels', 'shillings', 'won',
  'yen', 'yuan'
])

// Keep sorted.
const currencySymbols: ReadonlySet<string> = new Set(['$', '£', '¥', '₣', '₦', '₩', '₪', '₫', '€', '₱', '₹', '₽'])

/** Units of measure and time (plural and singular, as written after a number). Keep sorted. */
const measureUnits: ReadonlySet<string> = new Set([
  'acre', 'acres', 'barrels', 'centimeters', 'centimetres', 'centuries', 'century', 'cm', 'day',
  'days', 'decade', 'decades', 'degree', 'degrees', 'feet', 'foot', 'ft', 'gallons', 'gb', 'gigawatts',
  'gw', 'hectares', 'hour', 'hours', 'hrs', 'inch', 'inches', 'kg', 'kilograms', 'kilometers', 'kilometres',
  'km', 'km/h', 'knots', 'kph', 'kw', 'kwh', 'lb', 'lbs', 'light-year', 'light-years', 'liters', 'litres', 'm',
  'magnitude', 'megawatt', 'megawatts', 'meter', 'meters', 'metre', 'metres', 'mi', 'micrometers', 'micrometres',
  'mile', 'miles', 'millimeters', 'millimetres', 'min', 'mins', 'minute', 'minutes', 'ml', 'mm', 'month', 'months',
  'mph', 'mw', 'nautical', 'ounces', 'oz', 'points', 'second', 'seconds', 'sq', 'square', 'storey', 'storeys',
  'tonnes', 'tons', 'volts', 'watts', 'week', 'weeks', 'yard', 'yards', 'year', 'years'
])

/** Words after a number that make it a clock time. Keep sorted. */
const timeWords: ReadonlySet<string> = new Set([
  'a.m', 'am', 'bst', 'cest', 'cet', 'edt', 'est', 'gmt', 'hrs', 'ist', 'oclock', 'p.m', 'pdt', 'pm', 'pst', 'utc'
])

/** Words before a four-digit number that make it a year. Keep sorted. */
const yearPrepositions: ReadonlySet<string> = new Set([
  'after', 'around', 'before', 'between', 'by', 'circa', 'during', 'early', 'from', 'in', 'late', 'mid', 'of',
  'since', 'through', 'til', 'till', 'until', 'year'])

/** Nouns that label something with a number: "room 12", "top 10", "category 5". Keep sorted. */
const labelNouns: ReadonlySet<string> = new Set([
  'act', 'aisle', 'amendment', 'apartment', 'article', 'bay', 'bed', 'block', 'box', 'bus', 'carriage',
  'category', 'channel', 'chapter', 'clause', 'column', 'court', 'exit', 'flat', 'flight', 'floor', 'gate',
  'grade', 'hall', 'junction', 'lane', 'level', 'line', 'no', 'nos', 'nr', 'number', 'page', 'paragraph',
  'part', 'phase', 'pier', 'platform', 'room', 'round', 'route', 'row', 'runway', 'seat', 'section', 'series',
  'size', 'stage', 'suite', 'table', 'terminal', 'tier', 'top', 'track', 'unit', 'verse', 'ward'
])

/** Words outside the closed classes that still end a noun phrase. Keep sorted. */
const phraseEnders: ReadonlySet<string> = new Set(['according', 'due', 'said', 'say', 'says', 'told'])

function endsPhrase(word: string): boolean {
  return isFunctionWord(word) || phraseEnders.has(word.toLowerCase())
}

/** Words counted as a death, an injury, … Keep sorted. */
const eventWords: ReadonlyMap<string, EventKind> = new Map([
  ['arrested', 'arrest'],
  ['arrests', 'arrest'],
  ['dead', 'death'],
  ['death', 'death'],
  ['deaths', 'death'],
  ['deceased', 'death'],
  ['detained', 'arrest'],
  ['die', 'death'],
  ['died', 'death'],
  ['dies', 'death'],
  ['displaced', 'displacement'],
  ['drowned', 'death'],
  ['dying', 'death'],
  ['evacuated', 'evacuation'],
  ['fatalities', 'death'],
  ['hurt', 'injury'],
  ['injured', 'injury'],
  ['injuries', 'injury'],
  ['injuring', 'injury'],
  ['kill', 'death'],
  ['killed', 'death'],
  ['killing', 'death'],
  ['kills', 'death'],
  ['missing', 'missing'],
  ['perished', 'death'],
  ['rescued', 'rescue'],
  ['toll', 'death'],
  ['unaccounted', 'missing'],
  ['wounded', 'injury'],
  ['wounding', 'injury']
])

/** Words between a counted noun and its verb that do not change what is counted. Keep sorted. */
const verbFillers: ReadonlySet<string> = new Set([
  'all', 'allegedly', 'already', 'also', 'are', 'be', 'been', 'being', 'believed', 'confirmed', 'feared', 'had',
  'has', 'have', 'is', 'known', 'later', 'now', 'officially', 'presumed', 'remain', 'remained', 'remains',
  'reported', 'reportedly', 'since', 'still', 'subsequently', 'thought', 'to', 'was', 'were', 'who'
])

/** Nouns that name a measure: "the death toll stood at …", "the number of deaths rose to …". Keep sorted. */
const measureNouns: ReadonlySet<string> = new Set([
  'count', 'figure', 'number', 'population', 'tally', 'toll', 'total', 'turnout'
])

/** Verbs that link a measure to its value ("stood at 138"). Keep sorted. */
const linkingVerbs: ReadonlySet<string> = new Set([
  'are', 'climbed', 'dropped', 'exceeded', 'fell', 'grew', 'hit', 'increased', 'is', 'jumped', 'reached',
  'rose', 'stand', 'stands', 'stood', 'surpassed', 'topped', 'was', 'were'
])

/** Verbs of change: their value is the new side of a change. Keep sorted. */
const changeVerbs: ReadonlySet<string> = new Set([
  'climbed', 'dropped', 'fell', 'grew', 'increased', 'jumped', 'lowered', 'raised', 'revised', 'risen', 'rose',
  'updated'
])

/** Words after a number that make it a rate. Keep sorted. */
const rateWords: ReadonlySet<string> = new Set([
  'a', 'an', 'annually', 'daily', 'each', 'every', 'hourly', 'monthly', 'per', 'weekly', 'yearly'
])
const ratePeriods: ReadonlySet<string> = new Set(['day', 'hour', 'minute', 'month', 'second', 'week', 'year'])

/** Nouns that end in -ly (other -ly words are adverbs and end a noun phrase). Keep sorted. */
const nounsInLy: ReadonlySet<string> = new Set([
  'ally', 'anomaly', 'assembly', 'belly', 'bully', 'family', 'fly', 'italy', 'lily', 'monopoly', 'rally', 'reply',
  'supply'
])

// Small word sets the readers below test tokens against.
const listConjunctions: ReadonlySet<string> = new Set(['and', 'or', 'to'])
const andOr: ReadonlySet<string> = new Set(['and', 'or'])
const upDown: ReadonlySet<string> = new Set(['up', 'down'])
const others: ReadonlySet<string> = new Set(['other', 'others'])
const livesOrLife: ReadonlySet<string> = new Set(['lives', 'life'])
const amongIncluding: ReadonlySet<string> = new Set(['among', 'including'])
/** "six of them", "one of the dead": determiners after "of" that make a part of a whole. */
const partOfWhole: ReadonlySet<string> = new Set(['the', 'them', 'those', 'these', 'its', 'their', 'our', 'whom', 'which', 'us'])
/** The ones of them that a noun phrase follows ("of the residents"). */
const partOfGroup: ReadonlySet<string> = new Set(['the', 'those', 'these', 'its', 'their', 'our'])
/** Words before a bare hour ("at ten"), and words after a number that make it no hour ("at ten of them"). */
const clockPrepositions: ReadonlySet<string> = new Set(['at', 'past', 'till', 'until'])
const notClockAfter: ReadonlySet<string> = new Set(['of', 'out', 'per', 'to'])
/** Qualifiers a year may have ("around 1990", "up to 2015"). */
const yearQualifiers: ReadonlySet<string> = new Set(['about', 'around', 'circa', 'up to'])
const rateAdverbs: ReadonlySet<string> = new Set(['annually', 'daily', 'hourly', 'monthly', 'weekly', 'yearly'])
const partitiveWords: ReadonlySet<string> = new Set(['among', 'include', 'included', 'includes', 'including'])
/** Adverbs and auxiliaries between a measure and its linking verb ("the toll has now risen to"). */
const subjectVerbFillers: ReadonlySet<string> = new Set(['now', 'already', 'since', 'then', 'reportedly', 'officially', 'has', 'had', 'have'])
/** Verbs that count deaths as lives ("claimed 15 lives"), and "lost their lives". */
const livesVerbs: ReadonlySet<string> = new Set(['claimed', 'claiming', 'claims', 'cost', 'took'])
const loseVerbs: ReadonlySet<string> = new Set(['lost', 'lose', 'losing'])

const ageOf: ReadonlyArray<string> = ['age', 'of']
const outOf: ReadonlyArray<string> = ['out', 'of']
const from: ReadonlyArray<string> = ['from']

const numberPattern = /^(\d+(?:\.\d+)?)$/
const suffixedPattern = /^(\d+(?:\.\d+)?)(bn|k|m|mn|tn)$/i
const ordinalPattern = /^(\d+)(st|nd|rd|th)$/i
const decadePattern = /^(\d{2}|\d{4})s$/
const clockPattern = /^(\d{1,2})(?:[:.](\d\d))?(am|pm)$/i
const colonPattern = /^\d{1,2}(?::\d\d){1,2}$/
const plusPattern = /^(\d+(?:\.\d+)?)\+$/

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

/** Whether a word is a month name (or its abbreviation). */
export function isMonth(word: string): boolean {
  return isNameIn(word, months)
}

/** Whether a word is a weekday name (or its abbreviation). */
export function isWeekday(word: string): boolean {
  return isNameIn(word, weekdays)
}

/**
 * Whether a word, in lower case and without a full stop, is one of `names`
 * (month or weekday names: 3 to 9 ASCII letters). Lower-casing keeps the
 * length of any word that can match, so longer or shorter words are out
 * without building their lower case.
 */
function isNameIn(word: string, names: ReadonlySet<string>): boolean {
  if (word.length < 3 || word.length > 10) return false
  return names.has(withoutStop(word.toLowerCase()))
}

/** A word without one final full stop: "Thurs." → "Thurs". */
function withoutStop(word: string): string {
  return word.charCodeAt(word.length - 1) === fullStop ? word.slice(0, -1) : word
}

const fullStop = 46

/** The event a word counts ("died" → death), if any. */
export function eventOf(word: string): EventKind | undefined {
  return eventWords.get(word.toLowerCase())
}

/** The value of a number word ("ten" → 10, "twenty-five" → 25), if it is one. */
export function numberWordValue(word: string): number | undefined {
  if (!mayBeNumberWord(word)) return undefined
  const lower = word.toLowerCase()
  const hyphen = lower.indexOf('-')
  if (hyphen < 0) return numberWords.get(lower)
  if (lower.indexOf('-', hyphen + 1) >= 0) return undefined
  const tens = numberWords.get(lower.slice(0, hyphen))
  const ones = numberWords.get(lower.slice(hyphen + 1))
  if (tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones > 0 && ones < 10) {
    return tens + ones
  }
  return undefined
}

/** The first letters of the number words (z, o, t, f, s, e, n), as a bit set over a–z. */
const numberWordInitials = [...'zotfsen'].reduce((bits, letter) => bits | (1 << (letter.charCodeAt(0) - 97)), 0)

/**
 * Whether a word can be a number word by its length ("one" to
 * "seventy-seven") and first character: an ASCII letter must be one that
 * starts a number word (in either case); a non-ASCII one is left to the full
 * test. Lower-casing keeps the length of any word that can match. Most words
 * are out before their lower case is built.
 */
function mayBeNumberWord(word: string): boolean {
  if (word.length < 3 || word.length > 13) return false
  const code = word.charCodeAt(0)
  if (code >= 128) return true
  const letter = (code | 0x20) - 97
  return letter >= 0 && letter < 26 && (numberWordInitials & (1 << letter)) !== 0
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

/** A number read off the token list: its value and where it ends. */
interface RawNumber {
  value: number
  /** Index of the first and last token of the number. */
  first: number
  last: number
  form: 'digits' | 'words' | 'mixed'
  grouped?: boolean
  decimal: boolean
  /** A kind fixed by the token's shape ("21st", "6am", "1990s", "36-year-old"). */
  kind?: QuantityKind
  /** The unit of a compound ("year-old", "acre"). */
  compound?: string
  /** Characters of the last token that belong to the number, when the token holds more ("36-year-old", "18+"). */
  length?: number
  /** Characters between the number and its compound unit: 1 for a hyphen ("48-acre"), 0 for a suffix ("100m"). */
  joint?: number
  /** Trailing "+" ("18+"). */
  plus?: boolean
  /** A full stop the tokenizer kept inside the last word ("31." at a sentence end): not part of the number. */
  stop?: boolean
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

/** A word in lower case, without a full stop the tokenizer kept at a sentence end ("cent." → "cent"). */
export function lowerOf(token: Token | undefined): string {
  if (!token) return ''
  // toLowerCase returns the same string when nothing changes; only a final full stop needs the pattern.
  const lower = token.text.toLowerCase()
  return lower.charCodeAt(lower.length - 1) === fullStop ? lower.replace(stoppedWord, '$1') : lower
}

const stoppedWord = /^([\p{L}'’-]+)\.$/u

/** Whether the token is the word `word` (lower case). */
function isWord(token: Token | undefined, word: string): boolean {
  return token?.type === 'word' && lowerOf(token) === word
}

/** Whether the token is one of `words` (lower case). */
function isWordIn(token: Token | undefined, words: ReadonlySet<string>): boolean {
  return token?.type === 'word' && words.has(lowerOf(token))
}

/** The index of the next word token after `index` (skipping one white space), or -1. */
function nextWord(tokens: ReadonlyArray<Token>, index: number): number {
  let at = index + 1
  if (tokens[at]?.type === 'space') at++
  return tokens[at]?.type === 'word' ? at : -1
}

/** The index of the previous word token before `index` (skipping one white space), or -1. */
function previousWord(tokens: ReadonlyArray<Token>, index: number): number {
  let at = index - 1
  if (tokens[at]?.type === 'space') at--
  return tokens[at]?.type === 'word' ? at : -1
}

function readNumber(tokens: ReadonlyArray<Token>, index: number): RawNumber | undefined {
  let text = tokens[index].text
  // Every pattern of figures starts with a digit: other words can only be number words.
  if (!startsWithDigit(text)) return text.includes('-') ? readCompound(tokens, index) : readNumberWords(tokens, index)
  const stop = /^\d+\.$/.test(text)
  if (stop) text = text.slice(0, -1)
  let match = numberPattern.exec(text)
  if (match) {
    let value = Number(match[1])
    let last = index
    let grouped: boolean | undefined
    let decimal = text.includes('.')
    // "72" "," "000": thousands groups, written without spaces.
    if (!decimal && /^\d{1,3}$/.test(text)) {
      while (
        tokens[last + 1]?.type === 'punctuation' &&
        tokens[last + 1].text === ',' &&
        tokens[last + 2]?.type === 'word' &&
        /^\d{3}(?:\.\d*|bn|k|m|mn|tn)?$/i.test(tokens[last + 2].text)
      ) {
        const group = tokens[last + 2].text.replace(/\.$/, '')
        last += 2
        grouped = true
        const suffixed = /^(\d{3})(\D+)$/.exec(group)
        if (suffixed) {
          // "1,500m", "$1,200bn": a suffix on the last group.
          return withSuffix(tokens, index, last, Number(String(Math.trunc(value)) + suffixed[1]), suffixed[2], false, true)
        }
        value = Number(String(Math.trunc(value)) + group)
        decimal = group.includes('.')
      }
    }
    if (grouped === undefined && !decimal && value >= 1000 && !/^0/.test(text)) grouped = false
    const stopped = stop || (last > index && /\.$/.test(tokens[last].text))
    let form: RawNumber['form'] = 'digits'
    if (stopped) return {value, first: index, last, form, grouped, decimal, stop: true}
    const scale = nextWord(tokens, last)
    if (scale >= 0 && scaleWords.has(lowerOf(tokens[scale])) && lowerOf(tokens[scale]) !== 'hundred') {
      value *= scaleWords.get(lowerOf(tokens[scale]))!
      last = scale
      form = 'mixed'
      grouped = undefined
    }
    return {value, first: index, last, form, grouped, decimal}
  }
  if ((match = suffixedPattern.exec(text))) {
    return withSuffix(tokens, index, index, Number(match[1]), match[2], match[1].includes('.'), undefined)
  }
  if ((match = plusPattern.exec(text))) {
    return {value: Number(match[1]), first: index, last: index, form: 'digits', decimal: match[1].includes('.'), plus: true, length: match[1].length}
  }
  if ((match = ordinalPattern.exec(text))) {
    return {value: Number(match[1]), first: index, last: index, form: 'digits', decimal: false, kind: 'ordinal'}
  }
  if ((match = decadePattern.exec(text))) {
    return {value: Number(match[1]), first: index, last: index, form: 'digits', decimal: false, kind: 'decade'}
  }
  if ((match = clockPattern.exec(text)) || colonPattern.test(text)) {
    return {value: Number(text.split(/[:.a-z]/i)[0]), first: index, last: index, form: 'digits', decimal: false, kind: 'time'}
  }
  if (text.includes('-')) return readCompound(tokens, index)
  if (/^\d+\/\d+$/.test(text)) {
    return {value: Number(text.split('/')[0]), first: index, last: index, form: 'digits', decimal: false, kind: 'other'}
  }
  return readNumberWords(tokens, index)
}

/**
 * A number with a letter suffix: "£5m", "$5.5bn" scale a sum of money; "100m"
 * and "10k" without a currency are metres and kilometres ("the 1,500m final").
 */
function withSuffix(
  tokens: ReadonlyArray<Token>,
  first: number,
  last: number,
  value: number,
  suffix: string,
  decimal: boolean,
  grouped: boolean | undefined
): RawNumber {
  const lower = suffix.toLowerCase()
  const before = tokens[first - 1]
  const money = before?.type === 'symbol' && currencySymbols.has(before.text)
  if (!money && (lower === 'm' || lower === 'k')) {
    const length = tokens[last].text.length - suffix.length
    return {value, first, last, form: 'digits', grouped, decimal, kind: 'measure', compound: lower === 'm' ? 'm' : 'km', length, joint: 0}
  }
  return {value: value * scaleSuffixes.get(lower)!, first, last, form: 'mixed', decimal}
}

/** "36-year-old", "ten-storey", "5.3-magnitude", "twenty-five", "3-1". */
function readCompound(tokens: ReadonlyArray<Token>, index: number): RawNumber | undefined {
  const text = tokens[index].text
  // Without a leading digit, the first part must be a number word ("well-known" is out at once).
  if (!startsWithDigit(text) && !numberWords.has(text.slice(0, text.indexOf('-')).toLowerCase())) return undefined
  const parts = text.split('-')
  const whole = numberWordValue(text)
  if (whole !== undefined) return readNumberWords(tokens, index)
  let value: number | undefined
  let taken = 0
  let form: RawNumber['form'] = 'digits'
  if (numberPattern.test(parts[0])) {
    value = Number(parts[0])
    taken = 1
  } else if (parts.length > 2 && numberWordValue(parts[0] + '-' + parts[1]) !== undefined) {
    value = numberWordValue(parts[0] + '-' + parts[1])
    taken = 2
    form = 'words'
  } else if (numberWords.has(parts[0].toLowerCase())) {
    value = numberWords.get(parts[0].toLowerCase())
    taken = 1
    form = 'words'
  }
  if (value === undefined) return undefined
  const rest = parts.slice(taken).join('-')
  if (rest === '' || /^\d/.test(rest)) {
    return {value, first: index, last: index, form, decimal: parts[0].includes('.'), kind: 'other'}
  }
  if (!/^\p{L}/u.test(rest)) return undefined
  const lower = rest.toLowerCase()
  const kind: QuantityKind = /old$/.test(lower)
    ? 'age'
    : measureUnits.has(lower.replace(/-long$/, '')) || measureUnits.has(lower + 's')
      ? 'measure'
      : 'compound'
  const length = parts.slice(0, taken).join('-').length
  return {value, first: index, last: index, form, decimal: parts[0].includes('.'), kind, compound: lower, length}
}

/** "ten", "twenty-five", "two hundred", "three million", "one hundred and twenty". */
function readNumberWords(tokens: ReadonlyArray<Token>, index: number): RawNumber | undefined {
  const first = numberWordValue(tokens[index].text)
  if (first === undefined) return undefined
  let total = 0
  let current = first
  let last = index
  for (;;) {
    const next = nextWord(tokens, last)
    if (next < 0) break
    const word = lowerOf(tokens[next])
    const scale = scaleWords.get(word)
    if (scale !== undefined) {
      if (scale === 100) current *= 100
      else {
        total += current * scale
        current = 0
      }
      last = next
      continue
    }
    // "one hundred and twenty"
    if (word === 'and' && /hundred|thousand/i.test(tokens[last].text)) {
      const after = nextWord(tokens, next)
      const value = after >= 0 ? numberWordValue(tokens[after].text) : undefined
      if (value !== undefined && value < 100) {
        current += value
        last = after
        continue
      }
    }
    break
  }
  return {value: total + current, first: index, last, form: 'words', decimal: false}
}

function span(tokens: ReadonlyArray<Token>, first: number, last: number): Span {
  const start = tokens[first].start
  let end = tokens[last].end
  let text = ''
  for (let index = first; index <= last; index++) text += tokens[index].text
  // A sentence-final full stop inside the last word is not part of the phrase.
  const lastText = tokens[last].text
  if (tokens[last].type === 'word' && lastText.charCodeAt(lastText.length - 1) === fullStop && stoppedWord.test(lastText)) {
    text = text.slice(0, -1)
    end--
  }
  return {text, start, end}
}

/** The index of the first token starting at offset `start`, or -1. */
function indexStartingAt(tokens: ReadonlyArray<Token>, start: number): number {
  for (let index = 0; index < tokens.length; index++) if (tokens[index].start === start) return index
  return -1
}

/** The index of the first token ending at offset `end`, or -1 (a phrase without its final full stop ends inside a token). */
function indexEndingAt(tokens: ReadonlyArray<Token>, end: number): number {
  for (let index = 0; index < tokens.length; index++) if (tokens[index].end === end) return index
  return -1
}

/** Match a phrase of words (lower case) ending just before `index` (tokens separated by single spaces). */
function phraseBefore(tokens: ReadonlyArray<Token>, index: number, words: ReadonlyArray<string>): number {
  let at = index
  for (let position = words.length - 1; position >= 0; position--) {
    const previous = previousWord(tokens, at)
    if (previous < 0 || lowerOf(tokens[previous]) !== words[position]) return -1
    at = previous
  }
  return at
}

/** Match a phrase of words (lower case) starting just after `index`. */
function phraseAfter(tokens: ReadonlyArray<Token>, index: number, words: ReadonlyArray<string>): number {
  let at = index
  for (const word of words) {
    const next = nextWord(tokens, at)
    if (next < 0 || lowerOf(tokens[next]) !== word) return -1
    at = next
  }
  return at
}

/** A quantity from a number read off a sentence; `before` is the quantity before it in the sentence. */
function describe(sentence: SentenceInfo, raw: RawNumber, before: Quantity | undefined): Quantity {
  const {tokens} = sentence
  const number = span(tokens, raw.first, raw.last)
  // The whole token run, with a compound's unit ("36-year-old"), before the number is cut out of it.
  const wholeText = number.text
  const wholeStart = number.start
  const wholeEnd = number.end
  if (raw.stop) {
    number.text = number.text.slice(0, -1)
    number.end--
  }
  if (raw.length !== undefined) {
    number.end = tokens[raw.last].start + raw.length
    number.text = number.text.slice(0, number.end - number.start)
  }
  const quantity: Quantity = {
    text: number.text,
    start: number.start,
    end: number.end,
    value: raw.value,
    line: tokens[raw.first].node.position?.start.line ?? sentence.line,
    form: raw.form,
    grouped: raw.grouped,
    decimal: raw.decimal,
    kind: raw.kind ?? 'count',
    qualifiers: noQualifiers,
    bound: 'exact',
    additional: false,
    partitive: false,
    range: false,
    rate: false,
    sentenceStart: isSentenceStart(tokens, raw.first),
    headline: sentence.headline,
    sentence
  }
  if (raw.compound) {
    const joint = raw.joint ?? 1
    quantity.unit = {text: wholeText.slice(number.end + joint - wholeStart), start: number.end + joint, end: wholeEnd, normal: raw.compound}
  }
  const qualifierStart = readQualifiers(tokens, raw.first, quantity)
  if (raw.plus) {
    quantity.qualifiers = [...quantity.qualifiers, {text: '+', start: number.end, end: number.end + 1}]
    quantity.bound = 'lower'
  }
  let after = raw.last
  if (!raw.kind) after = classify(sentence, raw, quantity, qualifierStart)
  if (quantity.kind === 'count' || quantity.kind === 'percent' || quantity.kind === 'money' || quantity.kind === 'measure' || quantity.kind === 'compound') {
    after = readTrailingQualifiers(tokens, after, quantity)
    readCounted(tokens, after, quantity)
    readRelations(tokens, raw, qualifierStart, quantity, before)
    if (quantity.kind === 'count' || quantity.kind === 'compound') {
      readMeasure(tokens, qualifierStart, quantity)
      readEvent(tokens, qualifierStart, after, quantity)
    }
  }
  return quantity
}

function isSentenceStart(tokens: ReadonlyArray<Token>, index: number): boolean {
  return tokens[index].initial
}

/** Read qualifiers before the number; returns the index of the first token of the whole mention. */
function readQualifiers(tokens: ReadonlyArray<Token>, index: number, quantity: Quantity): number {
  let first = index
  let found: Span[] | undefined
  for (;;) {
    // Only the phrases ending in the word before can match; the longest wins.
    const last = previousWord(tokens, first)
    const candidates = last >= 0 ? qualifiersByLastWord.get(lowerOf(tokens[last])) : undefined
    if (!candidates) break
    let at = -1
    let bound: Bound | 'additional' | undefined
    for (const candidate of candidates) {
      at = phraseBefore(tokens, first, candidate.words)
      if (at >= 0) {
        bound = candidate.meaning
        break
      }
    }
    if (bound === undefined) break
    if (bound === 'additional') quantity.additional = true
    else if (quantity.bound === 'exact') quantity.bound = bound
    if (!found) found = []
    found.unshift(span(tokens, at, last))
    first = at
  }
  quantity.qualifiers = found ?? noQualifiers
  return first
}

/** The qualifiers of a quantity that has none (never changed in place: qualifiers are added by copying). */
const noQualifiers: ReadonlyArray<Span> = []

function readTrailingQualifiers(tokens: ReadonlyArray<Token>, index: number, quantity: Quantity): number {
  const next = nextWord(tokens, index)
  if (next < 0) return index
  const word = lowerOf(tokens[next])
  for (const {words, meaning: bound} of trailingPhrases) {
    if (words[0] !== word) continue
    const at = phraseAfter(tokens, index, words)
    if (at < 0) continue
    quantity.qualifiers = [...quantity.qualifiers, span(tokens, nextWord(tokens, index), at)]
    if (bound === 'additional') quantity.additional = true
    else quantity.bound = bound
    return at
  }
  return index
}

/** Decide the kind and unit of a plain number; returns the index of its last token (with the unit). */
function classify(sentence: SentenceInfo, raw: RawNumber, quantity: Quantity, qualifierStart: number): number {
  const {tokens} = sentence
  const next = nextWord(tokens, raw.last)
  const nextText = next >= 0 ? lowerOf(tokens[next]) : ''
  const previous = previousWord(tokens, qualifierStart)
  const previousText = previous >= 0 ? tokens[previous].text : ''
  const previousLower = previousText.toLowerCase()
  const adjacent = tokens[raw.last + 1]
  const before = tokens[raw.first - 1]

  // Percentages: "15%", "15 per cent", "15 percent".
  if (adjacent?.type === 'symbol' && adjacent.text === '%') {
    quantity.kind = 'percent'
    quantity.unit = {...span(tokens, raw.last + 1, raw.last + 1), normal: '%'}
    return raw.last + 1
  }
  if (nextText === 'percent' || nextText === 'per-cent' || nextText === 'pc') {
    quantity.kind = 'percent'
    quantity.unit = {...span(tokens, next, next), normal: nextText === 'percent' ? 'percent' : nextText}
    return next
  }
  if (nextText === 'per') {
    const cent = nextWord(tokens, next)
    if (cent >= 0 && lowerOf(tokens[cent]) === 'cent') {
      quantity.kind = 'percent'
      quantity.unit = {...span(tokens, next, cent), normal: 'per cent'}
      return cent
    }
  }
  // Money: "$5", "US$473.60", "£5m", "1.7 billion dollars".
  if (before?.type === 'symbol' && currencySymbols.has(before.text)) {
    let first = raw.first - 1
    if (tokens[first - 1]?.type === 'word' && /^[A-Z]{1,3}$/.test(tokens[first - 1].text)) first--
    quantity.kind = 'money'
    quantity.unit = {...span(tokens, first, raw.first - 1), normal: tokens[raw.first - 1].text}
    return raw.last
  }
  if (currencyWords.has(nextText)) {
    quantity.kind = 'money'
    quantity.unit = {...span(tokens, next, next), normal: nextText}
    return next
  }
  // Clock times: "1922 UTC", "10 am", "6 p.m.".
  if (timeWords.has(nextText.replace(/\.$/, '').replace(/['’]/, ''))) {
    quantity.kind = 'time'
    return raw.last
  }
  // Dates: "March 4", "4 March", "March 4 and 5", "the 5th of March".
  if (!raw.decimal && raw.value >= 1 && raw.value <= 31 && Number.isInteger(raw.value)) {
    if (isMonth(previousText) || isMonth(tokens[next]?.text ?? '') || isDateListItem(tokens, raw.first)) {
      quantity.kind = 'date'
      return raw.last
    }
  }
  // Years: four digits, no separator, after a month or a preposition, or before a singular noun.
  if (raw.form === 'digits' && raw.grouped === false && raw.value >= 1000 && raw.value <= 2100 && /^\d{4}$/.test(tokens[raw.first].text)) {
    if (isYear(tokens, raw, next, previousText, quantity)) {
      quantity.kind = 'year'
      return raw.last
    }
  }
  if (raw.form === 'digits' && /^0\d/.test(tokens[raw.first].text)) {
    quantity.kind = 'time'
    return raw.last
  }
  // Ages: "aged 28", "at age 10", "28 years old", "Adamowicz, 53, …".
  if (previousLower === 'aged' || previousLower === 'age' || phraseBefore(tokens, qualifierStart, ageOf) >= 0) {
    quantity.kind = 'age'
    return raw.last
  }
  if ((nextText === 'years' || nextText === 'year') && isWord(tokens[nextWord(tokens, next)], 'old')) {
    const old = nextWord(tokens, next)
    quantity.kind = 'age'
    quantity.unit = {...span(tokens, next, old), normal: 'years old'}
    return old
  }
  if (isApposedAge(tokens, raw)) {
    quantity.kind = 'age'
    return raw.last
  }
  // Magnitudes: "magnitude 6.3".
  if (previousLower === 'magnitude') {
    quantity.kind = 'measure'
    quantity.unit = {...span(tokens, previous, previous), normal: 'magnitude'}
    return raw.last
  }
  // Units: "500 miles", "24 hours", "75 m".
  if (next >= 0 && measureUnits.has(nextText.replace(/\.$/, ''))) {
    const unitLast = nextText === 'square' || nextText === 'sq' || nextText === 'nautical' ? nextWord(tokens, next) : next
    quantity.kind = 'measure'
    const last = unitLast >= 0 ? unitLast : next
    quantity.unit = {...span(tokens, next, last), normal: lowerOf(tokens[last])}
    return last
  }
  // Clock times given as a bare hour: "at ten", "until 5".
  if (
    Number.isInteger(raw.value) && raw.value >= 1 && raw.value <= 12 &&
    clockPrepositions.has(previousLower) && qualifierStart === raw.first &&
    !(next >= 0 && (isNounPhraseWord(tokens, next) || notClockAfter.has(nextText)))
  ) {
    quantity.kind = 'time'
    return raw.last
  }
  // Identifiers: "Area 51", "Falcon 9", "Flight 8501", "No. 10", "Air Force One".
  if (
    isIdentifier(tokens, raw, previous, qualifierStart) ||
    (raw.form === 'words' && !sentence.headline && !tokens[raw.first].initial && /^\p{Lu}/u.test(tokens[raw.first].text))
  ) {
    quantity.kind = 'identifier'
    return raw.last
  }
  if (/^\d+(?:\.\d+)?$/.test(tokens[raw.first].text) && tokens[raw.last + 1]?.type === 'punctuation' && /^[-–/]$/.test(tokens[raw.last + 1].text) && /^\d/.test(tokens[raw.last + 2]?.text ?? '')) {
    // "3-1" split by the tokenizer is rare; a range written with a dash.
    quantity.range = true
  }
  return raw.last
}

function isDateListItem(tokens: ReadonlyArray<Token>, index: number): boolean {
  // "March 4 and 5", "December 27 or December 28" (the second is caught by the month).
  const conjunction = previousWord(tokens, index)
  if (conjunction < 0 || !isWordIn(tokens[conjunction], listConjunctions)) return false
  const day = previousWord(tokens, conjunction)
  if (day < 0 || !/^\d{1,2}$/.test(tokens[day].text)) return false
  const month = previousWord(tokens, day)
  return month >= 0 && isMonth(tokens[month].text)
}

function isYear(tokens: ReadonlyArray<Token>, raw: RawNumber, next: number, previousText: string, quantity: Quantity): boolean {
  // "more than 2000", "nearly 1500" count; "up to 2015", "around 1990" can be years.
  if (quantity.qualifiers.some((qualifier) => !yearQualifiers.has(qualifier.text.toLowerCase()))) {
    return false
  }
  if (isMonth(previousText) || yearPrepositions.has(previousText.toLowerCase())) return true
  // "between 2017 and 2018", "from 1998 to 2004": the second of two years; "… and 1800 finished" counts.
  if (/^(?:and|but|or|to)$/i.test(previousText)) {
    const conjunction = previousWord(tokens, raw.first)
    const other = conjunction >= 0 ? previousWord(tokens, conjunction) : -1
    if (other >= 0 && /^(?:1\d|20)\d\d$/.test(tokens[other].text)) return true
    // "dates to 1873", "up to 2015", but not "from 1500 to 2000 people".
    if (previousText.toLowerCase() !== 'to' || (other >= 0 && /^\d/.test(tokens[other].text))) return false
    return !/^[a-z]+s$/.test(lowerOf(tokens[next])) || /ss$/.test(lowerOf(tokens[next]))
  }
  // "March 4, 2019": a comma after a day of a month.
  const comma = tokens[raw.first - 1]
  if (comma?.text === ',' || (tokens[raw.first - 1]?.type === 'space' && tokens[raw.first - 2]?.text === ',')) {
    const day = tokens[raw.first - 1]?.text === ',' ? raw.first - 2 : raw.first - 3
    const dayToken = tokens[day]
    if (dayToken && /^\d{1,2}(?:st|nd|rd|th)?$/.test(dayToken.text)) {
      const month = previousWord(tokens, day)
      if (month >= 0 && isMonth(tokens[month].text)) return true
    }
  }
  // "2017–2018", "2017-18".
  const joined = tokens[raw.last + 1]
  if (joined?.type === 'punctuation' && /^[-–]$/.test(joined.text)) return true
  if (next < 0) return true
  const word = tokens[next].text
  const lower = word.toLowerCase()
  if (lower === 'of' || measureUnits.has(lower) || currencyWords.has(lower)) return false
  // "1800 people" counts; "1973 building", "2005 Opel" name a year.
  if (/^[a-z]+s$/.test(word) && !/ss$/.test(word)) return false
  return true
}

function isApposedAge(tokens: ReadonlyArray<Token>, raw: RawNumber): boolean {
  // "Andrew Kinsman, 49, was …": a capitalised name, a comma, the number, a comma or the end.
  if (raw.form !== 'digits' || raw.value < 1 || raw.value > 120 || raw.decimal) return false
  const commaIndex = tokens[raw.first - 1]?.type === 'space' ? raw.first - 2 : raw.first - 1
  if (tokens[commaIndex]?.text !== ',') return false
  const nameIndex = commaIndex - 1
  const name = tokens[nameIndex]
  if (name?.type !== 'word' || !/^\p{Lu}\p{Ll}/u.test(name.text) || isMonth(name.text) || isWeekday(name.text)) {
    return false
  }
  const after = tokens[raw.last + 1]
  return after === undefined || after.text === ',' || after.text === ')' || after.text === '.' || after.text === ';'
}

function isIdentifier(tokens: ReadonlyArray<Token>, raw: RawNumber, previous: number, qualifierStart: number): boolean {
  if (previous < 0 || qualifierStart !== raw.first || raw.form !== 'digits') return false
  const word = tokens[previous].text
  if (labelNouns.has(lowerOf(tokens[previous]).replace(/\.$/, ''))) return true
  if (!/^\p{Lu}/u.test(word) || isMonth(word) || isWeekday(word)) return false
  return !endsPhrase(word)
}

function readCounted(tokens: ReadonlyArray<Token>, index: number, quantity: Quantity): void {
  let at = nextWord(tokens, index)
  // "six of them", "3000 of the residents"
  if (at >= 0 && isWord(tokens[at], 'of') && (quantity.kind === 'count' || quantity.kind === 'percent')) {
    const determiner = nextWord(tokens, at)
    if (determiner >= 0 && isWordIn(tokens[determiner], partOfWhole)) {
      quantity.partitive = true
      if (isWordIn(tokens[determiner], partOfGroup)) {
        const phrase = readNounPhrase(tokens, determiner)
        if (phrase) quantity.counted = phrase
      }
      return
    }
  }
  if (quantity.kind !== 'count' && quantity.kind !== 'compound') return
  // "six other hostages", "eleven other crew": a further group.
  if (at >= 0 && isWordIn(tokens[at], others)) {
    quantity.additional = true
    index = at
  }
  const phrase = readNounPhrase(tokens, index, quantity.value === 1)
  if (phrase) quantity.counted = phrase
  // "twelve more", "2,000 more people"
  const more = nextWord(tokens, phrase ? indexEndingAt(tokens, phrase.end) : index)
  if (more >= 0 && isWord(tokens[more], 'more')) {
    quantity.additional = true
    quantity.qualifiers = [...quantity.qualifiers, span(tokens, more, more)]
  }
}

function isNounPhraseWord(tokens: ReadonlyArray<Token>, index: number): boolean {
  const token = tokens[index]
  if (token?.type !== 'word') return false
  const lower = lowerOf(token)
  if (endsPhrase(lower) || verbFillers.has(lower)) return false
  if (numberWordValue(lower) !== undefined || /^\d/.test(lower)) return false
  if (/ly$/.test(lower) && !nounsInLy.has(lower)) return false
  if (isMonth(token.text) && /^\p{Lu}/u.test(token.text)) return false
  return /^[\p{L}][\p{L}'’-]*$/u.test(lower)
}

/** Adjectives used as nouns after a number: "five dead", "30 injured", "68 missing". Keep sorted. */
const adjectivesAsNouns: ReadonlySet<string> = new Set(['dead', 'deceased', 'hurt', 'injured', 'killed', 'missing', 'wounded'])

function isPlural(word: string): boolean {
  return /[^su]s$/.test(word) || /^(?:children|men|people|women|personnel|police|staff|feet|mice|geese|teeth|cattle)$/i.test(word)
}

/**
 * The noun phrase after index: up to four words, ending at a function word, an
 * adverb, a verb form or punctuation. For a plural figure the phrase ends at
 * its first plural noun ("premature deaths", not "deaths annually").
 */
function readNounPhrase(tokens: ReadonlyArray<Token>, index: number, singular = false): (Span & {head: string}) | undefined {
  const words: number[] = []
  let at = nextWord(tokens, index)
  while (at >= 0 && words.length < 4 && isNounPhraseWord(tokens, at)) {
    const lower = lowerOf(tokens[at])
    const following = nextWord(tokens, at)
    const verbLike = /(?:ed|ing)$/.test(lower) || (eventWords.has(lower) && !/s$/.test(lower) && lower !== 'dead')
    // A participle or a verb belongs to the phrase only before another noun: "injured people", "parking spaces".
    if (verbLike && words.length > 0) break
    if (verbLike && !(following >= 0 && isNounPhraseWord(tokens, following) && !/(?:ed|ing)$/.test(lowerOf(tokens[following])))) {
      if (words.length === 0 && adjectivesAsNouns.has(lower)) words.push(at)
      break
    }
    // "one vaccine appears": after a singular noun, a word in -s is a verb.
    if (singular && words.length > 0 && /s$/.test(lower)) break
    words.push(at)
    if ((eventWords.has(lower) && lower !== 'dead') || (!singular && isPlural(lower) && /^\p{Ll}/u.test(tokens[at].text))) {
      at = following
      // "women and children"
      if (at >= 0 && isWordIn(tokens[at], andOr) && words.length === 1) {
        const other = nextWord(tokens, at)
        if (other >= 0 && isNounPhraseWord(tokens, other) && isPlural(lowerOf(tokens[other])) && !/(?:ed|ing)$/.test(lowerOf(tokens[other]))) {
          words.push(other)
        }
      }
      break
    }
    at = following
  }
  if (words.length === 0) return undefined
  const phrase = span(tokens, words[0], words[words.length - 1])
  return {...phrase, head: lowerOf(tokens[words[words.length - 1]])}
}

/** Ranges, rates, partitives ("among"), changes ("from X to Y"). */
function readRelations(tokens: ReadonlyArray<Token>, raw: RawNumber, qualifierStart: number, quantity: Quantity, before: Quantity | undefined): void {
  const previous = previousWord(tokens, qualifierStart)
  const previousLower = previous >= 0 ? lowerOf(tokens[previous]) : ''
  // "between 36 and 40", "from 93 to 167", "6% to 11%", "2017–2018"
  if (previousLower === 'between') quantity.range = true
  if (previousLower === 'and' || previousLower === 'to' || tokens[qualifierStart - 1]?.text === '–') {
    const other = before
    if (other && other.end >= (tokens[previous]?.start ?? 0) - 30 && other.kind === quantity.kind) {
      if (other.range || previousLower === 'and') {
        if (other.range) quantity.range = true
      }
      if (previousLower === 'to' && other.change === 'from') quantity.change = 'to'
      if (previousLower === 'to' && !other.change && phraseBefore(tokens, indexStartingAt(tokens, other.start), from) >= 0) {
        other.change = 'from'
        quantity.change = 'to'
      }
    }
  }
  if (previousLower === 'from') {
    quantity.change = 'from'
  }
  if (previousLower === 'to' && previous >= 0) {
    const verb = previousWord(tokens, previous)
    if (verb >= 0 && changeVerbs.has(lowerOf(tokens[verb]))) quantity.change = 'to'
  }
  if (changeVerbs.has(previousLower) || (previousLower === 'by' && changeVerbs.has(lowerOf(tokens[previousWord(tokens, previous)]) ?? ''))) {
    quantity.change = 'to'
  }
  // "up from 93", "down from 12"
  if (previousLower === 'from' && previous >= 0 && isWordIn(tokens[previousWord(tokens, previous)], upDown)) quantity.change = 'from'
  // Rates: "seven per 100,000", "16,000 deaths a year", "twice a day".
  let after = raw.last
  const counted = quantity.counted
  if (counted) after = indexEndingAt(tokens, counted.end)
  if (quantity.unit && quantity.unit.end > (tokens[after]?.end ?? 0)) after = indexEndingAt(tokens, quantity.unit.end)
  const next = nextWord(tokens, after)
  if (next >= 0) {
    const lower = lowerOf(tokens[next])
    const period = nextWord(tokens, next)
    if (rateAdverbs.has(lower)) quantity.rate = true
    else if (rateWords.has(lower) && period >= 0 && (ratePeriods.has(lowerOf(tokens[period])) || lower === 'per')) {
      quantity.rate = true
    }
  }
  if (previousLower === 'per') quantity.rate = true
  // Ratios: "four out of five", "one in three", "out of 10".
  if (phraseAfter(tokens, after, outOf) >= 0 || (!counted && next >= 0 && lowerOf(tokens[next]) === 'in' && /^(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a hundred)$/i.test(lowerOf(tokens[nextWord(tokens, next)])))) {
    quantity.rate = true
  }
  if (phraseBefore(tokens, qualifierStart, outOf) >= 0) quantity.rate = true
  // "among the dead", "one of the dead" are parts of a whole.
  const among = nextWord(tokens, after)
  if (among >= 0 && isWordIn(tokens[among], amongIncluding)) quantity.partitive = true
  if (partitiveWords.has(previousLower)) quantity.partitive = true
}

/** "The total number of deaths … now stood at 138", "a toll of 27 dead", "the death toll rose to 40". */
function readMeasure(tokens: ReadonlyArray<Token>, qualifierStart: number, quantity: Quantity): void {
  let at = previousWord(tokens, qualifierStart)
  if (at < 0) return
  let lower = lowerOf(tokens[at])
  // "toll of 27", "total of 39"
  if (lower === 'of') {
    const noun = previousWord(tokens, at)
    if (noun >= 0 && measureNouns.has(lowerOf(tokens[noun]))) {
      const first = measurePhraseStart(tokens, noun)
      quantity.measure = {...span(tokens, first, noun), head: measureHead(tokens, first, noun)}
    }
    return
  }
  // "… stood at 138", "… rose to 40", "… is 12"
  if (lower === 'at' || lower === 'to') {
    at = previousWord(tokens, at)
    if (at < 0) return
    lower = lowerOf(tokens[at])
  }
  if (!linkingVerbs.has(lower)) return
  // Skip adverbs ("now", "already") between the subject and the verb.
  let end = previousWord(tokens, at)
  while (end >= 0 && subjectVerbFillers.has(lowerOf(tokens[end]))) {
    end = previousWord(tokens, end)
  }
  if (end < 0) return
  // The subject runs back to the clause start; it must contain a measure noun.
  let first = end
  for (let index = end; index >= 0; index--) {
    const token = tokens[index]
    if (token.type === 'punctuation' && /^[,;:—–()]$/.test(token.text)) break
    if (token.type === 'word') first = index
  }
  let noun = -1
  for (let index = first; index <= end; index++) {
    if (tokens[index].type === 'word' && measureNouns.has(lowerOf(tokens[index]))) {
      noun = index
      break
    }
  }
  if (noun < 0) {
    // "the confirmed deaths are fourteen": a subject headed by an event noun.
    const head = lowerOf(tokens[end])
    if (!eventWords.has(head) || !/s$/.test(head)) return
    noun = end
  }
  const start = measurePhraseStart(tokens, noun, first)
  quantity.measure = {...span(tokens, start, end), head: measureHead(tokens, start, end)}
}

/** The start of a measure phrase: include modifiers before the noun ("total", "death"), not determiners. */
function measurePhraseStart(tokens: ReadonlyArray<Token>, noun: number, limit = 0): number {
  let first = noun
  for (;;) {
    const previous = previousWord(tokens, first)
    if (previous < limit || previous < 0) break
    const lower = lowerOf(tokens[previous])
    if (endsPhrase(lower) || /['’]s$/.test(lower)) break
    first = previous
  }
  return first
}

/** The head of a measure: "deaths" in "total number of deaths on the way", "death toll" in "the death toll". */
function measureHead(tokens: ReadonlyArray<Token>, first: number, last: number): string {
  for (let index = first; index <= last; index++) {
    if (isWord(tokens[index], 'of')) {
      const noun = nextWord(tokens, index)
      if (noun >= 0) return lowerOf(tokens[noun])
    }
  }
  const words = tokens.slice(first, last + 1).filter((token) => token.type === 'word')
  return words
    .filter((token) => !endsPhrase(token.text))
    .map((token) => token.text.toLowerCase())
    .join(' ')
}

/** What event is counted: from the counted noun, the measure, a verb before ("killed 12") or after ("12 … died"). */
function readEvent(tokens: ReadonlyArray<Token>, qualifierStart: number, last: number, quantity: Quantity): void {
  const counted = quantity.counted
  if (counted) {
    const event = eventWords.get(counted.head)
    if (event) return setEvent(quantity, event, counted)
  }
  const measure = quantity.measure
  if (measure) {
    for (const word of measure.text.toLowerCase().split(/[^\p{L}-]+/u)) {
      const event = eventWords.get(word)
      if (event) {
        const offset = measure.start + measure.text.toLowerCase().indexOf(word)
        return setEvent(quantity, event, {text: measure.text.slice(offset - measure.start, offset - measure.start + word.length), start: offset, end: offset + word.length})
      }
    }
  }
  // A verb just before: "killed 12", "killing at least eight people", "the death of 50 people", "claimed 15 lives".
  let previous = previousWord(tokens, qualifierStart)
  if (previous >= 0 && isWord(tokens[previous], 'of')) previous = previousWord(tokens, previous)
  if (previous >= 0) {
    const lower = lowerOf(tokens[previous])
    const event = eventWords.get(lower)
    if (event && lower !== 'dead') return setEvent(quantity, event, tokens[previous])
    if (livesVerbs.has(lower) && counted?.head === 'lives') {
      return setEvent(quantity, 'death', counted)
    }
  }
  // A verb after the counted noun: "106 people, mainly infants, have died", "35 were rescued".
  let at = counted ? indexEndingAt(tokens, counted.end) : last
  let skipped = 0
  for (;;) {
    let next = at + 1
    if (tokens[next]?.type === 'space') next++
    const token = tokens[next]
    if (!token) return
    if (token.type === 'punctuation' && token.text === ',') {
      // An aside: ", mainly infants," or ", according to the fire service,".
      const close = indexOfComma(tokens, next + 1)
      if (close < 0 || !isShortAside(tokens, next, close)) return
      at = close
      continue
    }
    if (token.type !== 'word') return
    const lower = lowerOf(token)
    if (lower === 'among') {
      quantity.partitive = true
      return
    }
    const event = eventWords.get(lower)
    if (event && (!counted || lower !== 'toll')) return setEvent(quantity, event, token)
    if (loseVerbs.has(lower)) {
      const their = nextWord(tokens, next)
      const lives = their >= 0 ? nextWord(tokens, their) : -1
      if (lives >= 0 && isWordIn(tokens[lives], livesOrLife)) return setEvent(quantity, 'death', span(tokens, next, lives))
    }
    if (!verbFillers.has(lower) || ++skipped > 4) return
    at = next
  }
}

/** The index of the first comma from `from` on, or -1. */
function indexOfComma(tokens: ReadonlyArray<Token>, from: number): number {
  for (let index = from; index < tokens.length; index++) if (tokens[index].text === ',') return index
  return -1
}

/** At most five words and no number between `first` and `close`: an aside, not a clause. */
function isShortAside(tokens: ReadonlyArray<Token>, first: number, close: number): boolean {
  let words = 0
  for (let index = first; index < close; index++) {
    const token = tokens[index]
    if (token.type === 'word' && ++words > 5) return false
    if (startsWithDigit(token.text)) return false
  }
  return true
}

/** Whether a text starts with an ASCII digit (`/^\d/`). */
function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 48 && code <= 57
}

function setEvent(quantity: Quantity, event: EventKind, word: Span): void {
  quantity.event = event
  quantity.eventWord = {text: word.text, start: word.start, end: word.end}
}
