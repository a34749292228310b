/**
 * Stepping through a sentence's tokens: the word before and after, phrases,
 * spans of text, and a word's lower case.
 */
import type {Span, Token} from '../quantities.js'

/** The character code of a full stop. */
export const fullStop = 46

/** A word in lower case, without a full stop the tokenizer kept at a sentence end ("cent." → "cent"). */
export function lowerOf(token: Token | undefined): string {
  if (!token) return ''
  // A word carries its lower case (src/mentions/tokens.ts); only a final full stop needs the pattern.
  const lower = token.type === 'word' ? token.lower : token.text.toLowerCase()
  return lower.charCodeAt(lower.length - 1) === fullStop ? lower.replace(stoppedWord, '$1') : lower
}

const stoppedWord = /^([\p{L}'’-]+)\.$/u

/** Whether the token is the word `word` (lower case). */
export function isWord(token: Token | undefined, word: string): boolean {
  return token?.type === 'word' && lowerOf(token) === word
}

/** Whether the token is one of `words` (lower case). */
export function isWordIn(token: Token | undefined, words: ReadonlySet<string>): boolean {
  return token?.type === 'word' && words.has(lowerOf(token))
}

/** The index of the next word token after `index` (skipping one white space), or -1. */
export function nextWord(tokens: ReadonlyArray<Token>, index: number): number {
  let at = index + 1
  if (tokens[at]?.type === 'space') at++
  return tokens[at]?.type === 'word' ? at : -1
}

/** The index of the previous word token before `index` (skipping one white space), or -1. */
export function previousWord(tokens: ReadonlyArray<Token>, index: number): number {
  let at = index - 1
  if (tokens[at]?.type === 'space') at--
  return tokens[at]?.type === 'word' ? at : -1
}

export function span(tokens: ReadonlyArray<Token>, first: number, last: number): Span {
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
export function indexStartingAt(tokens: ReadonlyArray<Token>, start: number): number {
  for (let index = 0; index < tokens.length; index++) if (tokens[index].start === start) return index
  return -1
}

/** The index of the first token ending at offset `end`, or -1 (a phrase without its final full stop ends inside a token). */
export function indexEndingAt(tokens: ReadonlyArray<Token>, end: number): number {
  for (let index = 0; index < tokens.length; index++) if (tokens[index].end === end) return index
  return -1
}

/** Match a phrase of words (lower case) ending just before `index` (tokens separated by single spaces). */
export function phraseBefore(tokens: ReadonlyArray<Token>, index: number, words: ReadonlyArray<string>): number {
  let at = index
  for (let position = words.length - 1; position >= 0; position--) {
    const previous = previousWord(tokens, at)
    if (previous < 0 || lowerOf(tokens[previous]) !== words[position]) return -1
    at = previous
  }
  return at
}

/** Match a phrase of words (lower case) starting just after `index`. */
export function phraseAfter(tokens: ReadonlyArray<Token>, index: number, words: ReadonlyArray<string>): number {
  let at = index
  for (const word of words) {
    const next = nextWord(tokens, at)
    if (next < 0 || lowerOf(tokens[next]) !== word) return -1
    at = next
  }
  return at
}

/** Whether a text starts with an ASCII digit (`/^\d/`). */
export function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 48 && code <= 57
}
