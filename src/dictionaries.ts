/**
 * The spelling dictionaries: dictionary-en (en-US) and dictionary-en-gb
 * (en-GB), expanded once at build time into data/words.txt by
 * scripts/build-wordlists.js. Loading that list takes milliseconds, where
 * expanding the Hunspell affixes with nspell at start-up took ~300 ms and
 * ~120 MB for the two dictionaries. `correct()` follows nspell's rules
 * exactly (an exact form, else sentence case for an all-caps word, else lower
 * case; ’ read as '), so results are the same.
 */
import fs from 'node:fs'
import {dataPath} from './package-root.js'

export type Dialect = 'en-US' | 'en-GB'
export const dialects: ReadonlyArray<Dialect> = ['en-GB', 'en-US']

export interface Speller {
  readonly dialect: Dialect
  /** The word (any case pattern the dictionary allows) is correctly spelt. */
  correct(word: string): boolean
  /** Every form in the dictionary (for indexes such as proper nouns). */
  forms(): Iterable<string>
}

interface Lists {
  both: string[]
  'en-US': string[]
  'en-GB': string[]
}

let lists: Lists | undefined
const spellers = new Map<Dialect, Speller>()

function readLists(): Lists {
  if (!lists) {
    const result: Lists = {both: [], 'en-US': [], 'en-GB': []}
    let current: string[] = result.both
    for (const line of fs.readFileSync(dataPath('words.txt'), 'utf8').split('\n')) {
      if (line.startsWith('# ')) current = result[line.slice(2) as keyof Lists]
      else if (line) current.push(line)
    }
    lists = result
  }
  return lists
}

class WordListSpeller implements Speller {
  private readonly words: Set<string>

  constructor(
    readonly dialect: Dialect,
    shared: ReadonlyArray<string>,
    own: ReadonlyArray<string>
  ) {
    this.words = new Set(shared)
    for (const word of own) this.words.add(word)
  }

  correct(word: string): boolean {
    const normal = word.trim().replace(/’/g, "'")
    if (!normal) return false
    if (this.words.has(normal)) return true
    if (normal === normal.toUpperCase()) {
      const sentence = normal.charAt(0) + normal.slice(1).toLowerCase()
      if (this.words.has(sentence)) return true
    }
    const lower = normal.toLowerCase()
    return lower !== normal && this.words.has(lower)
  }

  forms(): Iterable<string> {
    return this.words
  }
}

/** The speller for a dialect, built once per process on first use. */
export function getSpeller(dialect: Dialect): Speller {
  let speller = spellers.get(dialect)
  if (!speller) {
    const {both, [dialect]: own} = readLists()
    speller = new WordListSpeller(dialect, both, own)
    spellers.set(dialect, speller)
  }
  return speller
}

/** Async form kept for rules written against a loader. */
export async function loadSpeller(dialect: Dialect): Promise<Speller> {
  return getSpeller(dialect)
}

export function otherDialect(dialect: Dialect): Dialect {
  return dialect === 'en-GB' ? 'en-US' : 'en-GB'
}
