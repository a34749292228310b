/**
 * Proper nouns the dictionary knows ("Louisiana"), to tell a misspelt known
 * name ("Lousiana") from an unknown name ("Baghouz"): the one-slip variants
 * of the word are looked up in the dictionary (a few hundred lookups), so no
 * index of the dictionary's names is built.
 */
import type {Speller} from './dictionaries.js'

const letters = 'abcdefghijklmnopqrstuvwxyz'

/** A capitalised dictionary form of six letters or more, the names compared here. */
function isName(speller: Speller, form: string): boolean {
  return form.length >= 6 && /^[A-Z][a-z]+$/.test(form) && speller.has(form)
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
  let known = answers.get(speller)
  if (!known) answers.set(speller, (known = new Map()))
  if (known.has(word)) return known.get(word)
  // A bounded cache: a name recurs in an article, and a warm process (editor, API) sees it again.
  if (known.size >= answerLimit) known.clear()
  const answer = search(speller, word)
  known.set(word, answer)
  return answer
}

const answers = new WeakMap<Speller, Map<string, NearName | undefined>>()
const answerLimit = 10_000

function search(speller: Speller, word: string): NearName | undefined {
  for (let position = 0; position + 1 < word.length; position++) {
    const swapped = word.slice(0, position) + word[position + 1] + word[position] + word.slice(position + 2)
    if (swapped !== word && isName(speller, swapped)) return {name: swapped, slip: 'swap'}
  }
  // Dropped letter inside the word: the word is a deletion of exactly one name (a name
  // reached by inserting at two places, as "Hallow" from "Halow", counts twice).
  const dropped: string[] = []
  for (let position = 1; position < word.length; position++) {
    for (const letter of letters) {
      const longer = word.slice(0, position) + letter + word.slice(position)
      if (!longer.startsWith(word) && isName(speller, longer)) dropped.push(longer)
    }
  }
  if (dropped.length === 1) return {name: dropped[0], slip: 'drop'}
  // Extra letter inside the word: deleting it gives a name.
  for (let position = 1; position < word.length - 1; position++) {
    const shorter = word.slice(0, position) + word.slice(position + 1)
    if (isName(speller, shorter)) return {name: shorter, slip: 'extra'}
  }
  return undefined
}
