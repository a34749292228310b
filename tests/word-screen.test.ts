import {describe, expect, it} from 'vitest'
import {WordScreen} from '../src/word-screen.js'
import {shuffled} from './helpers/shuffle.js'

const letters = ['a', 'b', 'c', 'e', 'o', 'u', 'r', 's', 'A', 'B', 'E', 'S', '\u212a', 'k', 'é']

function wordsFrom(seed: number, count: number): string[] {
  const result: string[] = []
  for (let index = 0; index < count; index++) {
    result.push(shuffled([...letters, ...letters], seed * 1000 + index).slice(0, 1 + ((seed + index) % 7)).join(''))
  }
  return result
}

describe('WordScreen', () => {
  it('lets through every case form of a listed word', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const list = new Set(wordsFrom(seed, 40).map((word) => word.toLowerCase()).filter((word) => /^[a-z]{3,}$/.test(word)))
      const screen = new WordScreen(list)
      let turnedAway = 0
      for (const word of wordsFrom(seed + 100, 400)) {
        if (list.has(word.toLowerCase())) expect(screen.mayHold(word), word).toBe(true)
        if (!screen.mayHold(word)) turnedAway++
      }
      for (const word of list) {
        expect(screen.mayHold(word)).toBe(true)
        expect(screen.mayHold(word.toUpperCase())).toBe(true)
      }
      expect(turnedAway).toBeGreaterThan(100)
    }
  })

  it('lets everything through when a listed word is short or not ASCII', () => {
    expect(new WordScreen(['ox', 'house']).mayHold('ab')).toBe(true)
    expect(new WordScreen(['café', 'house']).mayHold('zebra')).toBe(true)
    expect(new WordScreen(['house']).mayHold('ab')).toBe(false)
    expect(new WordScreen(['kerb']).mayHold('\u212aERB')).toBe(true)
  })
})
