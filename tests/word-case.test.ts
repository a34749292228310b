import {describe, expect, it} from 'vitest'
import {lowerCase, sameIgnoringCase, startsUpper} from '../src/word-case.js'
import {shuffled} from './helpers/shuffle.js'

const letters = ['a', 'A', 'b', 'B', 'k', 'K', '\u212a', 'i', 'I', 'İ', '\u0307', 'ß', 'ẞ', 'é', 'É', "'", '’', '-', '1', 'Σ', 'σ', 'ς', '𝐀', 'Ǆ', 'ǆ', 'ǅ']

function words(seed: number): string[] {
  const pool = shuffled([...letters, ...letters], seed)
  return [pool.slice(0, seed % 4).join(''), pool.slice(4, 4 + (seed % 3)).join('')]
}

describe('word case', () => {
  it('lowerCase is toLowerCase', () => {
    for (let seed = 1; seed <= 3000; seed++) for (const word of words(seed)) expect(lowerCase(word)).toBe(word.toLowerCase())
    expect(lowerCase('house')).toBe('house')
    expect(lowerCase('House')).toBe('house')
  })

  it('sameIgnoringCase is a comparison of toLowerCase', () => {
    for (let seed = 1; seed <= 5000; seed++) {
      const [a, b] = words(seed)
      for (const [x, y] of [[a, b], [a, a.toUpperCase()], [a.toLowerCase(), b], [a, a.toLowerCase()], [b + a, b.toUpperCase() + a]]) {
        expect(sameIgnoringCase(x, y), `${x} ${y}`).toBe(x.toLowerCase() === y.toLowerCase())
      }
    }
    expect(sameIgnoringCase('The', 'the')).toBe(true)
    expect(sameIgnoringCase('İ', 'i\u0307')).toBe(true)
    expect(sameIgnoringCase('\u212a', 'k')).toBe(true)
    expect(sameIgnoringCase('the', 'then')).toBe(false)
  })

  it('startsUpper is /^\\p{Lu}/u on the text from an index', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      for (const word of words(seed)) {
        for (let index = 0; index <= word.length; index++) {
          if (index > 0 && word.charCodeAt(index - 1) >= 0xd800 && word.charCodeAt(index - 1) <= 0xdbff) continue
          expect(startsUpper(word, index), `${word} ${index}`).toBe(/^\p{Lu}/u.test(word.slice(index)))
        }
      }
    }
    expect(startsUpper('Begum')).toBe(true)
    expect(startsUpper('𝐀lpha')).toBe(true)
    expect(startsUpper('al-Hol', 3)).toBe(true)
    expect(startsUpper('')).toBe(false)
  })
})
