/**
 * Property tests (fast-check) over random text and over real corpus
 * sentences mutated the way drafts go wrong (digits for letters, doubled
 * words, a space before a comma, swapped quote marks, dropped letters, other
 * line endings). Run counts are modest so the suite stays fast; the seed is
 * fixed so a failure can be replayed: COPYDESK_SEED=<n> picks another one,
 * COPYDESK_RUNS=<n> runs more.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {applyFixes, fixUntilSettled} from '../../src/fix.js'
import {check} from '../../src/index.js'
import {root, runCli} from '../helpers/cli.js'
import {findingProblems} from './invariants.js'

const seed = Number(process.env.COPYDESK_SEED ?? 20261126)
const runs = Number(process.env.COPYDESK_RUNS ?? 40)
const settings = {seed, numRuns: runs}
const timeout = {timeout: 120_000}

const news = path.join(root, 'tests/corpus/news')
const sentences = fs
  .readdirSync(news)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => fs.readFileSync(path.join(news, name), 'utf8').split('\n'))
  .filter((line) => line.length > 20)

/** One way a draft goes wrong, applied at a position chosen by `at` (0–1). */
type Mutation = (text: string, at: number) => string

function wordAt(text: string, at: number): {start: number; end: number} | undefined {
  const words = [...text.matchAll(/[\p{L}\d]+/gu)]
  if (words.length === 0) return undefined
  const word = words[Math.floor(at * words.length) % words.length]
  return {start: word.index, end: word.index + word[0].length}
}

const swaps: Readonly<Record<string, string>> = {o: '0', O: '0', l: '1', I: '1', e: '3', s: '5', '0': 'o', '1': 'l', '5': 'S'}

const mutations: ReadonlyArray<[string, Mutation]> = [
  ['digits for letters', (text, at) => {
    const word = wordAt(text, at)
    if (!word) return text
    const chars = [...text.slice(word.start, word.end)].map((char) => swaps[char] ?? char)
    return text.slice(0, word.start) + chars.join('') + text.slice(word.end)
  }],
  ['a doubled word', (text, at) => {
    const word = wordAt(text, at)
    return word ? text.slice(0, word.end) + ' ' + text.slice(word.start, word.end) + text.slice(word.end) : text
  }],
  ['a space before a comma or stop', (text) => text.replace(/([\p{L}\d])([,.;])/u, '$1 $2')],
  ['straight and curly quotes swapped', (text) => text.replace(/["“”]/g, (mark) => (mark === '"' ? '“' : '"')).replace(/['‘’]/g, (mark) => (mark === "'" ? '’' : "'"))],
  ['a dropped letter', (text, at) => {
    const word = wordAt(text, at)
    if (!word || word.end - word.start < 4) return text
    const cut = word.start + 1 + Math.floor(at * (word.end - word.start - 2))
    return text.slice(0, cut) + text.slice(cut + 1)
  }],
  ['a hyphen spaced like a dash', (text) => text.replace(/ (\p{L}+) /u, ' $1 - ')],
  ['a letter doubled', (text, at) => {
    const word = wordAt(text, at)
    return word ? text.slice(0, word.end - 1) + text[word.end - 1] + text.slice(word.end - 1) : text
  }],
  ['a lower-case sentence start', (text) => text.replace(/^(\P{L}*)(\p{Lu})/u, (_, before: string, letter: string) => before + letter.toLowerCase())]
]

/** Corpus lines (a headline first), each mutated one to three times, joined by LF, CRLF or CR. */
const mutatedArticle = fc
  .record({
    headline: fc.constantFrom(...sentences.slice(0, 200)),
    lines: fc.array(fc.record({line: fc.constantFrom(...sentences), changes: fc.array(fc.tuple(fc.nat(mutations.length - 1), fc.double({min: 0, max: 1, noNaN: true})), {minLength: 1, maxLength: 3})}), {minLength: 1, maxLength: 6}),
    ending: fc.constantFrom('\n', '\r\n', '\r')
  })
  .map(({headline, lines, ending}) => {
    const body = lines.map(({line, changes}) => changes.reduce((text, [which, at]) => mutations[which][1](text, at), line))
    return [headline.slice(0, 80), ...body].join(ending) + ending
  })

/** Random text: any code points (lone surrogates too), graphemes, or marks and words in odd runs. */
const randomText = fc.oneof(
  fc.string({unit: 'binary', maxLength: 400}),
  fc.string({unit: 'grapheme', maxLength: 400}),
  fc.array(fc.constantFrom('the', 'The', '1oo', ' ', '  ', ',', ' ,', '.', '"', '“', '”', "'", '’', '(', ')', '-', ' - ', '—', '\n', '\r\n', '\r', '👩‍👧', 'é', 'e\u0301', '\u200b', 'ISIS', 'per cent', '5%', 'five-year', 'five year', '12 people died', 'Smith', 'colour', 'color', 'an', 'a', 'hour', '**', '_', '`', '# ', '> ', '* ', '1. ', '<p>', '</p>', '<b>', '&amp;', '<!-- x -->', '[', '](x)'), {maxLength: 120}).map((parts) => parts.join(''))
)

const anyText = fc.oneof(mutatedArticle, randomText)

describe('properties of check()', function () {
  it('never throws, and every finding has an in-bounds range whose text is `actual`, in plain text, markdown and HTML', timeout, async function () {
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom('story.txt', 'story.md', 'story.html'), async function (text, path) {
        const file = await check(text, {path})
        expect(findingProblems(file, text)).toEqual([])
      }),
      {...settings, numRuns: runs * 2}
    )
  })

  it('finds the same, at the same places, in markdown as in plain text for text without markup', timeout, async function () {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sentences), async function (line) {
        fc.pre(!/[*_`#<>[\]!|\\&-]/.test(line) && !/^\d+\./.test(line))
        const text = `Headline\n\n${line}\n`
        const plain = await check(text)
        const markdown = await check(text, {path: 'story.md'})
        expect(findingProblems(markdown, text)).toEqual([])
        const where = (file: typeof plain) => file.messages.filter((m) => m.line === 3).map((m) => `${m.ruleId} ${m.column} ${m.actual}`)
        expect(where(markdown)).toEqual(where(plain))
      }),
      {...settings, numRuns: Math.ceil(runs / 2)}
    )
  })
})

describe('properties of fixing', function () {
  it('changes nothing outside the fixed ranges, and no re-check undoes a fix', timeout, async function () {
    await fc.assert(
      fc.asyncProperty(anyText, async function (text) {
        const linted = await check(text)
        const {output, applied} = applyFixes(text, linted.messages)
        // The output is the text between the fixes, unchanged, and the replacements.
        let rebuilt = ''
        let from = 0
        for (const fix of applied) {
          expect(fix.start).toBeGreaterThanOrEqual(from)
          expect(text.slice(fix.start, fix.end)).toBe(fix.old)
          rebuilt += text.slice(from, fix.start) + fix.new
          from = fix.end
        }
        expect(rebuilt + text.slice(from)).toBe(output)
        // Where each fix landed in the output; no finding there may want the old text back.
        let shift = 0
        const landed = applied.map(function (fix) {
          const start = fix.start + shift
          shift += fix.new.length - (fix.end - fix.start)
          return {fix, start, end: start + fix.new.length}
        })
        const again = await check(output)
        expect(findingProblems(again, output)).toEqual([])
        for (const message of again.messages) {
          if (!message.data?.fixable || !message.place || !('start' in message.place)) continue
          const {start, end} = {start: message.place.start.offset!, end: message.place.end.offset!}
          const undone = landed.find((place) => place.start === start && place.end === end && message.expected?.[0] === place.fix.old)
          expect(undone, `${message.ruleId} undoes the ${undone?.fix.ruleId} fix ${JSON.stringify(undone?.fix.old)} → ${JSON.stringify(undone?.fix.new)}`).toBeUndefined()
        }
      }),
      settings
    )
  })

  it('settles: fixing the fixed text again changes nothing', timeout, async function () {
    await fc.assert(
      fc.asyncProperty(mutatedArticle, async function (text) {
        const linted = await check(text)
        const settled = await fixUntilSettled(text, linted.messages, async (changed) => (await check(changed)).messages)
        expect(settled.settled).toBe(true)
        const again = applyFixes(settled.output, (await check(settled.output)).messages)
        expect(again.applied.map((fix) => `${fix.ruleId} ${fix.old} → ${fix.new}`)).toEqual([])
      }),
      {...settings, numRuns: Math.ceil(runs / 2)}
    )
  })
})

describe('what these properties found, kept as examples', function () {
  async function fixed(text: string): Promise<string> {
    return applyFixes(text, (await check(text)).messages).output
  }

  it('fixes a doubled article once: "a a potential" was fixed to "an potential" (indefinite-article and repeated-word both applied)', async function () {
    expect(await fixed('Headline\nProsecutors filed a a potential charge of murder.\n')).toBe('Headline\nProsecutors filed a potential charge of murder.\n')
    expect(await fixed('Headline\nShe ate an an apple.\n')).toBe('Headline\nShe ate an apple.\n')
  })
})

describe('properties of the CLI', function () {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-properties-'))
  afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

  it('gives the same findings for a file and for the same bytes on stdin', {timeout: 180_000}, async function () {
    await fc.assert(
      fc.asyncProperty(mutatedArticle, fc.boolean(), async function (text, bom) {
        const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text)])
        fs.writeFileSync(path.join(folder, 'story.txt'), bytes)
        const fromFile = await runCli(['--format', 'json', 'story.txt'], {cwd: folder})
        const fromStdin = await runCli(['--format', 'json', '--stdin-filename', 'story.txt', '-'], {cwd: folder, input: bytes})
        expect(fromStdin.code).toBe(fromFile.code)
        expect(fromStdin.stderr).toBe(fromFile.stderr)
        expect(JSON.parse(fromStdin.stdout)[0].messages).toEqual(JSON.parse(fromFile.stdout)[0].messages)
      }),
      {...settings, numRuns: 6}
    )
  })
})
