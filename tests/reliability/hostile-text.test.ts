/**
 * Text that stresses the parser and the rules: deep nesting, 100,000
 * repeated marks, a 50,000-letter word, emoji and joiners, right-to-left
 * text, combining marks, lone surrogates, odd line separators. Each must
 * lint without a crash or a hang (a per-test timeout; these inputs took
 * 17 s to minutes, or overflowed the stack, before the fixes) and with every
 * range inside the text, on a character boundary, its `actual` the text of
 * the range. A typo after the hostile part must still be found in place.
 */
import {Readable} from 'node:stream'
import {toString} from 'nlcst-to-string'
import type {Nodes} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/index.js'
import {readStdin} from '../../src/load.js'
import {chunkEnds, chunkLength, LineParser} from '../../src/parse.js'
import {dialectOfText, sectionEnds} from '../../src/sections.js'
import {findingProblems, surrogateSplit} from './invariants.js'

const timeout = {timeout: 30_000}
const typo = '\nAbout 1oo people were evacuated.'

const hostile: ReadonlyArray<[string, string]> = [
  ['100,000 commas', ','.repeat(100_000)],
  ['100,000 full stops', '.'.repeat(100_000)],
  ['100,000 straight quotes', '"'.repeat(100_000)],
  ['100,000 hyphens', '-'.repeat(100_000)],
  ['100,000 spaced hyphens', ' - '.repeat(33_334)],
  ['100,000 ellipses and dashes', '…—'.repeat(50_000)],
  ['50,000 letters in one word', 'a'.repeat(50_000)],
  ['a word joined by 50,000 hyphens', 'a-'.repeat(50_000)],
  ['a word joined by 50,000 at signs', 'a@'.repeat(50_000)],
  ['a word joined by 50,000 dots', 'a.'.repeat(50_000)],
  ['20,000 nested brackets', '('.repeat(20_000) + 'word' + ')'.repeat(20_000)],
  ['10,000 nested quotes', '“‘'.repeat(10_000) + 'said' + '’”'.repeat(10_000)],
  ['20,000 opening brackets before words', '(a '.repeat(20_000)],
  ['emoji, ZWJ families, skin tones and flags', '👩‍👩‍👧‍👦 👍🏽 🇬🇧🇺🇸 🏳️‍🌈 '.repeat(5_000)],
  ['right-to-left text with bidi controls', 'قال المتحدث إن 1oo شخص \u202eفي المدينة\u202c. שלום עולם. '.repeat(2_000)],
  ['combining marks (zalgo)', 'Z\u0351\u0308\u0300a\u0301\u0327l\u0303g\u035bo '.repeat(10_000) + 'e' + '\u0301'.repeat(20_000)],
  ['lone surrogates', 'About \ud800 people \udc00 came \ud83d.'.repeat(5_000)],
  ['zero-width and invisible characters', 'word\u200bword\u200c\u200d\u2060\ufeff\u00ad '.repeat(10_000)],
  ['Unicode line and paragraph separators', 'One line\u2028two\u2029three\u0085four\u000bfive\u000cend. '.repeat(5_000)],
  ['control characters', 'About\u0000 1oo\u0001 people\u0007\u001b[31m. '.repeat(5_000)],
  ['one sentence of 20,000 words', 'the people of the town said that '.repeat(3_000)],
  ['20,000 figures in one paragraph', '10 people died in the flood. '.repeat(20_000)],
  ['a compound written two ways 20,000 times', 'five-year five year '.repeat(20_000)],
  ['20,000 short lines', 'a\n'.repeat(20_000)],
  ['20,000 CR-only lines with figures', '12 people died.\r'.repeat(20_000)]
]

describe('hostile text through check()', function () {
  for (const [name, text] of hostile) {
    it(`lints ${name} with every range in place, and still finds a typo after it`, timeout, async function () {
      const whole = text + typo
      const file = await check(whole)
      expect(findingProblems(file)).toEqual([])
      const found = file.messages.find((message) => message.ruleId === 'digit-letter' && message.actual === '1oo' && message.place && 'start' in message.place && message.place.start.offset === whole.length - 26)
      expect(found, 'the typo after the hostile text').toBeDefined()
    })
  }

  it('lints markdown and HTML made of hostile text', timeout, async function () {
    for (const [path, text] of [
      ['deep.md', '> '.repeat(1_000) + 'quote\n\n' + '*'.repeat(20_000) + '\n\n' + '['.repeat(10_000) + '\n\nAbout 1oo people.\n'],
      // Deeper HTML overflows the parser's stack: the CLI reports that file and checks the others (docs/errors.md).
      ['deep.html', '<div>'.repeat(1_000) + '<p>About 1oo people.</p>' + '</div>'.repeat(1_000) + '<p>' + '&amp;'.repeat(10_000) + '</p>']
    ]) {
      const file = await check(text, {path})
      expect(findingProblems(file)).toEqual([])
      expect(file.messages.some((message) => message.actual === '1oo')).toBe(true)
    }
  })
})

describe('long paragraphs are parsed in chunks', function () {
  function everyNode(node: Nodes, visit: (node: Nodes) => void): void {
    visit(node)
    if ('children' in node) for (const child of node.children) everyNode(child as Nodes, visit)
  }

  it('gives every node of a long line its exact place in the text', function () {
    const line = 'He said “1oo people”, (then left) — 👩‍👩‍👧 e\u0301 — at 10 p.m. '.repeat(2_000)
    const text = `Headline\n${line}\nLast line.`
    const tree = new LineParser().parse(text)
    let nodes = 0
    everyNode(tree, function (node) {
      if (node.type === 'RootNode') return
      const start = node.position!.start
      const end = node.position!.end
      expect(toString(node)).toBe(text.slice(start.offset, end.offset))
      const before = text.slice(0, start.offset).split('\n')
      expect([start.line, start.column]).toEqual([before.length, before[before.length - 1].length + 1])
      nodes++
    })
    expect(nodes).toBeGreaterThan(50_000)
  })

  it('cuts after a sentence, else at white space, never inside a character', function () {
    const sentences = 'The river rose. '.repeat(2_000)
    for (const end of chunkEnds(sentences).slice(0, -1)) expect(sentences.slice(end - 2, end)).toBe('. ')
    const words = 'flood '.repeat(4_000)
    for (const end of chunkEnds(words).slice(0, -1)) expect(words[end - 1]).toBe(' ')
    for (const text of ['👍'.repeat(20_000), 'e\u0301'.repeat(20_000), '👩‍👩‍👧'.repeat(5_000), 'x'.repeat(20_001)]) {
      const ends = chunkEnds(text)
      expect(ends[ends.length - 1]).toBe(text.length)
      for (const end of ends.slice(0, -1)) {
        expect(end).toBeLessThanOrEqual(chunkLength + (ends[ends.indexOf(end) - 1] ?? 0))
        expect(surrogateSplit(text, end)).toBe(false)
        expect(/^[\u0300-\u036f\u200d]/.test(text.slice(end)) || text[end - 1] === '\u200d').toBe(false)
      }
    }
  })
})

describe('long texts are linted in sections', function () {
  it('cuts at line breaks, keeping CR LF whole, and a long line after a sentence', function () {
    const text = 'One line here.\r\n'.repeat(100) + 'A long line. '.repeat(200) + '\nEnd.'
    const ends = sectionEnds(text, 1_000)
    expect(ends[ends.length - 1]).toBe(text.length)
    for (const end of ends.slice(0, -1)) {
      expect(text[end - 1] === '\n' || text.slice(end - 2, end) === '. ').toBe(true)
      expect(text.slice(end - 1, end + 1)).not.toBe('\r\n')
    }
    expect(sectionEnds('short text', 1_000)).toEqual([10])
  })

  it('decides the dialect once for the whole text', function () {
    expect(dialectOfText('The colour of the harbour, the labour of love.')).toBe('en-GB')
    expect(dialectOfText('The color of the harbor.')).toBe('en-US')
    expect(dialectOfText('No evidence either way.')).toBe('en-US')
  })
})

describe('stdin read in chunks', function () {
  it('decodes characters split across chunk edges, one byte a chunk', async function () {
    const text = 'Zoë said 👩‍👩‍👧 “1oo” — 東京 e\u0301 \ud83c\udff3\n'
    for (const bytes of [
      Buffer.from(text),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    ]) {
      const chunks = [...bytes].map((byte) => Buffer.from([byte]))
      const file = await readStdin('<stdin>', Readable.from(chunks))
      expect(String(file.value)).toBe(text)
      const uneven = [bytes.subarray(0, 7), bytes.subarray(7, 8), bytes.subarray(8, 21), bytes.subarray(21)]
      expect(String((await readStdin('<stdin>', Readable.from(uneven))).value)).toBe(text)
    }
  })
})
