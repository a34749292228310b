/**
 * LineParser builds each line's tokens at their place in the document. Its
 * trees must be exactly those of parse-english run on each line (or chunk
 * of a long line) on its own and then moved into place, as the parser did
 * before: same nodes, same values, same positions.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Nodes, Paragraph, Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {chunkEnds, chunkLength, LineParser} from '../src/parse.js'
import {root} from './helpers/cli.js'

/** The reference: parse-english per line (per chunk of a long line), each subtree shifted into place. */
class ShiftedParser extends ParseEnglish {
  override tokenizeParagraph(value: string | null | undefined): Paragraph {
    const text = value ?? ''
    if (text.length <= chunkLength || /[\r\n]/.test(text)) return super.tokenizeParagraph(text)
    const children: Paragraph['children'] = []
    let from = 0
    for (const to of chunkEnds(text)) {
      for (const child of super.tokenizeParagraph(text.slice(from, to)).children) {
        shift(child, 0, from)
        children.push(child)
      }
      from = to
    }
    return {type: 'ParagraphNode', children, position: {start: children[0].position!.start, end: children[children.length - 1].position!.end}}
  }

  override tokenizeRoot(value: string | null | undefined): Root {
    const text = value ?? ''
    const children: RootContent[] = []
    const lineBreak = /\r\n|\r|\n/g
    let line = 0
    let from = 0
    for (;;) {
      const match = lineBreak.exec(text)
      const to = match ? match.index : text.length
      if (to > from) {
        for (const child of super.tokenizeRoot(text.slice(from, to)).children) {
          shift(child, line, from)
          children.push(child)
        }
      }
      if (!match) break
      const start = {line: line + 1, column: to - from + 1, offset: to}
      line++
      from = to + match[0].length
      children.push({type: 'WhiteSpaceNode', value: match[0], position: {start, end: {line: line + 1, column: 1, offset: from}}})
    }
    const tree: Root = {type: 'RootNode', children}
    if (text.length > 0) {
      tree.position = {
        start: {line: 1, column: 1, offset: 0},
        end: children.length > 0 ? children[children.length - 1].position!.end : {line: 1, column: 1, offset: 0}
      }
    }
    return tree
  }
}

function shift(node: Nodes, line: number, offset: number): void {
  if (node.position) {
    const move = (point: {line: number; column: number; offset?: number}) => ({
      line: point.line + line,
      column: point.column + (line === 0 ? offset : 0),
      offset: (point.offset ?? 0) + offset
    })
    node.position = {start: move(node.position.start), end: move(node.position.end)}
  }
  if ('children' in node) for (const child of node.children) shift(child as Nodes, line, offset)
}

function expectSameTree(text: string): void {
  const ours = new LineParser().parse(text)
  const theirs = new ShiftedParser().parse(text)
  expect(ours).toStrictEqual(theirs)
}

const hostile: ReadonlyArray<string> = [
  '',
  'x',
  ' ',
  '\n',
  '\r\n\r\n',
  '\n\nLeading and trailing blank lines.\n\n',
  '  Indented line with trailing space.  \nNext line.\r\nCR LF line.\rCR line.\n',
  'Mr. Smith met Dr. Jones at 2.15 p.m. in the U.S. on Jan. 5. They left.',
  'He said: "It\'s over." She said ‘no’ — then (quietly) left… Really?! Yes!!',
  'e.g. i.e. etc. 1.5m £3.2bn 10:30 5,000 50% #tag @handle https://example.com/a?b=c&d=e',
  '👩‍👩‍👧‍👦 👍🏽 🇬🇧🇺🇸 🏳️‍🌈 \ud800 lone \udc00 surrogates \ud83d.',
  'Z\u0351\u0308\u0300a\u0301\u0327l\u0303g\u035bo e\u0301 \u200bzero\u200cwidth\u2060\ufeff\u00ad',
  'One line\u2028two\u2029three\u0085four\u000bfive\u000cend.',
  'About\u0000 1oo\u0001 people\u0007\u001b[31m.',
  'قال المتحدث إن 1oo شخص \u202eفي المدينة\u202c. שלום עולם.',
  '\t\ttabs\tinside\t\n\u00a0no-break\u00a0spaces\u3000ideographic',
  ',,,,....----""""\'\'\'\'((((]]]]',
  'The river rose. '.repeat(1_200),
  'flood '.repeat(3_000) + '\nAfter the long line.',
  'He said “1oo people”, (then left) — 👩‍👩‍👧 e\u0301 — at 10 p.m. '.repeat(400),
  '👍'.repeat(10_000),
  'x'.repeat(chunkLength * 2 + 1),
  'a-'.repeat(6_000) + '\r\n' + '.'.repeat(9_000)
]

describe('LineParser', function () {
  it('gives parse-english’s trees, moved into place, for hostile strings', function () {
    for (const text of hostile) expectSameTree(text)
  })

  it('gives parse-english’s trees, moved into place, for the samples and the news corpus', function () {
    const folders = [path.join(root, 'samples'), path.join(root, 'tests/corpus/news')]
    let files = 0
    for (const folder of folders) {
      for (const name of fs.readdirSync(folder)) {
        if (!name.endsWith('.txt')) continue
        expectSameTree(fs.readFileSync(path.join(folder, name), 'utf8'))
        files++
      }
    }
    expect(files).toBeGreaterThan(10)
  })

  it('leaves a paragraph tokenized on its own (markup) at the start of the document', function () {
    const text = 'The council met. It agreed.'
    expect(new LineParser().tokenizeParagraph(text)).toStrictEqual(new ParseEnglish().tokenizeParagraph(text))
  })
})
