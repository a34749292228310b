/**
 * duplicate-sentence reads a sentence's words in one pass; it must give what
 * the regular expressions it replaced give, on text full of the cases they
 * handle (possessives before letters, digits, accents, marks, astral letters).
 */
import {describe, expect, it} from 'vitest'
import {wordsOf} from '../../rules/duplicate-sentence.js'
import {shuffled} from '../helpers/shuffle.js'

function reference(text: string): string[] {
  return text.toLowerCase().replace(/['’]s\b/gu, '').match(/[\p{L}\p{N}]+/gu) ?? []
}

const pieces = [
  'ISIS', "'s", '’s', "'S", 's', "'", '’', ' ', ' ', '-', ',', '.', '_', '1', '2,000', 'é', 'É', 'İ', 'ß', 'ǅ', '²',
  '٣', '\u0301', '𝐀', '𝒶', '😀', '\ud800', '\udc00', 'Syrian', 'forces', 'x', '\u00a0', '“', '”', 'ſ', 'K', 'ﬁ'
]

const loneSurrogates = new Set(['\ud800', '\udc00'])

describe('duplicate-sentence words', () => {
  it('splits like the regular expressions', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = shuffled([...pieces, ...pieces], seed).slice(0, seed % 30).join('')
      expect(wordsOf(text), JSON.stringify(text)).toEqual(reference(text))
    }
  })

  it('splits like them without lone surrogates', () => {
    const whole = pieces.filter((piece) => !loneSurrogates.has(piece))
    for (let seed = 1; seed <= 3000; seed++) {
      const text = shuffled([...whole, ...whole], seed).slice(0, seed % 30).join('')
      expect(wordsOf(text), JSON.stringify(text)).toEqual(reference(text))
    }
  })

  it('reads news text like them', () => {
    const text = "Kurdish-led forces' ISIS's last stronghold, Baghouz’s camp: 2,000 fighters' wives (Umm's) left."
    expect(wordsOf(text)).toEqual(reference(text))
  })
})
