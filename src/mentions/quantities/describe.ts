/**
 * A quantity from a number read off a sentence: its qualifiers, its kind and
 * unit, and what it counts, relates to and measures.
 */
import type {Bound, Quantity, SentenceInfo, Span, Token} from '../quantities.js'
import {isNounPhraseWord, readCounted} from './counted.js'
import type {RawNumber} from './read-number.js'
import {readEvent, readMeasure, readRelations} from './relations.js'
import {isWord, isWordIn, lowerOf, nextWord, phraseAfter, phraseBefore, previousWord, span} from './token-walk.js'
import {
  ageOf,
  clockPrepositions,
  currencySymbols,
  currencyWords,
  endsPhrase,
  isMonth,
  isWeekday,
  labelNouns,
  listConjunctions,
  measureUnits,
  notClockAfter,
  qualifiersByLastWord,
  timeWords,
  trailingPhrases,
  yearPrepositions,
  yearQualifiers
} from './words.js'

/** A quantity from a number read off a sentence; `before` is the quantity before it in the sentence. */
export function describe(sentence: SentenceInfo, raw: RawNumber, before: Quantity | undefined): Quantity {
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
