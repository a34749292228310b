/**
 * Reading a number off the token list: figures ("72,000", "1.5", "$5.5bn",
 * "21st", "6am"), compounds ("36-year-old") and number words ("two hundred").
 */
import type {QuantityKind, Token} from '../quantities.js'
import {lowerOf, nextWord, startsWithDigit} from './token-walk.js'
import {currencySymbols, measureUnits, numberWordValue, numberWords, scaleSuffixes, scaleWords, startsLikeNumberWord} from './words.js'

/** A number read off the token list: its value and where it ends. */
export interface RawNumber {
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

const numberPattern = /^(\d+(?:\.\d+)?)$/
const suffixedPattern = /^(\d+(?:\.\d+)?)(bn|k|m|mn|tn)$/i
const ordinalPattern = /^(\d+)(st|nd|rd|th)$/i
const decadePattern = /^(\d{2}|\d{4})s$/
const clockPattern = /^(\d{1,2})(?:[:.](\d\d))?(am|pm)$/i
const colonPattern = /^\d{1,2}(?::\d\d){1,2}$/
const plusPattern = /^(\d+(?:\.\d+)?)\+$/

export function readNumber(tokens: ReadonlyArray<Token>, index: number): RawNumber | undefined {
  let text = tokens[index].text
  // Every pattern of figures starts with a digit: other words can only be (or start with) number words.
  if (!startsWithDigit(text)) {
    if (!startsLikeNumberWord(text)) return undefined
    return text.includes('-') ? readCompound(tokens, index) : readNumberWords(tokens, index)
  }
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
export function withSuffix(
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
export function readCompound(tokens: ReadonlyArray<Token>, index: number): RawNumber | undefined {
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
export function readNumberWords(tokens: ReadonlyArray<Token>, index: number): RawNumber | undefined {
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
