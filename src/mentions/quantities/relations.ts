/**
 * How a number relates to the rest of its sentence: ranges, rates, parts and
 * changes; the measure it is the value of ("the death toll stood at …"); the
 * event it counts ("… have died").
 */
import type {EventKind, Quantity, Span, Token} from '../quantities.js'
import type {RawNumber} from './read-number.js'
import {indexEndingAt, indexStartingAt, isWord, isWordIn, lowerOf, nextWord, phraseAfter, phraseBefore, previousWord, span, startsWithDigit} from './token-walk.js'
import {
  amongIncluding,
  changeVerbs,
  endsPhrase,
  eventWords,
  fromWord,
  linkingVerbs,
  livesOrLife,
  livesVerbs,
  loseVerbs,
  measureNouns,
  outOf,
  partitiveWords,
  rateAdverbs,
  ratePeriods,
  rateWords,
  subjectVerbFillers,
  upDown,
  verbFillers
} from './words.js'

/** Ranges, rates, partitives ("among"), changes ("from X to Y"). */
export function readRelations(tokens: ReadonlyArray<Token>, raw: RawNumber, qualifierStart: number, quantity: Quantity, before: Quantity | undefined): void {
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
      if (previousLower === 'to' && !other.change && phraseBefore(tokens, indexStartingAt(tokens, other.start), fromWord) >= 0) {
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
export function readMeasure(tokens: ReadonlyArray<Token>, qualifierStart: number, quantity: Quantity): void {
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
export function readEvent(tokens: ReadonlyArray<Token>, qualifierStart: number, last: number, quantity: Quantity): void {
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

function setEvent(quantity: Quantity, event: EventKind, word: Span): void {
  quantity.event = event
  quantity.eventWord = {text: word.text, start: word.start, end: word.end}
}
