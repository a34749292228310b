/**
 * Names: runs of capitalised words (`River Euphrates`, `Shamima Begum`,
 * `al-Hol`), collected once per tree. A run stays inside one sentence, its
 * words one plain space apart; a possessive ending (`Trump's`) is left out of
 * the word and ends the run. Lines set in title case or capitals (headlines,
 * subheads) are skipped: their capitals say nothing about names.
 */
import type {Root} from 'nlcst'
import {classOf, letterClass} from '../char-class.js'
import {isAcronym, isCapitalised, nextWord, tokenLines, withoutPossessive, type Token, type TokenLine} from './tokens.js'

export interface NameWord {
  /** The word as written, without a possessive ending. */
  text: string
  start: number
  end: number
  token: Token
  /** Written in capitals: an acronym (`SDF`), not a spelt-out name. */
  acronym: boolean
  /** The first word of its sentence, where any word is capitalised. */
  initial: boolean
}

export interface NameMention {
  /** The run without a trailing possessive ending. */
  start: number
  end: number
  text: string
  words: NameWord[]
  line: TokenLine
}

const cache = new WeakMap<Root, NameMention[]>()

/** Every run of capitalised words in the document, in order. */
export function namesOf(tree: Root): NameMention[] {
  let names = cache.get(tree)
  if (!names) {
    names = []
    for (const line of tokenLines(tree)) if (!line.titleCase) collect(line, names)
    cache.set(tree, names)
  }
  return names
}

/** A capitalised word that can be part of a name (not `US-backed`, `Kurdish-led`). */
function isNameWord(token: Token): boolean {
  if (token.type !== 'word' || !isCapitalised(token.text) || !lettersAndMarks(token.text)) return false
  const hyphen = token.text.lastIndexOf('-')
  return hyphen === -1 || !/^\p{Ll}{3,}$/u.test(token.text.slice(hyphen + 1))
}

/** Letters, apostrophes and hyphens only (`/^[\p{L}'’-]+$/u`). */
function lettersAndMarks(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!
    if (code === 0x27 || code === 0x2019 || code === 0x2d) continue
    if (classOf(code) !== letterClass) return false
    if (code > 0xffff) index++
  }
  return text.length > 0
}

function collect(line: TokenLine, names: NameMention[]): void {
  const {tokens} = line
  let index = 0
  while (index < tokens.length) {
    if (!isNameWord(tokens[index])) {
      index++
      continue
    }
    const words: NameWord[] = []
    let position = index
    for (;;) {
      const token = tokens[position]
      const text = withoutPossessive(token.text)
      words.push({
        text,
        start: token.start,
        end: token.start + text.length,
        token,
        acronym: isAcronym(text),
        initial: token.initial
      })
      if (text !== token.text) break
      const next = nextWord(tokens, position)
      if (!next || !isNameWord(next)) break
      position += 2
    }
    const first = words[0]
    const last = words[words.length - 1]
    names.push({
      start: first.start,
      end: last.end,
      text: words.map((word) => word.text).join(' '),
      words,
      line
    })
    index = position + 1
  }
}
