/**
 * British/American spelling pairs (data/variants.json, generated from the two
 * dictionaries by scripts/build-variants.js) and dialect detection.
 */
import fs from 'node:fs'
import type {Dialect} from './dictionaries.js'
import {dataPath} from './package-root.js'

export interface Variants {
  /** British form → American form. */
  toAmerican: ReadonlyMap<string, string>
  /** American form → British form. */
  toBritish: ReadonlyMap<string, string>
}

let variants: Variants | undefined

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

/** Which dialect a lower-case word marks, if any. */
export function dialectOf(word: string): Dialect | undefined {
  const {toAmerican, toBritish} = loadVariants()
  const lower = word.toLowerCase()
  if (toAmerican.has(lower)) return 'en-GB'
  if (toBritish.has(lower)) return 'en-US'
  return undefined
}

/** The other dialect's spelling of a word, in the same case pattern. */
export function counterpart(word: string): string | undefined {
  const {toAmerican, toBritish} = loadVariants()
  const lower = word.toLowerCase()
  const other = toAmerican.get(lower) ?? toBritish.get(lower)
  if (!other) return undefined
  if (word === word.toUpperCase()) return other.toUpperCase()
  if (word[0] === word[0].toUpperCase()) return other[0].toUpperCase() + other.slice(1)
  return other
}
