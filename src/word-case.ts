/**
 * Case folding for single words, without `toLowerCase()` where it cannot
 * change anything. A document holding one curly quote or dash is stored by
 * V8 two bytes a character, and so is every word sliced out of it; on such a
 * string `toLowerCase()` is a runtime call (tens of nanoseconds) even when the
 * word is already lower case, and rules made several per word.
 */

/** `word.toLowerCase()`: the word itself when it is lower-case ASCII already. */
export function lowerCase(word: string): string {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if ((code >= 0x41 && code <= 0x5a) || code >= 0x80) return word.toLowerCase()
  }
  return word
}

/**
 * `a.toLowerCase() === b.toLowerCase()`, comparing ASCII letters in place. Lower-casing maps an
 * ASCII character to one character, so up to the first other character both lower-case forms
 * line up, and an ASCII difference there decides; past it (`İ` lower-cases to two characters),
 * toLowerCase does.
 */
export function sameIgnoringCase(a: string, b: string): boolean {
  if (a === b) return true
  const shorter = Math.min(a.length, b.length)
  for (let index = 0; index < shorter; index++) {
    const x = a.charCodeAt(index)
    const y = b.charCodeAt(index)
    if (x >= 0x80 || y >= 0x80) return a.toLowerCase() === b.toLowerCase()
    if (x !== y && foldAscii(x) !== foldAscii(y)) return false
  }
  if (a.length === b.length) return true
  // One is the other's start: the rest of the longer one decides.
  const longer = a.length > b.length ? a : b
  return isAscii(longer, shorter) ? false : a.toLowerCase() === b.toLowerCase()
}

function foldAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code
}

function isAscii(text: string, from: number): boolean {
  for (let index = from; index < text.length; index++) if (text.charCodeAt(index) >= 0x80) return false
  return true
}

const upper = /\p{Lu}/uy

/**
 * `/^\p{Lu}/u.test(text.slice(index))`: an upper-case letter at `index` (the start of `text`, or
 * of a part after a hyphen), ASCII decided without the pattern and without the slice.
 */
export function startsUpper(text: string, index = 0): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  upper.lastIndex = index
  return upper.test(text)
}
