import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from '../helpers/cli.js'

/** Files whose word lists carry a "Keep sorted" comment. */
const files = [
  'rules/hyphen-consistency.ts',
  'rules/name-consistency.ts',
  'src/mentions/agreements.ts',
  'src/mentions/spellings.ts'
]

/** The lists after each "Keep sorted" comment: plain strings, or the first string of each pair. */
function sortedLists(source: string): string[][] {
  const lists: string[][] = []
  for (const match of source.matchAll(/Keep sorted/g)) {
    const start = source.indexOf('= [', match.index) + 2
    let depth = 0
    let end = start
    for (; end < source.length; end++) {
      if (source[end] === '[') depth++
      else if (source[end] === ']' && --depth === 0) break
    }
    const body = source.slice(start + 1, end)
    const items = body.includes('[')
      ? [...body.matchAll(/\[\s*'([^']*)'/g)].map((item) => item[1])
      : [...body.matchAll(/'([^']*)'/g)].map((item) => item[1])
    lists.push(items)
  }
  return lists
}

describe('word lists of the consistency rules', function () {
  for (const file of files) {
    it(`keeps the lists in ${file} sorted`, function () {
      const lists = sortedLists(fs.readFileSync(path.join(root, file), 'utf8'))
      expect(lists.length).toBeGreaterThan(0)
      for (const list of lists) {
        expect(list.length).toBeGreaterThan(0)
        expect(list).toEqual([...list].sort())
      }
    })
  }
})
