/**
 * dialectOf screens words with a bit table before its Map lookup; it must
 * answer as the two tables it stands for, in every case pattern.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {dialectOf, loadVariants} from '../src/variants.js'
import {root} from './helpers/cli.js'

function reference(word: string): string | undefined {
  const {toAmerican, toBritish} = loadVariants()
  const lower = word.toLowerCase()
  return toAmerican.has(lower) ? 'en-GB' : toBritish.has(lower) ? 'en-US' : undefined
}

describe('dialectOf', () => {
  it('answers as the variant tables for every table word and corpus word', () => {
    const {toAmerican} = loadVariants()
    const table = [...toAmerican].flat()
    const news = path.join(root, 'tests/corpus/news')
    const corpus = fs
      .readdirSync(news)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => fs.readFileSync(path.join(news, name), 'utf8').match(/[\p{L}\p{M}'’-]+/gu) ?? [])
    const words = [...table, ...corpus, 'ORGANISE', 'Colour', 'co', '', 'a', 'colour\u212a', 'ARMOUR\u0130', '\u212aerb']
    let marked = 0
    for (const word of words) {
      for (const form of [word, word.toUpperCase(), word.slice(0, 1).toUpperCase() + word.slice(1)]) {
        expect(dialectOf(form), form).toBe(reference(form))
        if (dialectOf(form)) marked++
      }
    }
    expect(marked).toBeGreaterThan(table.length * 3)
  })
})
