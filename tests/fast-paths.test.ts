/**
 * Helpers rewritten for speed (character scans instead of regular
 * expressions, shared lower cases) must answer exactly as the expressions
 * they replaced, on ordinary and hostile words and lines.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {hasLetter, lettersInCapitals} from '../src/char-class.js'
import {shapeOf} from '../src/mentions/compounds.js'
import {isAcronym, isCapitalised, tokenLines, withoutPossessive, type Token} from '../src/mentions/tokens.js'
import {normalizeLine} from '../src/page-furniture.js'
import {endsSentence, flatten} from '../src/paragraph-kind.js'
import {LineParser} from '../src/parse.js'
import {quotationAt, quotationsOf} from '../src/quotations.js'
import {VFile} from 'vfile'
import {root} from './helpers/cli.js'

const hostileWords = [
  'five-year', 'five', 'G7', '20', '20-year', '10-20', '-abc', 'abc-', 'a--b', 'a-b-c-d', 'US-backed', "ISIS's",
  'e.g', 'naïve', 'al-Assad', "d'Estaing", 'al’Qaeda', 'bin-Laden', 'abc-D', 'abcd-E', 'a-', 'a-é', 'a-É', 'é-A', 'ab\'c', 'x', 'X', "ISIS's", 'U.S.', 'SDF’s', 'Ab',
  'ǅemal', 'ĸa-B', '1st', 'a—B', 'İstanbul', 'ΟΔΟΣ', 'Σ', '𝐀𝐁', '١٢٣', 'x\ud800y', '\udc00', '👍', 'a\u0301', 'Ⅻ', 'ß-Straße', '-',
  '', 'a_b', 'co-op', 'l’été', 'Nr.5'
]

const lines = [
  'The river rose.', 'The river rose', 'He said: "It’s over."', 'Is it?! ', '  Wait…  ', '(See below.)', 'Really.»',
  'End.]', 'End.\u00a0', 'Done.\ud800', 'İstanbul ÉCOLE ŉ  ß 👍 x\ud800y 𝐀𝐁 ١٢٣ — “Hi” ΟΔΟΣ.', 'a\udc00b\ud83d', '', ' ', '.', '"', 'A\t\tB  C\u00a0D\u2028E', 'One two three', '\n Line \r\n'
]

function words(): string[] {
  const text = fs.readFileSync(path.join(root, 'samples/isis-baghouz.txt'), 'utf8')
  const tree = new LineParser().parse(text) as Root
  return [...hostileWords, ...tokenLines(tree).flatMap((line) => line.tokens.map((token) => token.text))]
}

function corpusLines(): string[] {
  const folder = path.join(root, 'tests/corpus/news')
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => fs.readFileSync(path.join(folder, name), 'utf8').split(/\r\n|\r|\n/))
}

describe('fast paths', function () {
  it('shapeOf sorts words as the compound expressions do', function () {
    const hyphenated = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u
    const closed = /^\p{L}+$/u
    const part = /^[\p{L}\p{N}]+$/u
    for (const text of words()) {
      const token = {type: 'word', text} as Token
      const expected = hyphenated.test(text) && /\p{L}/u.test(text) ? 1 : closed.test(text) ? 2 : part.test(text) ? 3 : 0
      expect(shapeOf(token), text).toBe(expected)
    }
    expect(shapeOf({type: 'punctuation', text: '-'} as Token)).toBe(0)
  })

  it('isCapitalised, isAcronym and withoutPossessive answer as their expressions', function () {
    for (const text of words()) {
      expect(isCapitalised(text), text).toBe(/^(?:\p{Ll}{1,3}[-'’])?\p{Lu}/u.test(text))
      const bare = text.replace(/['’]s$/u, '')
      expect(withoutPossessive(text), text).toBe(bare)
      const letters = bare.replace(/[^\p{L}]/gu, '')
      expect(isAcronym(text), text).toBe(letters.length >= 2 && letters === letters.toUpperCase())
    }
  })

  it('lettersInCapitals and hasLetter answer as the letters of a text do', function () {
    for (const text of [...words(), ...lines, 'ǅ', 'ĸ', 'ª', 'ﬀ', 'ŉ', 'Ǆ', 'ΣΑΣ', 'ς', '𐐨', '𐐀', 'ᾳ', 'ᾼ', 'ɐ', 'ȿ']) {
      const letters = text.replace(/[^\p{L}]/gu, '')
      expect(lettersInCapitals(text), text).toBe(letters === letters.toUpperCase())
      expect(hasLetter(text), text).toBe(letters.length > 0)
    }
    // Upper-casing never shortens a letter nor looks at its neighbours: letter by letter is whole.
    const differ: string[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCodePoint(code)
      const capital = char.toUpperCase()
      if (capital === char) continue
      const whole = capital.length >= char.length && ('a' + char + 'Σ').toUpperCase() === 'A' + capital + 'Σ'
      if (!whole || lettersInCapitals(char) !== !/\p{L}/u.test(char)) differ.push(char)
    }
    expect(differ).toEqual([])
  })

  it('endsSentence, normalizeLine and flatten answer as their expressions', function () {
    for (const line of [...lines, ...corpusLines()]) {
      expect(endsSentence(line), line).toBe(/[.!?…][\s"'’”»)\]]*$/u.test(line.trim()))
      expect(normalizeLine(line), line).toBe(line.trim().replace(/\s+/g, ' '))
      expect(flatten(line), line).toBe(line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim())
    }
    const differ: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      for (const line of [`a${char}b`, `a ${char}b`, `a${char} b`]) if (normalizeLine(line) !== line.trim().replace(/\s+/g, ' ')) differ.push(line)
    }
    expect(differ).toEqual([])
  })

  it('gives every word token its lower case', function () {
    const tree = new LineParser().parse('The ΟΔΟΣ and İstanbul, SAID “Ms Smith”.') as Root
    for (const token of tokenLines(tree)[0].tokens) {
      expect(token.lower).toBe(token.type === 'word' ? token.text.toLowerCase() : token.text)
    }
  })

  it('quotationAt finds the innermost quotation holding a range, as a scan of every quotation does', function () {
    const text = [
      'He said: “They told us ‘leave now’ and we did,” and ‘then “it” ended’. After.',
      '"Unclosed at the end of the line, so it runs to the end',
      'No quotes here. "One" and "two" and "three ‘nested’ here".'
    ].join('\n')
    const tree = new LineParser().parse(text) as Root
    const file = new VFile({value: text})
    const quotations = quotationsOf(tree, file)
    expect(quotations.length).toBeGreaterThan(6)
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        let expected
        for (const quotation of quotations) {
          if (quotation.start > start) break
          if (end <= quotation.end) expected = quotation
        }
        expect(quotationAt(tree, file, start, end)).toBe(expected)
      }
    }
  })
})
