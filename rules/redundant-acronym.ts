import type {Paragraph, Root} from 'nlcst'
import {endOf, paragraphsOf, sentencesOf, startOf, toString} from '../src/nlcst.js'
import {inQuotation} from '../src/quotations.js'
import {defineRule} from '../src/rule.js'
import {startsUpper} from '../src/word-case.js'

/**
 * Acronyms whose last letter's word is commonly written again after them,
 * as `ACRONYM word`. Used when the article does not spell the acronym out
 * itself. Keep sorted.
 */
export const classicAcronyms: ReadonlyArray<string> = [
  'ABS system',
  'ATM machine',
  'CPU unit',
  'DMZ zone',
  'GPS system',
  'GUI interface',
  'HIV virus',
  'IRA account',
  'ISBN number',
  'LAN network',
  'LCD display',
  'LED diode',
  'NATO organisation',
  'NATO organization',
  'PDF format',
  'PIN number',
  'RAM memory',
  'ROM memory',
  'SAT test',
  'UPC code',
  'VIN number',
  'WAN network'
]

/**
 * Last words that name the members of a union, so that `US states` or
 * `ASEAN nations` means the members, not the union again. Keep sorted.
 */
export const memberNouns: ReadonlyArray<string> = ['countries', 'emirates', 'islands', 'nations', 'republics', 'states']

/** Lower-case words allowed inside a spelt-out name: `Organisation of the Petroleum Exporting Countries`. */
const joiners = new Set(['and', 'de', 'for', 'in', 'of', 'on', 'the', 'to', '&'])
const members = new Set(memberNouns)
const acronymPattern = /^[A-Z]{2,6}$/

/** `acronymPattern.test(word)`, most words turned away by their length or first letter first. */
function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 6) return false
  const first = word.charCodeAt(0)
  return first >= 0x41 && first <= 0x5a && acronymPattern.test(word)
}

interface Expansion {
  /** The spelt-out name as written, when the article gives it. */
  name?: string
  /** The words an acronym must not be followed by, lower case. */
  words: ReadonlyArray<string>
  /** Those of `words` that make the acronym plural: `ATM machines` → `ATMs`. */
  plurals?: ReadonlyArray<string>
}

export default defineRule({
  meta: {
    id: 'redundant-acronym',
    description: 'An acronym followed by a word it already stands for, like “ATM machine” or “PIN number”.',
    category: 'style',
    severity: 'warning',
    fixable: true,
    scope: 'document',
    examples: [
      {bad: 'Thieves emptied the ATM machine overnight.', good: 'Thieves emptied the ATM overnight.'},
      {
        bad: 'The North Atlantic Treaty Organization met in Brussels, where NATO organization staff briefed reporters.',
        good: 'The North Atlantic Treaty Organization met in Brussels, where NATO staff briefed reporters.'
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      const expansions = learnExpansions(tree)
      for (const paragraph of paragraphsOf(tree)) {
        for (const sentence of sentencesOf(paragraph)) {
          const children = sentence.children
          for (let index = 0; index + 2 < children.length; index++) {
            const acronym = children[index]
            const space = children[index + 1]
            const follower = children[index + 2]
            if (acronym.type !== 'WordNode' || space.type !== 'WhiteSpaceNode' || follower.type !== 'WordNode') continue
            const letters = toString(acronym)
            if (!isAcronym(letters)) continue
            const expansion = expansions.get(letters) ?? classic.get(letters)
            const word = toString(follower)
            // In a line set in capitals every word looks like an acronym.
            if (!expansion || !repeats(expansion, word) || word === word.toUpperCase()) continue
            // "PIN numbers" → "PINs": the plural moves onto the acronym.
            const plural = expansion.plurals?.includes(word.toLowerCase()) ?? false
            const fixed = plural ? `${letters}s` : letters
            report(
              inQuotation(tree, file, {
                start: plural ? startOf(acronym) : startOf(space),
                end: endOf(follower),
                expected: [plural ? fixed : ''],
                reason: `\`${letters} ${word}\` repeats the last word of \`${letters}\`${expansion.name ? ` (${expansion.name})` : ''}; use \`${fixed}\`.`
              })
            )
          }
        }
      }
    }
  }
})

const classic = new Map<string, Expansion>()
for (const entry of classicAcronyms) {
  const [letters, word] = entry.split(' ')
  const words = classic.get(letters)?.words ?? []
  const plurals = classic.get(letters)?.plurals ?? []
  classic.set(letters, {words: [...words, word, `${word}s`], plurals: [...plurals, `${word}s`]})
}

function repeats(expansion: Expansion, word: string): boolean {
  return expansion.words.includes(word.toLowerCase())
}

/**
 * Acronyms the article spells out itself: capitalised words whose initials
 * give the acronym (`Syrian Democratic Forces` … `SDF`), or any words right
 * before the acronym in brackets (`liquefied natural gas (LNG)`).
 */
function learnExpansions(tree: Root): Map<string, Expansion> {
  const runs: Run[] = []
  for (const paragraph of paragraphsOf(tree)) runsOf(paragraph, runs)
  const acronyms = new Set<string>()
  for (const run of runs) for (const word of run.words) if (isAcronym(word)) acronyms.add(word)
  const byInitial = groupByInitial(acronyms)
  const found = new Map<string, Expansion>()
  for (const run of runs) {
    if (run.bracketed && acronyms.has(run.bracketed)) {
      const start = run.words.length - run.bracketed.length
      const end = start >= 0 ? matchExpansion(run.words, start, run.bracketed, false) : undefined
      if (end === run.words.length) learn(run.bracketed, run.words.slice(start))
    }
    for (let start = 0; start < run.words.length; start++) {
      const word = run.words[start]
      if (!startsUpper(word, 0)) continue
      // Only acronyms with this word's initial can match from here: an article with hundreds of
      // acronyms and thousands of capitalised words tried every pair.
      const candidates = byInitial.get(word[0].toUpperCase())
      if (!candidates) continue
      for (const acronym of candidates) {
        const end = matchExpansion(run.words, start, acronym, true)
        if (end !== undefined) learn(acronym, run.words.slice(start, end))
      }
    }
  }
  return found

  function learn(acronym: string, words: string[]): void {
    const last = words[words.length - 1].toLowerCase()
    if (found.has(acronym) || members.has(last)) return
    found.set(acronym, {name: words.join(' '), words: [last]})
  }
}

/** The acronyms by their first letter, each list in the set's order. */
function groupByInitial(acronyms: Iterable<string>): Map<string, string[]> {
  const result = new Map<string, string[]>()
  for (const acronym of acronyms) {
    const list = result.get(acronym[0])
    if (list) list.push(acronym)
    else result.set(acronym[0], [acronym])
  }
  return result
}

/**
 * The end index of a run of words from `start` whose initials spell
 * `acronym`; capitalised words only unless the acronym follows in brackets.
 */
function matchExpansion(words: string[], start: number, acronym: string, capitalised: boolean): number | undefined {
  let letter = 0
  let index = start
  while (letter < acronym.length && index < words.length) {
    const word = words[index]
    if (letter > 0 && joiners.has(word)) {
      index++
      continue
    }
    // Each part of a hyphenated word gives a letter: `Long-Range` → LR. (The parts are walked in
    // place: splitting every word tried allocated an array per try.)
    for (let from = 0; ; ) {
      const hyphen = word.indexOf('-', from)
      const end = hyphen === -1 ? word.length : hyphen
      if (letter >= acronym.length || (capitalised && !startsUpper(word, from))) return undefined
      if (from === end || word[from].toUpperCase() !== acronym[letter]) return undefined
      letter++
      if (hyphen === -1) break
      from = hyphen + 1
    }
    index++
  }
  if (letter < acronym.length || joiners.has(words[index - 1])) return undefined
  // A longer run of capitals is another name: `Syrian Democratic Forces Command` is not SDF.
  if (capitalised && index < words.length && startsUpper(words[index], 0) && words[index] !== acronym) return undefined
  return index
}

interface Run {
  /** Words separated only by white space. */
  words: string[]
  /** The acronym in brackets right after the run: `(LNG)`. */
  bracketed?: string
}

/** A paragraph cut into runs of words at every punctuation mark, added to `runs`. */
function runsOf(paragraph: Paragraph, runs: Run[]): void {
  for (const sentence of sentencesOf(paragraph)) {
    let run: Run = {words: [], bracketed: undefined}
    const children = sentence.children
    for (let index = 0; index < children.length; index++) {
      const child = children[index]
      if (child.type === 'WordNode') run.words.push(toString(child))
      else if (child.type !== 'WhiteSpaceNode') {
        const next = children[index + 1]
        const close = children[index + 2]
        if (toString(child) === '(' && next?.type === 'WordNode' && close && toString(close) === ')') {
          run.bracketed = toString(next)
        }
        if (run.words.length > 0) runs.push(run)
        run = {words: [], bracketed: undefined}
      }
    }
    if (run.words.length > 0) runs.push(run)
  }
}
