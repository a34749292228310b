import type {Speller} from '../src/dictionaries.js'
import {contextOf} from '../src/context.js'
import {loadSpeller} from '../src/dictionaries.js'
import {isFunctionWord} from '../src/function-words.js'
import {consistencyFinding, hereAndThere, splitGroup, type Occurrence} from '../src/kinds/consistency.js'
import {memoize} from '../src/memo.js'
import {namesOf, type NameMention, type NameWord} from '../src/mentions/names.js'
import {defineRule} from '../src/rule.js'
import {counterpart} from '../src/variants.js'
import {lowerCase} from '../src/word-case.js'

/**
 * Titles and ranks written before a name: they say nothing about which person
 * a name belongs to (`Ms Begum` and `Shamima Begum` are one person). Keep sorted.
 */
const titles: ReadonlyArray<string> = [
  'captain', 'chancellor', 'colonel', 'commander', 'councillor', 'dame', 'doctor', 'dr', 'father', 'general',
  'governor', 'judge', 'justice', 'king', 'lady', 'lord', 'madam', 'mayor', 'minister', 'miss', 'mr', 'mrs', 'ms',
  'president', 'prime', 'prince', 'princess', 'professor', 'queen', 'rabbi', 'rev', 'reverend', 'senator',
  'sergeant', 'sheikh', 'sir', 'st'
]

const titleSet: ReadonlySet<string> = new Set(titles)

/** A word long enough that a one-letter difference is a slip, not another name. */
const minimumLength = 5
/** Names this long may be compared even when each spelling occurs once. */
const longName = 10

interface Spelling {
  /** The name word as written. */
  form: string
  /** `plain(form)`. */
  plain: string
  /** Letters compared: lower case, no accents, no hyphens, common transliteration variants merged. */
  key: string
  words: NameWord[]
  /** Other words of the names it appears in (titles left out). */
  company: Set<string>
}

export default defineRule({
  meta: {
    id: 'name-consistency',
    description: 'One name written two ways in one article: word order (`River Euphrates`, `Euphrates River`) or spelling (`Begum`, `Begun`).',
    category: 'consistency',
    severity: 'warning',
    fixable: true,
    scope: 'document',
    examples: [
      {
        bad: 'Rescuers searched the Thames River overnight. Police divers joined them on the River Thames at dawn.',
        good: 'Rescuers searched the Thames River overnight. Police divers joined them on the Thames River at dawn.'
      },
      {
        bad: 'Theresa Bollinger was elected on Monday. Bollinger thanked voters, and Bolinger takes office in May.',
        good: 'Theresa Bollinger was elected on Monday. Bollinger thanked voters, and Bollinger takes office in May.'
      }
    ]
  },
  create({file, report}) {
    return async function (tree) {
      const names = namesOf(tree)
      reportOrder(names)
      const groups = spellingGroups(names)
      if (groups.length === 0) return
      const speller = await loadSpeller(contextOf(file).dialect)
      for (const group of groups) {
        const kept = group.filter((spelling, index) => index === 0 || !twoWords(speller, group[0], spelling))
        if (kept.length < 2) continue
        const occurrences: Occurrence[] = kept.flatMap((spelling) =>
          spelling.words.map((word) => ({start: word.start, end: word.end, form: spelling.form}))
        )
        const split = splitGroup(occurrences)
        if (!split) continue
        const counts = split.counts.get(split.majority.form)!
        const expected = split.majority.form
        report(
          consistencyFinding(split, {
            expected: [expected],
            fixable: split.clear,
            reason:
              `${hereAndThere(file, split)}${counts > 1 ? ` (${counts} times)` : ''}: ` +
              `one name spelt two ways; use \`${expected}\`.`
          })
        )
      }
    }

    /** Two-word names written in both orders: `River Euphrates` and `Euphrates River`. */
    function reportOrder(names: NameMention[]): void {
      const groups = new Map<string, Occurrence[]>()
      for (const name of names) {
        if (name.words.length !== 2) continue
        if (name.words.some((word) => word.acronym || isFunction(word.text))) continue
        const [first, second] = name.words
        // The two words in sorted order: either word order gives one key.
        const key = first.text <= second.text ? `${first.text} ${second.text}` : `${second.text} ${first.text}`
        const group = groups.get(key) ?? []
        group.push({start: name.start, end: name.end, form: name.text})
        groups.set(key, group)
      }
      for (const group of groups.values()) {
        const split = splitGroup(group)
        if (!split) continue
        const expected = split.majority.form
        report(
          consistencyFinding(split, {
            expected: [expected],
            reason: `${hereAndThere(file, split)}: one name written in two word orders; use \`${expected}\`.`
          })
        )
      }
    }
  }
})

/**
 * Groups of spellings of one name: the commonest spelling first, then the
 * rarer spellings that differ from it by one slip.
 */
function spellingGroups(names: NameMention[]): Spelling[][] {
  const spellings = new Map<string, Spelling>()
  const nonInitial = new Set<string>()
  for (const name of names) {
    for (const word of name.words) if (!word.initial) nonInitial.add(word.text)
  }
  for (const name of names) {
    for (const word of name.words) {
      // A capital at the start of a sentence says nothing, unless the word is a name elsewhere
      // or the first of a name's words (`Mustafa Yilmaz said`).
      if (word.acronym || (word.initial && name.words.length < 2 && !nonInitial.has(word.text))) continue
      let spelling = spellings.get(word.text)
      if (!spelling) {
        const {plain, key} = lettersOf(word.text)
        if (key.length < minimumLength) continue
        spelling = {form: word.text, plain, key, words: [], company: new Set()}
        spellings.set(word.text, spelling)
      }
      spelling.words.push(word)
      for (const other of name.words) {
        if (other === word) continue
        const lower = lowerCase(other.text)
        if (isCompany(lower)) spelling.company.add(lower)
      }
    }
  }
  const byCount = [...spellings.values()].sort((a, b) => b.words.length - a.words.length || a.words[0].start - b.words[0].start)
  // A slip keeps the first letter and the length within one (see isSlip): compare each spelling
  // with those only, not with every other spelling (quadratic in a long text).
  const rank = new Map<Spelling, number>()
  const similar = new Map<number, Spelling[]>()
  byCount.forEach(function (spelling, index) {
    rank.set(spelling, index)
    const shape = shapeOf(spelling.key, spelling.key.length)
    const list = similar.get(shape)
    if (list) list.push(spelling)
    else similar.set(shape, [spelling])
  })
  const taken = new Set<Spelling>()
  const groups: Spelling[][] = []
  for (const main of byCount) {
    if (taken.has(main)) continue
    const slips: Spelling[] = []
    for (let length = main.key.length - 1; length <= main.key.length + 1; length++) {
      for (const other of similar.get(shapeOf(main.key, length)) ?? []) {
        if (other !== main && !taken.has(other) && isSlip(main, other)) slips.push(other)
      }
    }
    if (slips.length === 0) continue
    const group = [main, ...slips.sort((a, b) => rank.get(a)! - rank.get(b)!)]
    for (const spelling of group) taken.add(spelling)
    groups.push(group)
  }
  return groups
}

/** The bucket of keys with `key`'s first letter (code unit) and `length` letters, as one number. */
function shapeOf(key: string, length: number): number {
  return length * 0x10000 + key.charCodeAt(0)
}

/** isFunctionWord, remembered per word (it lower-cases each time). */
const isFunction = memoize(isFunctionWord)

/** A companion word that tells people apart: not a title, not a function word. */
const isCompany = memoize((lower: string) => !titleSet.has(lower) && !isFunctionWord(lower))

/** Whether `rare` looks like a slip for `main`: the same name, one letter off. */
function isSlip(main: Spelling, rare: Spelling): boolean {
  const a = main.words.length
  const b = rare.words.length
  if (b > a || (b === a && Math.min(main.key.length, rare.key.length) < longName)) return false
  if (main.key[0] !== rare.key[0] || Math.abs(main.key.length - rare.key.length) > 1) return false
  const x = main.plain
  const y = rare.plain
  // Different endings make related words, not slips: Syria/Syrian, Kurd/Kurds.
  if (x !== y && (x.startsWith(y) || y.startsWith(x))) return false
  // British and American spellings of one name are its own (Labour Party, Labor Party).
  if (counterpart(main.form)?.toLowerCase() === rare.form.toLowerCase()) return false
  if (!withinOneEdit(main.key, rare.key)) return false
  // Names shared with different companions are different people (Ahmed Khan, Ahmad Shah).
  if (main.company.size > 0 && rare.company.size > 0 && !sharesAny(rare.company, main.company)) {
    return false
  }
  return true
}

/**
 * Whether at most one edit (an insertion, a deletion, a substitution or a swap of neighbours)
 * turns `a` into `b`: `editDistance(a, b, 1) <= 1`, read in one pass without its table (this
 * runs for every pair of similar spellings, thousands in a long text).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a.length === b.length) {
    const first = firstDifference(a, b, 0, 0)
    if (first === a.length) return true
    // One substitution, or a swap of two neighbours.
    if (sameFrom(a, b, first + 1, first + 1)) return true
    return a[first] === b[first + 1] && a[first + 1] === b[first] && sameFrom(a, b, first + 2, first + 2)
  }
  if (Math.abs(a.length - b.length) !== 1) return false
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a]
  // One insertion: the longer word without its first differing character is the shorter one.
  const first = firstDifference(shorter, longer, 0, 0)
  return sameFrom(shorter, longer, first, first + 1)
}

/** The first index from which `a` (from `i`) and `b` (from `j`) differ, counted in `a`. */
function firstDifference(a: string, b: string, i: number, j: number): number {
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(j)) {
    i++
    j++
  }
  return i
}

/** Whether `a` from `i` and `b` from `j` are the same to the end of both. */
function sameFrom(a: string, b: string, i: number, j: number): boolean {
  return a.length - i === b.length - j && firstDifference(a, b, i, j) === a.length
}

/** A word's letters as compared (`plain` and `normalise`), remembered per word. */
const lettersOf = memoize((word: string) => ({plain: plain(word), key: normalise(word)}))

/** Lower case without accents, apostrophes or hyphens. */
function plain(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’-]/g, '')
}

/** The letters compared: transliteration variants merged (f/ph, o/aw, u/ou), doubled letters single. */
function normalise(word: string): string {
  return plain(word)
    .replace(/ph/g, 'f')
    .replace(/aw/g, 'o')
    .replace(/ou/g, 'u')
    .replace(/(\p{L})\1+/gu, '$1')
}

/**
 * Whether the dictionary says two spellings are two words: both known and one
 * of them a name (Austria and Australia, Hindu and Hindi, Christian and
 * Christina); or both known words (Baker and Barker) not seen in one full name
 * (`Shamima Begum`, `Shamima Begun`).
 */
function twoWords(speller: Speller, main: Spelling, rare: Spelling): boolean {
  if (!speller.correct(main.form) || !speller.correct(rare.form)) return false
  if (isOnlyName(speller, main.form) || isOnlyName(speller, rare.form)) return true
  return !sharesAny(rare.company, main.company)
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const word of a) if (b.has(word)) return true
  return false
}

/** Known to the dictionary with a capital only: a name, not a word. */
function isOnlyName(speller: Speller, word: string): boolean {
  return !speller.correct(word.toLowerCase())
}
