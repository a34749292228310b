/**
 * What a number counts: the noun phrase after it ("72,000 people", "women and
 * children"), a part of a whole ("six of them"), a further group ("twelve more").
 */
import type {Quantity, Span, Token} from '../quantities.js'
import {indexEndingAt, isWord, isWordIn, lowerOf, nextWord, span} from './token-walk.js'
import {
  andOr,
  endsPhrase,
  eventWords,
  isMonth,
  nounsInLy,
  numberWordValue,
  others,
  partOfGroup,
  partOfWhole,
  verbFillers
} from './words.js'

export function readCounted(tokens: ReadonlyArray<Token>, index: number, quantity: Quantity): void {
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

export function isNounPhraseWord(tokens: ReadonlyArray<Token>, index: number): boolean {
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
