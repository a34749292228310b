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
