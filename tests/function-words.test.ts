import {describe, expect, it} from 'vitest'
import {functionWordLists, isFunctionWord} from '../src/function-words.js'

describe('function words', function () {
  it('keeps every list sorted', function () {
    for (const list of Object.values(functionWordLists)) expect([...list]).toEqual([...list].sort())
  })

  it('knows closed-class words in any case, and not nouns', function () {
    expect(isFunctionWord('The')).toBe(true)
    expect(isFunctionWord('towards')).toBe(true)
    expect(isFunctionWord('author')).toBe(false)
  })
})
