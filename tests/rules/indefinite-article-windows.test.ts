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

describe('indefinite-article remembered verdicts', () => {
  it('reports the same on a text checked again and on texts sharing its phrases', async () => {
    const {check} = await import('../../src/index.js')
    const findings = async (text: string) =>
      (await check(text, {path: 'a.txt'})).messages
        .filter((message) => message.ruleId === 'indefinite-article')
        .map((message) => `${message.place && 'start' in message.place ? message.place.start.offset : ''} ${message.reason}`)
    const text = 'Headline here\nPolice made a arrest after a 11-hour search. An union and A inquiry, a "unprecedented" move.\nStation A equals a event.'
    const first = await findings(text)
    expect(first.length).toBeGreaterThan(3)
    expect(await findings(text)).toEqual(first)
    const shifted = await findings(`Other headline\n${text.split('\n').slice(1).join('\n')}`)
    expect(shifted.map((finding) => finding.replace(/^\d+ /, ''))).toEqual(first.map((finding) => finding.replace(/^\d+ /, '')))
  })
})
