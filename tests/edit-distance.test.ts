import {describe, expect, it} from 'vitest'
import {editDistance} from '../src/edit-distance.js'
import {shuffled} from './helpers/shuffle.js'

/** The distance as first written: one new row per character (the reference). */
function reference(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1)
      current[j] = value
      if (value < best) best = value
    }
    if (best > limit) return limit + 1
    before = previous
    previous = current
  }
  return Math.min(previous[b.length], limit + 1)
}

describe('editDistance', function () {
  it('counts insertions, deletions, substitutions and swaps', function () {
    expect(editDistance('Louisiana', 'Lousiana')).toBe(1)
    expect(editDistance('been', 'bren')).toBe(1)
    expect(editDistance('form', 'from')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('kitten', 'sitting', 1)).toBe(2)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('answers as the reference on many pairs, long and short, with and without a limit', function () {
    const words = ['', 'a', 'ab', 'ba', 'abc', 'acb', 'Baghouz', 'Bagouz', 'Baghuoz', 'Euphrates', 'Euphartes', 'caliphate', 'califate', 'x'.repeat(70), 'xy'.repeat(40), '👍a', 'a👍', 'Ça', 'ça']
    const letters = 'abcde'
    for (let index = 0; index < 200; index++) {
      words.push(shuffled(letters.repeat(1 + (index % 4)).split(''), index).slice(0, index % 13).join(''))
    }
    const differ: string[] = []
    for (const a of words) {
      for (const b of words) {
        for (const limit of [Infinity, 0, 1, 2, 5]) if (editDistance(a, b, limit) !== reference(a, b, limit)) differ.push(`${a} ${b} ${limit}`)
      }
    }
    expect(differ).toEqual([])
  })
})
