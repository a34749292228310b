/**
 * British/American spelling pairs (data/variants.json, generated from the two
 * dictionaries by scripts/build-variants.js) and dialect detection.
 */
import fs from 'node:fs'
import type {Dialect} from './dictionaries.js'
import {dataPath} from './package-root.js'
import {lowerCase} from './word-case.js'
import {WordScreen} from './word-screen.js'

export interface Variants {
  /** British form → American form. */
  toAmerican: ReadonlyMap<string, string>
  /** American form → British form. */
  toBritish: ReadonlyMap<string, string>
}

let variants: Variants | undefined
/** Every spelling in the table with the dialect it marks (one lookup per word instead of two), screened. */
let dialects: {table: Map<string, Dialect>; screen: WordScreen} | undefined

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

function dialectTable(): {table: Map<string, Dialect>; screen: WordScreen} {
  if (!dialects) {
    const {toAmerican, toBritish} = loadVariants()
    const table = new Map<string, Dialect>()
    for (const british of toAmerican.keys()) table.set(british, 'en-GB')
    for (const american of toBritish.keys()) if (!table.has(american)) table.set(american, 'en-US')
    dialects = {table, screen: new WordScreen(table.keys())}
  }
  return dialects
}

/** Which dialect a word marks, if any (in any case). */
export function dialectOf(word: string): Dialect | undefined {
  const {table, screen} = dialects ?? dialectTable()
  return screen.mayHold(word) ? table.get(lowerCase(word)) : undefined
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
