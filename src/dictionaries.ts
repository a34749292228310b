/**
 * The spelling dictionaries: dictionary-en (en-US) and dictionary-en-gb
 * (en-GB), expanded once at build time into data/words.txt by
 * scripts/build-wordlists.js. `correct()` follows nspell's rules exactly (an
 * exact form, else sentence case for an all-caps word, else lower case; ’
 * read as '), so results are the same.
 *
 * The list is kept as the file's one string with an open-addressing hash
 * table of line offsets over it (src/word-table.ts), shared by both dialects:
 * building it takes a few milliseconds and ~2 MB, where a Set of the 126,000
 * forms took ~50 ms and ~15 MB per dialect, a large part of a cold run.
 */
import fs from 'node:fs'
import {dataPath} from './package-root.js'
import {WordTable} from './word-table.js'

export type Dialect = 'en-US' | 'en-GB'
export const dialects: ReadonlyArray<Dialect> = ['en-GB', 'en-US']

export interface Speller {
  readonly dialect: Dialect
  /** The word (any case pattern the dictionary allows) is correctly spelt. */
  correct(word: string): boolean
  /** The exact form is in the dictionary (no case folding). */
  has(form: string): boolean
  /** Every form in the dictionary. */
  forms(): Iterable<string>
}

/** Sections of data/words.txt, in file order: `# both`, `# en-US`, `# en-GB`. */
const sections = ['both', 'en-US', 'en-GB'] as const

let table: WordTable | undefined
const spellers = new Map<Dialect, Speller>()

function words(): WordTable {
  table ??= new WordTable(fs.readFileSync(dataPath('words.txt'), 'utf8'), sections)
  return table
}

class WordListSpeller implements Speller {
  /** Sections of the table this dialect accepts. */
  private readonly mask: number

  constructor(
    readonly dialect: Dialect,
    private readonly table: WordTable
  ) {
    this.mask = table.sectionBit('both') | table.sectionBit(dialect)
  }

  has(form: string): boolean {
    return this.table.has(form, this.mask)
  }

  correct(word: string): boolean {
    const normal = word.trim().replace(/’/g, "'")
    if (!normal) return false
    if (this.has(normal)) return true
    if (normal === normal.toUpperCase()) {
      const sentence = normal.charAt(0) + normal.slice(1).toLowerCase()
      if (this.has(sentence)) return true
    }
    const lower = normal.toLowerCase()
    return lower !== normal && this.has(lower)
  }

  forms(): Iterable<string> {
    return this.table.forms(this.mask)
  }
}

/** The speller for a dialect, built once per process on first use. */
export function getSpeller(dialect: Dialect): Speller {
  let speller = spellers.get(dialect)
  if (!speller) {
    speller = new WordListSpeller(dialect, words())
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
