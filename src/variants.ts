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

function dialectTable(): Map<string, Dialect> {
  if (!dialects) {
    const {toAmerican, toBritish} = loadVariants()
    dialects = new Map()
    for (const british of toAmerican.keys()) dialects.set(british, 'en-GB')
    for (const american of toBritish.keys()) if (!dialects.has(american)) dialects.set(american, 'en-US')
  }
  return dialects
}

/** Which dialect a word marks, if any (in any case). */
export function dialectOf(word: string): Dialect | undefined {
  return (dialects ?? dialectTable()).get(lowerCase(word))
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
