/**
 * British/American spelling pairs (data/variants.json, generated from the two
 * dictionaries by scripts/build-variants.js) and dialect detection.
 */
import fs from 'node:fs'
import type {Dialect} from './dictionaries.js'
import {dataPath} from './package-root.js'
import {lowerCase} from './word-case.js'

export interface Variants {
  /** British form → American form. */
  toAmerican: ReadonlyMap<string, string>
  /** American form → British form. */
  toBritish: ReadonlyMap<string, string>
}

let variants: Variants | undefined
/** Every spelling in the table with the dialect it marks: one lookup per word instead of two. */
let dialects: Map<string, Dialect> | undefined

export function loadVariants(): Variants {
  if (!variants) {
    const table = JSON.parse(fs.readFileSync(dataPath('variants.json'), 'utf8')) as Record<string, string>
    const toAmerican = new Map(Object.entries(table))
    const toBritish = new Map<string, string>()
    for (const [british, american] of toAmerican) {
      if (!toBritish.has(american)) toBritish.set(american, british)
    }
    variants = {toAmerican, toBritish}
  }
  return variants
}

/**
 * A filter in front of the table: one bit per hash of a word's length and first and last two
 * letters, set for every word in the table. Nine words in ten fail it, and the test reads
 * character codes only: no lower-case copy, no hashing of the string for a Map.
 */
const screen = new Uint8Array(1 << 16)

function dialectTable(): Map<string, Dialect> {
  if (!dialects) {
    const {toAmerican, toBritish} = loadVariants()
    dialects = new Map()
    for (const british of toAmerican.keys()) dialects.set(british, 'en-GB')
    for (const american of toBritish.keys()) if (!dialects.has(american)) dialects.set(american, 'en-US')
    for (const word of dialects.keys()) screen[screenKey(word)] = 1
  }
  return dialects
}

/**
 * The filter slot of an ASCII word, letters folded to lower case; -1 for a word with any other
 * character (lower-casing may bring it into ASCII: the Kelvin sign K is a `k`), which skips the
 * filter. Slot 0 is never set: a word under three letters is not in the table.
 */
function screenKey(word: string): number {
  const length = word.length
  for (let index = 0; index < length; index++) if (word.charCodeAt(index) >= 0x80) return -1
  if (length < 3) return 0
  let hash = length
  hash = Math.imul(hash, 31) + foldAscii(word.charCodeAt(0))
  hash = Math.imul(hash, 31) + foldAscii(word.charCodeAt(1))
  hash = Math.imul(hash, 31) + foldAscii(word.charCodeAt(length - 2))
  hash = Math.imul(hash, 31) + foldAscii(word.charCodeAt(length - 1))
  return ((hash ^ (hash >>> 16)) & 0xffff) || 1
}

function foldAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code
}

/** Which dialect a word marks, if any (in any case). */
export function dialectOf(word: string): Dialect | undefined {
  const table = dialects ?? dialectTable()
  const key = screenKey(word)
  if (key === 0 || (key > 0 && screen[key] === 0)) return undefined
  return table.get(lowerCase(word))
}

/** The other dialect's spelling of a word, in the same case pattern. */
export function counterpart(word: string): string | undefined {
  const {toAmerican, toBritish} = loadVariants()
  const lower = lowerCase(word)
  const other = toAmerican.get(lower) ?? toBritish.get(lower)
  if (!other) return undefined
  if (word === word.toUpperCase()) return other.toUpperCase()
  if (word[0] === word[0].toUpperCase()) return other[0].toUpperCase() + other.slice(1)
  return other
}
