/**
 * A sentence that stops in the middle of a phrase: its last word before the
 * full stop cannot end an English sentence, so a word was lost ("at the camp
 * in northeastern .", "the talks broke down over the."). Shared by the
 * missing-word rule (which reports it) and space-before-punctuation (which
 * leaves such a full stop alone: closing the gap would hide the lost word).
 */
import type {Punctuation, Sentence, SentenceContent, Word} from 'nlcst'
import {possessives, prepositions} from './function-words.js'
import {toString} from './nlcst.js'

export interface DanglingEnd {
  /** The last word before the full stop. */
  word: Word
  /** The full stop. */
  stop: Punctuation
  /** Why the word cannot end the sentence. */
  why: 'function-word' | 'modifier'
}

/**
 * Lower-case words that are never the last word of a sentence: articles,
 * possessive determiners, conjunctions, and prepositions that cannot be left
 * stranded ("what it was made of." is fine; "during." is not). Keep sorted.
 */
const neverFinalList: ReadonlyArray<string> = [
  'a', 'amid', 'amidst', 'an', 'and', 'despite', 'during', 'every', 'including', 'its', 'nor', 'or', 'our',
  'per', 'than', 'the', 'their', 'via', 'your'
]

/**
 * Adjectives that need a noun after them when they follow a preposition or
 * determiner: "in northeastern", "the southern". Keep sorted.
 */
const modifierList: ReadonlyArray<string> = [
  'central', 'eastern', 'north-eastern', 'north-western', 'northeastern', 'northern', 'northwestern',
  'south-eastern', 'south-western', 'southeastern', 'southern', 'southwestern', 'western'
]

/** Compass words that may stand before a modifier: "in north eastern". Keep sorted. */
const compassList: ReadonlyArray<string> = ['east', 'north', 'south', 'west']

/** Labels that "a" follows as a letter, not an article: "option a", "vitamin a". Keep sorted. */
const letterLabelList: ReadonlyArray<string> = [
  'category', 'class', 'grade', 'group', 'option', 'part', 'plan', 'point', 'section', 'type', 'vitamin'
]

/** Prepositions that also introduce predicates or clauses ("seen as central"). Keep sorted. */
const predicativeList: ReadonlyArray<string> = ['as', 'down', 'like', 'off', 'out', 'over', 'past', 'since', 'than', 'until', 'up']
const predicative: ReadonlySet<string> = new Set(predicativeList)

/** An article, a possessive or a preposition that must be followed by a noun phrase. */
function needsNounAfter(word: string): boolean {
  return word === 'a' || word === 'an' || word === 'the' || possessives.has(word) || (prepositions.has(word) && !predicative.has(word))
}

const neverFinal: ReadonlySet<string> = new Set(neverFinalList)
const modifiers: ReadonlySet<string> = new Set(modifierList)
const compass: ReadonlySet<string> = new Set(compassList)
const letterLabels: ReadonlySet<string> = new Set(letterLabelList)

/** The lists, for the test that they stay sorted. */
export const danglingEndLists: Readonly<Record<string, ReadonlyArray<string>>> = {
  compassList,
  letterLabelList,
  modifierList,
  neverFinalList,
  predicativeList
}

/** Closing marks that may follow the full stop. */
const closing = /^["'’”)\]»]+$/u

/** The dangling end of `sentence`, if its last word cannot end a sentence. */
export function danglingEnd(sentence: Sentence): DanglingEnd | undefined {
  // Walk back from the end over white space, without copying the sentence's tokens.
  const children = sentence.children
  let index = solidBefore(children, children.length)
  while (index >= 0 && children[index].type === 'PunctuationNode' && closing.test(toString(children[index]))) {
    index = solidBefore(children, index)
  }
  const stop = children[index]
  const wordIndex = index >= 0 ? solidBefore(children, index) : -1
  const word = children[wordIndex]
  if (!stop || stop.type !== 'PunctuationNode' || toString(stop) !== '.' || !word || word.type !== 'WordNode') {
    return undefined
  }
  const text = toString(word)
  if (neverFinal.has(text)) {
    const previous = wordIndexBefore(children, wordIndex)
    if (text === 'a' && previous >= 0 && letterLabels.has(lowerAt(children, previous))) return undefined
    return {word, stop, why: 'function-word'}
  }
  if (modifiers.has(text.toLowerCase())) {
    // The word before the modifier, past compass words: "in north eastern".
    let before = wordIndexBefore(children, wordIndex)
    while (before >= 0 && compass.has(lowerAt(children, before))) before = wordIndexBefore(children, before)
    if (before >= 0 && needsNounAfter(lowerAt(children, before))) return {word, stop, why: 'modifier'}
  }
  return undefined
}

/** The index of the last child before `index` that is not white space, or -1. */
function solidBefore(children: ReadonlyArray<SentenceContent>, index: number): number {
  let at = index - 1
  while (at >= 0 && children[at].type === 'WhiteSpaceNode') at--
  return at
}

/** The index of the last word before `index` (over punctuation and symbols too), or -1. */
function wordIndexBefore(children: ReadonlyArray<SentenceContent>, index: number): number {
  let at = index - 1
  while (at >= 0 && children[at].type !== 'WordNode') at--
  return at
}

function lowerAt(children: ReadonlyArray<SentenceContent>, index: number): string {
  return toString(children[index]).toLowerCase()
}
