/**
 * spelling runs its web-address pattern only on paragraphs that pass a
 * cheaper hint; the hint must hold wherever the pattern finds a match.
 */
import {describe, expect, it} from 'vitest'
import {webHint, webPattern} from '../../rules/spelling.js'
import {shuffled} from '../helpers/shuffle.js'

const pieces = [
  'www', 'WWW', 'ww', '.', '. ', ':', '/', '//', '@', '#', 'com', 'Com', 'CO', 'uk', 'io', 'example', ' ', 'said', '.5', '3',
  '“', '”', 'U.S.', 'é', '-', '_', 'http', 'HTTPS', 'a@b', '#tag', 'ſ', '\u212a', 'news', 'org', 'gov'
]

describe('spelling web hint', () => {
  it('holds wherever the web pattern matches', () => {
    let matched = 0
    for (let seed = 1; seed <= 5000; seed++) {
      const text = shuffled([...pieces, ...pieces], seed).slice(0, seed % 10).join('')
      if (new RegExp(webPattern).test(text)) {
        matched++
        expect(webHint.test(text), JSON.stringify(text)).toBe(true)
      }
    }
    expect(matched).toBeGreaterThan(500)
  })
})
