/**
 * Proper nouns the dictionary knows ("Louisiana"), indexed by their one-letter
 * deletions, to tell a misspelt known name ("Lousiana") from an unknown name
 * ("Baghouz"). Built lazily, once per speller.
 */
import type {Speller} from './dictionaries.js'

interface Index {
  names: Set<string>
  /** deletion variant → names it comes from */
  deletions: Map<string, string[]>
}

const indexes = new WeakMap<Speller, Index>()

function build(speller: Speller): Index {
  const names = new Set<string>()
  const deletions = new Map<string, string[]>()
  for (const word of speller.forms()) {
    if (word.length < 6 || !/^[A-Z][a-z]+$/.test(word)) continue
    names.add(word)
    for (let index = 0; index < word.length; index++) {
      const variant = word.slice(0, index) + word.slice(index + 1)
      const list = deletions.get(variant)
      if (list) list.push(word)
      else deletions.set(variant, [word])
    }
  }
  return {names, deletions}
}

export interface NearName {
  name: string
  /** `swap`: two neighbouring letters swapped; `drop`/`extra`: a letter missing or added inside the word. */
  slip: 'swap' | 'drop' | 'extra'
}

/**
 * A known proper noun that `word` misspells by one typing slip: a dropped
 * letter, an extra letter or two swapped neighbours. Not counted: a different
 * letter in the same place, or a letter added or dropped at the end, since
 * that is how related names differ (Michael/Michaela, Stefan/Stefano).
 */
export function nearProperNoun(speller: Speller, word: string): NearName | undefined {
  if (word.length < 6 || !/^[A-Z][a-z]+$/.test(word)) return undefined
  let index = indexes.get(speller)
  if (!index) {
    index = build(speller)
    indexes.set(speller, index)
  }
  for (let position = 0; position + 1 < word.length; position++) {
    const swapped = word.slice(0, position) + word[position + 1] + word[position] + word.slice(position + 2)
    if (swapped !== word && index.names.has(swapped)) return {name: swapped, slip: 'swap'}
  }
  // Dropped letter inside the word: the word is a deletion of exactly one name.
  const dropped = (index.deletions.get(word) ?? []).filter((name) => !name.startsWith(word))
  if (dropped.length === 1) return {name: dropped[0], slip: 'drop'}
  // Extra letter inside the word: deleting it gives a name.
  for (let position = 1; position < word.length - 1; position++) {
    const shorter = word.slice(0, position) + word.slice(position + 1)
    if (index.names.has(shorter)) return {name: shorter, slip: 'extra'}
  }
  return undefined
}
