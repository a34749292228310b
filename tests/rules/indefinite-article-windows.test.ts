/**
 * The rule hands retext-indefinite-article small windows around each article
 * instead of whole sentences: the library must report exactly what it reports
 * on the whole tree, for texts full of the cases it looks at (doubled
 * articles, capitals, quotation marks, figures, `a and b`).
 */
import retextIndefiniteArticle from 'retext-indefinite-article'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {articleWindows} from '../../rules/indefinite-article.js'
import {parsePlainText} from '../../src/parse.js'
import {shuffled} from '../helpers/shuffle.js'

const detect = retextIndefiniteArticle() as unknown as (tree: Root, file: VFile) => void

const pieces = [
  'a', 'an', 'A', 'An', 'AN', 'a', 'an', 'event', 'unique', 'hour', 'honest', 'union', 'FBI', 'US', 'one-off',
  '11-hour', '8', 'and', 'or', 'B', 'Station', 'the', '"unprecedented"', '‘apple’', '(', ')', ',', '.', ':', '—',
  'into', 'European', 'NHS', 'x-ray', "it's", 'an\u200b', '\n'
]

function messagesOf(tree: Root, text: string): string[] {
  const file = new VFile({value: text})
  detect(tree, file)
  return file.messages.map((message) => `${message.reason} ${JSON.stringify(message.place)} ${message.actual} ${message.expected}`)
}

describe('indefinite-article windows', () => {
  it('finds what the library finds on whole sentences', () => {
    let compared = 0
    for (let seed = 1; seed <= 300; seed++) {
      const words = shuffled([...pieces, ...pieces], seed).slice(0, 10 + (seed % 40))
      const text = words.join(seed % 3 === 0 ? ' ' : seed % 3 === 1 ? '  ' : ' ').replace(/ ([,.:)])/g, '$1')
      const tree = unified().use(parsePlainText).parse(text) as Root
      const whole = messagesOf(tree, text)
      const windows = messagesOf({type: 'RootNode', children: articleWindows(tree)}, text)
      expect(windows).toEqual(whole)
      compared += whole.length
    }
    expect(compared).toBeGreaterThan(100)
  })
})
