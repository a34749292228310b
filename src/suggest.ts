/**
 * Spelling suggestions ranked like a copy editor would: single edits first,
 * cheaper when they are typical typing slips (a swapped pair, a neighbouring
 * key, a doubled or dropped letter), common words ahead of rare ones, and a
 * case that fits the original. Candidates come from one-edit variants checked
 * against the dictionary, which is fast and bounded (nspell's own `suggest`
 * takes up to 200 ms for a long word and ranks "ten" above "the" for "teh").
 */
import type {Speller} from './dictionaries.js'
import {commonWords} from './common-words.js'

export interface Suggestion {
  word: string
  cost: number
}

const letters = 'abcdefghijklmnopqrstuvwxyz'

/** QWERTY neighbours, for the cost of a substitution. */
const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
const neighbours = new Map<string, Set<string>>()
rows.forEach(function (row, y) {
  for (let x = 0; x < row.length; x++) {
    const near = new Set<string>()
    for (let dy = -1; dy <= 1; dy++) {
      const other = rows[y + dy]
      if (!other) continue
      for (let dx = -1; dx <= 1; dx++) {
        const key = other[x + dx]
        if (key && key !== row[x]) near.add(key)
      }
    }
    neighbours.set(row[x], near)
  }
})

/** Every string one edit away from `word`, with the cost of that edit. */
function oneEdit(word: string): Map<string, number> {
  const result = new Map<string, number>()
  const add = (candidate: string, cost: number) => {
    const previous = result.get(candidate)
    if (candidate && (previous === undefined || cost < previous)) result.set(candidate, cost)
  }
  for (let index = 0; index <= word.length; index++) {
    const before = word.slice(0, index)
    const after = word.slice(index)
    if (after) {
      // Deletion: a doubled letter typed twice is cheap.
      add(before + after.slice(1), after[0] === word[index - 1] || after[0] === after[1] ? 0.5 : 0.8)
      // Transposition of neighbours.
      if (after.length > 1 && after[0] !== after[1]) add(before + after[1] + after[0] + after.slice(2), 0.5)
      // Substitution: a neighbouring key is cheap.
      for (const letter of letters) {
        if (letter !== after[0]) add(before + letter + after.slice(1), neighbours.get(after[0])?.has(letter) ? 0.6 : 1)
      }
    }
    // Insertion: doubling a letter is cheap.
    for (const letter of letters) {
      add(before + letter + after, letter === word[index - 1] || letter === after[0] ? 0.5 : 0.8)
    }
  }
  return result
}

function matchCase(original: string, candidate: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return candidate.toUpperCase()
  if (original[0] !== original[0].toLowerCase() && candidate[0] === candidate[0].toLowerCase()) {
    return candidate[0].toUpperCase() + candidate.slice(1)
  }
  return candidate
}

const cache = new Map<string, Suggestion[]>()
const cacheLimit = 5000

/** Ranked suggestions for a misspelt word (best first), cached per process. */
export function suggest(speller: Speller, word: string, limit = 5): Suggestion[] {
  const key = `${limit}:${word}`
  const cached = cache.get(key)
  if (cached) return cached
  const lower = word.toLowerCase()
  const ranked = new Map<string, number>()
  for (const [candidate, cost] of oneEdit(lower)) {
    // Try the candidate as written in lower case, then capitalised (a proper noun).
    if (speller.correct(candidate)) {
      ranked.set(candidate, cost - (commonWords.has(candidate) ? 0.3 : 0))
    } else {
      const proper = candidate[0].toUpperCase() + candidate.slice(1)
      if (speller.correct(proper) && !ranked.has(proper)) {
        // A proper noun fits a capitalised word; for a lower-case word it is a poor guess.
        ranked.set(proper, cost + (word[0] === lower[0] ? 0.7 : 0))
      }
    }
  }
  const result = [...ranked]
    .map(([candidate, cost]) => ({word: matchCase(word, candidate), cost}))
    .sort((a, b) => a.cost - b.cost || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .filter((item, index, all) => all.findIndex((other) => other.word === item.word) === index)
    .slice(0, limit)
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value!)
  cache.set(key, result)
  return result
}

/** The best suggestion is safe to apply: a cheap single edit, clearly ahead of the next. */
export function isClearWinner(suggestions: ReadonlyArray<Suggestion>): boolean {
  const [best, next] = suggestions
  if (!best || best.cost > 0.8) return false
  return !next || next.cost - best.cost >= 0.3
}
