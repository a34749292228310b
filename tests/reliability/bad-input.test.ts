/**
 * Bad input: the matrix of tests/reliability/error-cases.ts run through the
 * built CLI (message and exit code, and the other inputs still checked),
 * docs/errors.md checked against it, then encodings, line endings and sizes.
 * Sizes here are modest (a 2 MB file, a 1 MB line, 1,000 files);
 * bench/stress.js measures 20 MB, 10,000 files and time against size.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {check} from '../../src/index.js'
import {decode} from '../../src/load.js'
import {sectionLength} from '../../src/sections.js'
import {root, runCli, type Run} from '../helpers/cli.js'
import {errorCases, errorTable, type ErrorCase} from './error-cases.js'
import {findingProblems} from './invariants.js'

const timeout = {timeout: 60_000}
const isRoot = process.getuid?.() === 0
/** `nobody`: file permissions stop it, as they do not stop root. */
const nobody = 65534
const folders: string[] = []
/** Folders above the project that `nobody` could not pass through, with their modes to restore. */
const opened: Array<[string, number]> = []

beforeAll(function () {
  if (!isRoot) return
  // The checkout may sit in a folder only root may enter (mktemp -d makes one with mode 700):
  // let `nobody` pass through (not list or read) each such folder so it can start the CLI.
  for (let folder = root; ; folder = path.dirname(folder)) {
    const mode = fs.statSync(folder).mode & 0o777
    if ((mode & 0o001) === 0) {
      opened.push([folder, mode])
      fs.chmodSync(folder, mode | 0o001)
    }
    if (path.dirname(folder) === folder) break
  }
})

afterAll(function () {
  for (const folder of folders) {
    fs.chmodSync(folder, 0o755)
    fs.rmSync(folder, {recursive: true, force: true})
  }
  for (const [folder, mode] of opened) fs.chmodSync(folder, mode)
})

function folderWith(files: ErrorCase['files']): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bad-input-'))
  folders.push(folder)
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, name)
    fs.mkdirSync(path.dirname(file), {recursive: true})
    if (typeof content === 'object' && 'folder' in content) fs.mkdirSync(file)
    else if (typeof content === 'object' && 'mode' in content) {
      fs.writeFileSync(file, content.text)
      fs.chmodSync(file, content.mode)
    } else fs.writeFileSync(file, content)
  }
  return folder
}

async function run(item: ErrorCase): Promise<Run & {folder: string}> {
  const folder = folderWith(item.files)
  if (item.unprivileged) fs.chmodSync(folder, 0o555)
  const as = item.unprivileged && isRoot ? {uid: nobody, gid: nobody} : {}
  const result = await runCli(item.args, {cwd: folder, input: item.stdin === undefined ? undefined : Buffer.from(item.stdin), ...as})
  const real = fs.realpathSync(folder)
  return {...result, stderr: result.stderr.split(real).join('FOLDER'), folder}
}

function jsonFindings(stdout: string): Array<{path: string; messages: Array<{ruleId: string; line: number; column: number; actual: string}>}> {
  return JSON.parse(stdout)
}

describe('the bad-input matrix (docs/errors.md)', function () {
  for (const item of errorCases) {
    it(`${item.input}: exit ${item.code}`, timeout, async function () {
      const result = await run(item)
      expect(result.stderr.split('\n').filter(Boolean)).toEqual(item.stderr)
      expect(result.code).toBe(item.code)
      for (const name of item.checked ?? []) expect(result.stdout).toContain(name)
      for (const name of item.unchanged ?? []) {
        const fixture = item.files[name]
        expect(fs.readFileSync(path.join(result.folder, name), 'utf8')).toBe(typeof fixture === 'object' && 'text' in fixture ? fixture.text : fixture)
        expect(fs.readdirSync(result.folder).sort()).toEqual(Object.keys(item.files).sort())
      }
    })
  }

  it('is the table in docs/errors.md', function () {
    const file = path.join(root, 'docs/errors.md')
    const doc = fs.readFileSync(file, 'utf8')
    const table = errorTable()
    const block = /(<!-- generated:errors -->\n)([\s\S]*?)(<!-- \/generated:errors -->)/.exec(doc)
    if (process.env.COPYDESK_UPDATE_DOCS && block) fs.writeFileSync(file, doc.replace(block[0], `${block[1]}${table}\n${block[3]}`))
    expect(block?.[2], 'docs/errors.md is out of date: run with COPYDESK_UPDATE_DOCS=1').toBe(`${table}\n`)
  })

  it('gives the user running the tests no way around the permission cases', function () {
    // As root the permission cases run as `nobody`; anyone else is stopped by the modes themselves.
    if (isRoot) expect(errorCases.filter((item) => item.unprivileged).length).toBeGreaterThan(0)
  })
})

describe('encodings', function () {
  const text = 'Floods in Cumbria\nAbout 1oo homes were flooded, officials said .\n'

  it('reads UTF-16 LE and BE with a mark, and UTF-8 with a mark, at the same lines and columns as UTF-8', async function () {
    const plain = await check(decode(Buffer.from(text), 'plain.txt'))
    const where = (file: Awaited<ReturnType<typeof check>>) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.actual}`)
    expect(where(plain)).toEqual(['2:7 digit-letter 1oo', '2:45 space-before-punctuation  .'])
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const big = Buffer.from(little)
    big.swap16()
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
    for (const [bytes, encoding] of [[little, 'utf16le'], [big, 'utf16be'], [bom, 'utf8']] as const) {
      const file = decode(bytes, 'other.txt')
      expect(file.data.encoding).toBe(encoding)
      expect(String(file.value)).toBe(text)
      expect(where(await check(file))).toEqual(where(plain))
    }
  })

  it('keeps UTF-16 and the byte order mark when fix --write rewrites a file', timeout, async function () {
    const folder = folderWith({})
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
    fs.writeFileSync(path.join(folder, 'utf16.txt'), little)
    fs.writeFileSync(path.join(folder, 'bom.txt'), bom)
    const result = await runCli(['fix', '--write', 'utf16.txt', 'bom.txt'], {cwd: folder})
    expect(result.code).toBe(0)
    const fixed = text.replace('1oo', '100').replace('said .', 'said.')
    expect(fs.readFileSync(path.join(folder, 'utf16.txt'))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixed, 'utf16le')]))
    expect(fs.readFileSync(path.join(folder, 'bom.txt'))).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixed)]))
  })

  it('reports the byte offset of the first bad UTF-8 sequence, counting a byte order mark', function () {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zoë said '), Buffer.from([0xc3, 0x28])])
    expect(() => decode(bytes, 'quote.txt')).toThrow('quote.txt: invalid UTF-8 at byte 13; save the file as UTF-8')
    expect(() => decode(Buffer.from([0x61, 0xe2, 0x82]), 'cut.txt')).toThrow('cut.txt: invalid UTF-8 at byte 1')
  })
})

describe('line endings', function () {
  const lines = ['Floods in Cumbria', 'About 1oo homes were flooded, officials said .', 'The the river rose overnight.', '']

  for (const [name, ending] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    it(`puts every finding at its line and column with ${name} line endings`, async function () {
      const text = lines.join(ending)
      const file = await check(text)
      expect(findingProblems(file)).toEqual([])
      expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
        '2:7 digit-letter',
        '2:45 space-before-punctuation',
        '3:4 repeated-word'
      ])
    })

    it(`keeps ${name} line endings when fixing`, timeout, async function () {
      const folder = folderWith({'story.txt': lines.join(ending)})
      const result = await runCli(['fix', '--write', 'story.txt'], {cwd: folder})
      expect(result.code).toBe(0)
      expect(fs.readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe(
        ['Floods in Cumbria', 'About 100 homes were flooded, officials said.', 'The river rose overnight.', ''].join(ending)
      )
    })
  }

  it('puts findings in place in HTML and markdown with CR-only line endings (HTML was one character off per CR, and crashed at the end)', async function () {
    for (const [path, text] of [
      ['story.html', '<p>The colour\r1oo people saw the color.</p>\r<p>Then 2oo more.</p>\r'],
      ['story.md', '# Flood\r\rThe colour\r1oo people saw the color.\r\r> Then 2oo more.\r'],
      ['story.html', 'colour\rcolor']
    ]) {
      const file = await check(text, {path})
      expect(findingProblems(file, text)).toEqual([])
      expect(file.messages.map((m) => m.actual).sort()).toEqual(path === 'story.md' || text.includes('1oo') ? ['1oo', '2oo', 'color'] : ['color'])
    }
  })

  it('handles mixed endings and a lone CR inside a CRLF file', async function () {
    const text = 'Headline here\r\nAbout 1oo people.\rThe mayor said 2O19 was worse.\nEnd of the story .'
    const file = await check(text)
    expect(findingProblems(file)).toEqual([])
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['2:7 digit-letter', '3:16 digit-letter', '4:17 space-before-punctuation'])
  })
})

describe('empty and large inputs', function () {
  it('checks an empty file and a white-space file without findings', async function () {
    for (const text of ['', ' ', '\n', '\r\n\r\n', '\t \n \u00a0\n', '\ufeff']) {
      const file = await check(text)
      expect(file.messages).toEqual([])
    }
  })

  it('lints a 2 MB article in sections with every finding in place', {timeout: 180_000}, async function () {
    const news = path.join(root, 'tests/corpus/news')
    const corpus = fs.readdirSync(news).sort().map((name) => fs.readFileSync(path.join(news, name), 'utf8')).join('\n')
    let text = ''
    let round = 0
    // Each round plants a typo at a different place, so some fall near the section cuts.
    while (text.length < 2_000_000) text += corpus.replace(/\bthe\b/, `the 1${'o'.repeat(2 + (round++ % 3))}`) + '\n'
    expect(text.length).toBeGreaterThan(4 * sectionLength)
    const file = await check(text)
    expect(findingProblems(file)).toEqual([])
    expect(file.messages.filter((m) => m.ruleId === 'digit-letter').length).toBe(round)
  })

  it('lints a 1 MB single line', {timeout: 180_000}, async function () {
    const sentence = 'Rescuers said 1oo homes were flooded in the valley, and the mayor , who arrived on Friday , said more rain was due. '
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length))
    const file = await check(text)
    expect(findingProblems(file)).toEqual([])
    expect(file.messages.filter((m) => m.ruleId === 'digit-letter').length).toBe(Math.ceil(1_000_000 / sentence.length))
  })

  it('checks 1,000 files in one run, in input order', {timeout: 180_000}, async function () {
    const files: Record<string, string> = {}
    for (let index = 0; index < 1000; index++) files[`drafts/story-${String(index).padStart(4, '0')}.txt`] = `Flood report ${index}\nAbout 1oo people were evacuated.\n`
    const folder = folderWith(files)
    const result = await runCli(['--format', 'json', 'drafts'], {cwd: folder})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const reported = jsonFindings(result.stdout)
    expect(reported.map((file) => file.path)).toEqual(Object.keys(files).sort())
    expect(reported.every((file) => file.messages.some((m) => m.ruleId === 'digit-letter' && m.line === 2 && m.column === 7))).toBe(true)
  })
})
