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

/** `a.toLowerCase() === b.toLowerCase()`, comparing ASCII letters in place. */
export function sameIgnoringCase(a: string, b: string): boolean {
  if (a === b) return true
  // Outside ASCII, lower-casing can change a word's length (`İ` → `i̇`): leave it to toLowerCase.
  if (a.length !== b.length) return !isAscii(a) || !isAscii(b) ? a.toLowerCase() === b.toLowerCase() : false
  for (let index = 0; index < a.length; index++) {
    const x = a.charCodeAt(index)
    const y = b.charCodeAt(index)
    if (x === y) continue
    if (x >= 0x80 || y >= 0x80) return a.toLowerCase() === b.toLowerCase()
    if (foldAscii(x) !== foldAscii(y)) return !isAscii(a) || !isAscii(b) ? a.toLowerCase() === b.toLowerCase() : false
  }
  return true
}

function foldAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0x80) return false
  return true
}
