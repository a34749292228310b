/**
 * The words the quantity readers know: number words, qualifiers, units,
 * currencies, months and weekdays, event words, and the small word sets the
 * readers test tokens against.
 */
import {isFunctionWord} from '../../function-words.js'
import {Memo} from '../../memo.js'
import type {Bound, EventKind} from '../quantities.js'
import {fullStop} from './token-walk.js'

/** Number words and their values. */
export const numberWords: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90]
])

export const scaleWords: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]
])

export const scaleSuffixes: ReadonlyMap<string, number> = new Map([
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
export interface PhraseWords<T> {
  words: ReadonlyArray<string>
  meaning: T
}

/**
 * The qualifiers grouped by their last word, longest first: the word before a
 * number picks the few phrases that can end there.
 */
export const qualifiersByLastWord: ReadonlyMap<string, ReadonlyArray<PhraseWords<Bound | 'additional'>>> = groupByLastWord(
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
export const trailingPhrases: ReadonlyArray<PhraseWords<Bound | 'additional'>> = [...trailingQualifiers]
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
export const currencyWords: ReadonlySet<string> = new Set([
  'baht', 'cents', 'dinars', 'dollars', 'euros', 'francs', 'krona', 'kronor', 'lira', 'naira', 'pence', 'pesos', 'pounds',
  'rand', 'reais', 'ringgit', 'riyals', 'roubles', 'rubles', 'rupees', 'shekels', 'shillings', 'won',
  'yen', 'yuan'
])

// Keep sorted.
export const currencySymbols: ReadonlySet<string> = new Set(['$', '£', '¥', '₣', '₦', '₩', '₪', '₫', '€', '₱', '₹', '₽'])

/** Units of measure and time (plural and singular, as written after a number). Keep sorted. */
export const measureUnits: ReadonlySet<string> = new Set([
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
export const timeWords: ReadonlySet<string> = new Set([
  'a.m', 'am', 'bst', 'cest', 'cet', 'edt', 'est', 'gmt', 'hrs', 'ist', 'oclock', 'p.m', 'pdt', 'pm', 'pst', 'utc'
])

/** Words before a four-digit number that make it a year. Keep sorted. */
export const yearPrepositions: ReadonlySet<string> = new Set([
  'after', 'around', 'before', 'between', 'by', 'circa', 'during', 'early', 'from', 'in', 'late', 'mid', 'of',
  'since', 'through', 'til', 'till', 'until', 'year'])

/** Nouns that label something with a number: "room 12", "top 10", "category 5". Keep sorted. */
export const labelNouns: ReadonlySet<string> = new Set([
  'act', 'aisle', 'amendment', 'apartment', 'article', 'bay', 'bed', 'block', 'box', 'bus', 'carriage',
  'category', 'channel', 'chapter', 'clause', 'column', 'court', 'exit', 'flat', 'flight', 'floor', 'gate',
  'grade', 'hall', 'junction', 'lane', 'level', 'line', 'no', 'nos', 'nr', 'number', 'page', 'paragraph',
  'part', 'phase', 'pier', 'platform', 'room', 'round', 'route', 'row', 'runway', 'seat', 'section', 'series',
  'size', 'stage', 'suite', 'table', 'terminal', 'tier', 'top', 'track', 'unit', 'verse', 'ward'
])

/** Words outside the closed classes that still end a noun phrase. Keep sorted. */
const phraseEnders: ReadonlySet<string> = new Set(['according', 'due', 'said', 'say', 'says', 'told'])

export function endsPhrase(word: string): boolean {
  return isFunctionWord(word) || phraseEnders.has(word.toLowerCase())
}

/** Words counted as a death, an injury, … Keep sorted. */
export const eventWords: ReadonlyMap<string, EventKind> = new Map([
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
export const verbFillers: ReadonlySet<string> = new Set([
  'all', 'allegedly', 'already', 'also', 'are', 'be', 'been', 'being', 'believed', 'confirmed', 'feared', 'had',
  'has', 'have', 'is', 'known', 'later', 'now', 'officially', 'presumed', 'remain', 'remained', 'remains',
  'reported', 'reportedly', 'since', 'still', 'subsequently', 'thought', 'to', 'was', 'were', 'who'
])

/** Nouns that name a measure: "the death toll stood at …", "the number of deaths rose to …". Keep sorted. */
export const measureNouns: ReadonlySet<string> = new Set([
  'count', 'figure', 'number', 'population', 'tally', 'toll', 'total', 'turnout'
])

/** Verbs that link a measure to its value ("stood at 138"). Keep sorted. */
export const linkingVerbs: ReadonlySet<string> = new Set([
  'are', 'climbed', 'dropped', 'exceeded', 'fell', 'grew', 'hit', 'increased', 'is', 'jumped', 'reached',
  'rose', 'stand', 'stands', 'stood', 'surpassed', 'topped', 'was', 'were'
])

/** Verbs of change: their value is the new side of a change. Keep sorted. */
export const changeVerbs: ReadonlySet<string> = new Set([
  'climbed', 'dropped', 'fell', 'grew', 'increased', 'jumped', 'lowered', 'raised', 'revised', 'risen', 'rose',
  'updated'
])

/** Words after a number that make it a rate. Keep sorted. */
export const rateWords: ReadonlySet<string> = new Set([
  'a', 'an', 'annually', 'daily', 'each', 'every', 'hourly', 'monthly', 'per', 'weekly', 'yearly'
])
export const ratePeriods: ReadonlySet<string> = new Set(['day', 'hour', 'minute', 'month', 'second', 'week', 'year'])

/** Nouns that end in -ly (other -ly words are adverbs and end a noun phrase). Keep sorted. */
export const nounsInLy: ReadonlySet<string> = new Set([
  'ally', 'anomaly', 'assembly', 'belly', 'bully', 'family', 'fly', 'italy', 'lily', 'monopoly', 'rally', 'reply',
  'supply'
])

// Small word sets the readers test tokens against.
export const listConjunctions: ReadonlySet<string> = new Set(['and', 'or', 'to'])
export const andOr: ReadonlySet<string> = new Set(['and', 'or'])
export const upDown: ReadonlySet<string> = new Set(['up', 'down'])
export const others: ReadonlySet<string> = new Set(['other', 'others'])
export const livesOrLife: ReadonlySet<string> = new Set(['lives', 'life'])
export const amongIncluding: ReadonlySet<string> = new Set(['among', 'including'])
/** "six of them", "one of the dead": determiners after "of" that make a part of a whole. */
export const partOfWhole: ReadonlySet<string> = new Set(['the', 'them', 'those', 'these', 'its', 'their', 'our', 'whom', 'which', 'us'])
/** The ones of them that a noun phrase follows ("of the residents"). */
export const partOfGroup: ReadonlySet<string> = new Set(['the', 'those', 'these', 'its', 'their', 'our'])
/** Words before a bare hour ("at ten"), and words after a number that make it no hour ("at ten of them"). */
export const clockPrepositions: ReadonlySet<string> = new Set(['at', 'past', 'till', 'until'])
export const notClockAfter: ReadonlySet<string> = new Set(['of', 'out', 'per', 'to'])
/** Qualifiers a year may have ("around 1990", "up to 2015"). */
export const yearQualifiers: ReadonlySet<string> = new Set(['about', 'around', 'circa', 'up to'])
export const rateAdverbs: ReadonlySet<string> = new Set(['annually', 'daily', 'hourly', 'monthly', 'weekly', 'yearly'])
export const partitiveWords: ReadonlySet<string> = new Set(['among', 'include', 'included', 'includes', 'including'])
/** Adverbs and auxiliaries between a measure and its linking verb ("the toll has now risen to"). */
export const subjectVerbFillers: ReadonlySet<string> = new Set(['now', 'already', 'since', 'then', 'reportedly', 'officially', 'has', 'had', 'have'])
/** Verbs that count deaths as lives ("claimed 15 lives"), and "lost their lives". */
export const livesVerbs: ReadonlySet<string> = new Set(['claimed', 'claiming', 'claims', 'cost', 'took'])
export const loseVerbs: ReadonlySet<string> = new Set(['lost', 'lose', 'losing'])

/** Phrases matched word by word before or after a number. */
export const ageOf: ReadonlyArray<string> = ['age', 'of']
export const outOf: ReadonlyArray<string> = ['out', 'of']
export const fromWord: ReadonlyArray<string> = ['from']

/** Whether a word is a month name (or its abbreviation). */
export function isMonth(word: string): boolean {
  return isNameIn(word, months, knownMonths)
}

/** Whether a word is a weekday name (or its abbreviation). */
export function isWeekday(word: string): boolean {
  return isNameIn(word, weekdays, knownWeekdays)
}

/**
 * Answers for words already tested, per list: the same words recur through a
 * document and across documents, and a capitalised word would otherwise be
 * lower-cased on every test. Emptied when full, so memory stays flat.
 */
const knownMonths = new Memo<boolean>(4096)
const knownWeekdays = new Memo<boolean>(4096)

/**
 * Whether a word, in lower case and without a full stop, is one of `names`
 * (month or weekday names: 3 to 9 ASCII letters). Lower-casing keeps the
 * length of any word that can match, so longer or shorter words are out
 * without building their lower case.
 */
function isNameIn(word: string, names: ReadonlySet<string>, known: Memo<boolean>): boolean {
  if (word.length < 3 || word.length > 10) return false
  return known.get(word, (key) => names.has(withoutStop(key.toLowerCase())))
}

/** A word without one final full stop: "Thurs." → "Thurs". */
function withoutStop(word: string): string {
  return word.charCodeAt(word.length - 1) === fullStop ? word.slice(0, -1) : word
}

/** The event a word counts ("died" → death), if any. */
export function eventOf(word: string): EventKind | undefined {
  return eventWords.get(word.toLowerCase())
}

/** The value of a number word ("ten" → 10, "twenty-five" → 25), if it is one. */
export function numberWordValue(word: string): number | undefined {
  // "one" to "seventy-seven": lower-casing keeps the length of any word that can match.
  if (word.length < 3 || word.length > 13 || !startsLikeNumberWord(word)) return undefined
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

/** The first three letters of every number word ("thr", "twe"), as indexes into `numberWordStarts`. */
const numberWordStarts = new Uint8Array(26 * 26 * 26)
for (const word of numberWords.keys()) numberWordStarts[startIndex(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2))] = 1

function startIndex(first: number, second: number, third: number): number {
  return ((first - 97) * 26 + (second - 97)) * 26 + (third - 97)
}

/**
 * Whether a word may start with a number word, by its first three letters in
 * any case ("The" is out, "Thirty" and "three" are in). Only ASCII letters
 * lower-case to the letters of a number word, so any other ASCII character
 * there rules the word out; a non-ASCII one is left to the full test. Most
 * words are out before their lower case is built.
 */
export function startsLikeNumberWord(word: string): boolean {
  if (word.length < 3) return false
  const first = word.charCodeAt(0)
  const second = word.charCodeAt(1)
  const third = word.charCodeAt(2)
  if (first >= 128 || second >= 128 || third >= 128) return true
  return isAsciiLetter(first) && isAsciiLetter(second) && isAsciiLetter(third) && numberWordStarts[startIndex(first | 0x20, second | 0x20, third | 0x20)] === 1
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
