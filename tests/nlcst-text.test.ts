import fs from 'node:fs'
import path from 'node:path'
import type {Nodes} from 'nlcst'
import {toString as reference} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseMarkup} from '../src/markup.js'
import {toString} from '../src/nlcst.js'
import {LineParser} from '../src/parse.js'
import {visit} from '../src/visit.js'
import {root} from './helpers/cli.js'

describe('toString', function () {
  it('gives what nlcst-to-string gives for every node of the sample and of markdown, and for lists of nodes', function () {
    const text = fs.readFileSync(path.join(root, 'samples/isis-baghouz.txt'), 'utf8')
    const trees = [
      new LineParser().parse(text),
      parseMarkup(new VFile({path: 'a.md', value: '# Floods *hit* `code` town\n\nRescuers & [crews](https://example.com) said “no”.\n'}), 'markdown').tree
    ]
    for (const tree of trees) {
      let count = 0
      visit(tree, function (node: Nodes) {
        count++
        expect(toString(node)).toBe(reference(node))
        if ('children' in node) expect(toString(node.children)).toBe(reference(node.children))
      })
      expect(count).toBeGreaterThan(20)
    }
  })
})
