/** name-consistency's one-edit test must agree with editDistance(a, b, 1) <= 1. */
import {describe, expect, it} from 'vitest'
import {withinOneEdit} from '../../rules/name-consistency.js'
import {editDistance} from '../../src/edit-distance.js'
import {shuffled} from '../helpers/shuffle.js'

const letters = ['a', 'b', 'c', 'a', 'b', 'é', '𝐀']

function variants(word: string): string[] {
  const result = [word, word.slice(1), word.slice(0, -1), `x${word}`, `${word}x`, word.split('').reverse().join('')]
  for (let index = 0; index < word.length; index++) {
    result.push(word.slice(0, index) + word.slice(index + 1))
    result.push(word.slice(0, index) + 'z' + word.slice(index + 1))
    result.push(word.slice(0, index) + 'z' + word.slice(index))
    if (index + 1 < word.length) result.push(word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2))
  }
  return result
}

describe('name-consistency withinOneEdit', () => {
  it('agrees with editDistance within one', () => {
    let near = 0
    for (let seed = 1; seed <= 400; seed++) {
      const word = shuffled([...letters, ...letters], seed).slice(0, seed % 8).join('')
      const others = [...variants(word), ...variants(shuffled([...letters], seed + 7).slice(0, seed % 6).join(''))]
      for (const other of others) {
        for (const changed of [other, ...variants(other).slice(0, 6)]) {
          const expected = editDistance(word, changed, 1) <= 1
          expect(withinOneEdit(word, changed), `${word} ${changed}`).toBe(expected)
          if (expected) near++
        }
      }
    }
    expect(near).toBeGreaterThan(1000)
  })
})
