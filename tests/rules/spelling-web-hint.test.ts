/**
 * spelling looks for web addresses only in paragraphs whose leaves hold a
 * hint of one; the scan must answer as the pattern does on the joined text.
 */
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {mayHoldWebText} from '../../rules/spelling.js'
import {paragraphsOf, toString} from '../../src/nlcst.js'
import {parsePlainText} from '../../src/parse.js'
import {shuffled} from '../helpers/shuffle.js'

const hint = /[@#]|:\/\/|www\.|\.[a-z]/i

const pieces = ['www', 'WWW', 'ww', '.', '. ', ':', '/', '//', '@', '#', 'com', 'Com', 'example', ' ', 'said', '.5', '3', '“', '”', 'U.S.', 'é', '-', 'W']

describe('spelling web hint', () => {
  it('answers as the pattern on the paragraph text', () => {
    let hits = 0
    for (let seed = 1; seed <= 2000; seed++) {
      const text = shuffled([...pieces, ...pieces], seed).slice(0, seed % 12).join('')
      const tree = unified().use(parsePlainText).parse(text) as Root
      for (const paragraph of paragraphsOf(tree)) {
        const expected = hint.test(toString(paragraph))
        expect(mayHoldWebText(paragraph), JSON.stringify(text)).toBe(expected)
        if (expected) hits++
      }
    }
    expect(hits).toBeGreaterThan(200)
  })
})
