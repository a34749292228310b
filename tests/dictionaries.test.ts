import fs from 'node:fs'
import path from 'node:path'
import nspell from 'nspell'
import en from 'dictionary-en'
import gb from 'dictionary-en-gb'
import {describe, expect, it} from 'vitest'
import {getSpeller, otherDialect} from '../src/dictionaries.js'
import {root} from './helpers/cli.js'

// data/words.txt is generated from the dictionaries; it must agree with nspell word for word.
describe('the compiled word lists', function () {
  const folder = path.join(root, 'tests/corpus/news')
  const text = fs.readdirSync(folder).map((name) => fs.readFileSync(path.join(folder, name), 'utf8')).join(' ')
  const words = [...new Set(text.match(/[\p{L}'’]+/gu) ?? [])]
  const variants = words.flatMap((word) => [word, word.toLowerCase(), word.toUpperCase(), word[0].toUpperCase() + word.slice(1)])
  variants.push('organisation', 'organization', 'armoury', 'armory', 'don’t', 'Here’s', 'ISIS', 'jihadis', 'bren')

  for (const [dialect, dictionary] of [['en-US', en], ['en-GB', gb]] as const) {
    it(`agrees with nspell on ${variants.length} forms for ${dialect}`, {timeout: 60_000}, function () {
      const reference = nspell(dictionary as unknown as Parameters<typeof nspell>[0])
      const speller = getSpeller(dialect)
      const disagreements = variants.filter((word) => speller.correct(word) !== reference.correct(word))
      expect(disagreements).toEqual([])
    })
  }

  it('keeps dialect-only words to their dialect', function () {
    expect(getSpeller('en-GB').correct('organisation')).toBe(true)
    expect(getSpeller('en-US').correct('organisation')).toBe(false)
    expect(getSpeller('en-US').correct('organization')).toBe(true)
    expect(otherDialect('en-US')).toBe('en-GB')
  })
})
