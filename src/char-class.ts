/**
 * Unicode letters (`\p{L}`) and numbers (`\p{N}`) told apart by code point,
 * each UTF-16 code unit's class learnt on first sight: a table lookup where a
 * regular expression with Unicode property classes would run per character
 * (those are slow in V8, and hot loops over every word call them).
 */

export const letterClass = 1
export const numberClass = 2
export const otherClass = 3

export type CharClass = typeof letterClass | typeof numberClass | typeof otherClass

/** The class of each UTF-16 code unit, 0 until first asked. */
const codeClasses = new Uint8Array(0x10000)
const letter = /\p{L}/u
const number = /\p{N}/u

/** Whether a code point is a letter, a number or neither (a lone surrogate is neither). */
export function classOf(code: number): CharClass {
  if (code >= 0x10000) return classify(String.fromCodePoint(code))
  let known = codeClasses[code] as CharClass | 0
  if (known === 0) {
    known = classify(String.fromCharCode(code))
    codeClasses[code] = known
  }
  return known
}

function classify(char: string): CharClass {
  return letter.test(char) ? letterClass : number.test(char) ? numberClass : otherClass
}

/** Per UTF-16 code unit: 0 until first asked, 1 when it is its own capital (or no letter), 2 when a letter its capital changes. */
const codeCapitals = new Uint8Array(0x10000)

/** A letter whose capital is another character: `a`, `é`, `ß` (capitals and letters without case are their own). */
function changesInCapitals(code: number): boolean {
  if (code >= 0x10000) return changes(String.fromCodePoint(code))
  let known = codeCapitals[code]
  if (known === 0) {
    known = changes(String.fromCharCode(code)) ? 2 : 1
    codeCapitals[code] = known
  }
  return known === 2
}

function changes(char: string): boolean {
  return letter.test(char) && char.toUpperCase() !== char
}

/**
 * Whether the letters of `text` are all capitals (or caseless): what
 * `letters === letters.toUpperCase()` says of its letters (`\p{L}`), letter by
 * letter, as upper-casing never looks at a letter's neighbours nor shortens
 * one, so the letters are their capitals exactly when each one is.
 */
export function lettersInCapitals(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!
    if (changesInCapitals(code)) return false
    if (code > 0xffff) index++
  }
  return true
}

/** Whether `text` has a letter (`\p{L}`). */
export function hasLetter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!
    if (classOf(code) === letterClass) return true
    if (code > 0xffff) index++
  }
  return false
}

/** How many letters (`\p{L}`) `text` has, counted no further than `limit`. */
export function countLetters(text: string, limit = Infinity): number {
  let count = 0
  for (let index = 0; index < text.length && count < limit; index++) {
    const code = text.codePointAt(index)!
    if (classOf(code) === letterClass) count++
    if (code > 0xffff) index++
  }
  return count
}
