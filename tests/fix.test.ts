import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {applyPatch} from 'diff'
import fc from 'fast-check'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {countHunks, unifiedDiff} from '../src/diff.js'
import {fixNotes} from '../src/commands/fix.js'
import {ambiguousOf, applyFixes, blockerOf, fixUntilSettled} from '../src/fix.js'
import {check} from '../src/index.js'
import {positionAt, rdjson} from '../src/reporters/rdjson.js'
import {wordHunks} from '../src/word-diff.js'
import {root, runCli} from './helpers/cli.js'
import {git, makeRepo} from './helpers/git.js'

const timeout = {timeout: 120_000}
const sample = 'samples/isis-baghouz.txt'
const onlyDigitLetter = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'digit-letter']))

/** A message as a rule would report it (no linting involved). */
function finding(text: string, start: number, end: number, expected: string[], ruleId = 'test-rule', fixable = true): VFileMessage {
  const file = new VFile({value: text})
  const message = file.message(`Unexpected \`${text.slice(start, end)}\`.`, {
    place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}},
    ruleId,
    source: 'copydesk'
  })
  message.actual = text.slice(start, end)
  message.expected = expected
  message.data = {severity: 'warning', fixable}
  return message
}

interface JsonMessage {
  ruleId: string
  actual: string
  place: {start: {offset: number}; end: {offset: number}}
  data: {fixable: boolean}
}

function messagesOf(stdout: string): JsonMessage[] {
  return (JSON.parse(stdout) as Array<{messages: JsonMessage[]}>).flatMap((file) => file.messages)
}

function temporaryFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-fix-'))
}

describe('applyFixes', function () {
  it('keeps the first of overlapping fixes and names the one it kept', function () {
    const text = 'They saw teh teh house.'
    const first = finding(text, 9, 16, ['teh'], 'repeated-word')
    const second = finding(text, 13, 16, ['the'], 'spelling')
    const result = applyFixes(text, [second, first])
    expect(result.output).toBe('They saw teh house.')
    expect(result.applied.map((fix) => fix.ruleId)).toEqual(['repeated-word'])
    expect(result.skipped.map((fix) => fix.ruleId)).toEqual(['spelling'])
    expect(blockerOf(result.skipped[0], result.applied)?.ruleId).toBe('repeated-word')
  })

  it('says which fix a dropped one overlapped, and lists ambiguous findings', function () {
    const text = 'They saw teh teh house.'
    const first = finding(text, 9, 16, ['teh'], 'repeated-word')
    const second = finding(text, 13, 16, ['the'], 'spelling')
    const unsure = finding(text, 17, 22, ['horse', 'mouse'], 'spelling', false)
    const result = applyFixes(text, [first, second, unsure])
    const fixes = {output: result.output, first: result, later: 0, passes: 1, settled: true}
    expect(fixNotes({path: 'story.txt', text, fixes, ambiguous: ambiguousOf([first, second, unsure])})).toEqual([
      '# story.txt:1:18 spelling: Unexpected `house`.',
      '# story.txt:1:14 spelling: overlaps the repeated-word fix at 1:10; dropped: Unexpected `teh`.'
    ])
  })

  it('applies fixes that only touch at their ends', function () {
    const text = 'ab'
    const result = applyFixes(text, [finding(text, 0, 1, ['A']), finding(text, 1, 2, ['B'])])
    expect(result.output).toBe('AB')
    expect(result.skipped).toEqual([])
  })

  it('lists findings with suggestions but no safe fix as ambiguous', function () {
    const text = 'held ain Syria'
    const unsure = finding(text, 5, 8, ['an', 'in'], 'spelling', false)
    const none = finding(text, 0, 4, [], 'style', false)
    const sure = finding(text, 9, 14, ['Syria'], 'other')
    expect(ambiguousOf([unsure, none, sure])).toEqual([unsure])
    expect(applyFixes(text, [unsure, none]).output).toBe(text)
  })
})

describe('rdjson for check', function () {
  it('lists every finding, with a suggestion only for safe fixes, in UTF-8 byte columns', async function () {
    const text = 'Headline\nThe café held ain 1oo.\n'
    const file = new VFile({path: 'story.txt', value: text})
    const unsure = finding(text, 23, 26, ['an', 'in'], 'spelling', false)
    const sure = finding(text, 27, 30, ['100'], 'digit-letter')
    file.messages = [unsure, sure]
    const result = JSON.parse(rdjson([file], {color: false, quiet: false}))
    expect(result.diagnostics).toHaveLength(2)
    expect(result.diagnostics[0].suggestions).toBeUndefined()
    // `The café held ` is 14 characters and 15 bytes.
    expect(result.diagnostics[0].location.range.start).toEqual({line: 2, column: 16})
    expect(result.diagnostics[1].suggestions).toEqual([{range: {start: {line: 2, column: 20}, end: {line: 2, column: 23}}, text: '100'}])
    expect(positionAt('a𐐀b', 3)).toEqual({line: 1, column: 6})
  })
})

describe('fixUntilSettled', function () {
  it('re-lints until no fix is left', async function () {
    // A fake linter that finds one `xx` at a time.
    const lint = async (text: string) => {
      const at = text.indexOf('xx')
      return at === -1 ? [] : [finding(text, at, at + 2, ['x'])]
    }
    const text = 'a xxxx b'
    const settled = await fixUntilSettled(text, await lint(text), lint)
    expect(settled.output).toBe('a x b')
    expect(settled.first.applied).toHaveLength(1)
    expect(settled.later).toBe(2)
    expect(settled.settled).toBe(true)
  })

  it('stops at the pass limit', async function () {
    const lint = async (text: string) => [finding(text, 0, 0, ['+'])]
    const settled = await fixUntilSettled('a', await lint('a'), lint, 3)
    expect(settled.output).toBe('+++a')
    expect(settled.settled).toBe(false)
  })
})

describe('patch round-trip (property)', function () {
  const word = fc.constantFrom('the', 'council', 'said', 'about', 'people', 'on', 'Friday', 'in', '2019', '40,000', 'per', 'cent', 'Baghouz', '‘quoted’', 'café')
  const typo = fc.constantFrom('1oo', '2O19', 'l0', '5,0o0', '3oo', '1O')
  const line = fc
    .array(fc.oneof({weight: 4, arbitrary: word}, {weight: 1, arbitrary: typo}), {minLength: 1, maxLength: 12})
    .map((words) => words.join(' ') + '.')
  const text = fc
    .record({lines: fc.array(line, {minLength: 1, maxLength: 8}), eol: fc.constantFrom('\n', '\r\n'), final: fc.boolean(), blank: fc.boolean()})
    .map(({lines, eol, final, blank}) => (blank ? [lines[0], '', ...lines.slice(1)] : lines).join(eol) + (final ? eol : ''))

  it('applying the patch gives what applying the fixes gives; bytes outside the fixes never change', timeout, async function () {
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async function (original, bom) {
        const file = await check(original, {rules: onlyDigitLetter})
        const result = applyFixes(original, file.messages)
        const patch = unifiedDiff('story.txt', original, result.output, {bom})
        const prefix = bom ? '\ufeff' : ''
        if (result.output === original) expect(patch).toBe('')
        else expect(applyPatch(prefix + original, patch, {autoConvertLineEndings: false})).toBe(prefix + result.output)
        // Walk the output: the text between fixes is the original's, byte for byte.
        let from = 0
        let at = 0
        for (const fix of result.applied) {
          const gap = original.slice(from, fix.start)
          expect(result.output.slice(at, at + gap.length)).toBe(gap)
          at += gap.length
          expect(result.output.slice(at, at + fix.new.length)).toBe(fix.new)
          at += fix.new.length
          from = fix.end
        }
        expect(result.output.slice(at)).toBe(original.slice(from))
      }),
      {numRuns: 80}
    )
  })
})

describe('copydesk fix (built binary)', function () {
  it('prints a patch for the sample that git apply accepts and that only touches flagged words', timeout, async function () {
    const repo = makeRepo({[sample]: fs.readFileSync(path.join(root, sample))})
    const original = fs.readFileSync(path.join(repo, sample), 'utf8')
    const run = await runCli(['fix', sample], {cwd: repo})
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith(`diff --git a/${sample} b/${sample}\n--- a/${sample}\n+++ b/${sample}\n`)).toBe(true)
    expect(run.stdout).toContain('\n+All Islamic State no longer held ain Syria, has been "100 per cent eliminated"')
    expect(countHunks(run.stdout)).toBeGreaterThanOrEqual(1)
    fs.writeFileSync(path.join(repo, 'fix.patch'), run.stdout)
    git(repo, 'apply', '--check', 'fix.patch')
    git(repo, 'apply', 'fix.patch')
    const patched = fs.readFileSync(path.join(repo, sample), 'utf8')
    expect(patched).toContain('"100 per cent eliminated"')
    if (rules.some((rule) => rule.meta.id === 'space-before-punctuation')) expect(patched).toContain('whatever remains of ISIS,"')
    // Replay the passes through the API: each change lies inside a range a fixable finding flagged
    // (white space between two of them aside), and the passes end where the patch does.
    let text = original
    for (let pass = 0; pass < 10; pass++) {
      const messages = (await check(text, {path: sample})).messages
      const next = applyFixes(text, messages).output
      if (next === text) break
      const fixable = messages.filter((message) => message.data?.fixable)
      for (const hunk of wordHunks(text, next)) {
        for (let offset = hunk.oldStart; offset < Math.max(hunk.oldEnd, hunk.oldStart + 1); offset++) {
          const inside = fixable.some((message) => {
            const place = message.place as {start: {offset: number}; end: {offset: number}}
            return place.start.offset <= offset && offset <= place.end.offset
          })
          expect(inside || /\s/.test(text[offset]), `pass ${pass + 1}, change at ${offset}: ${hunk.removed} → ${hunk.added}`).toBe(true)
        }
      }
      text = next
    }
    expect(patched).toBe(text)
    // Re-linting the patched file shows none of the fixed findings.
    const after = await runCli(['--format', 'json', sample], {cwd: repo})
    const remaining = messagesOf(after.stdout)
    expect(remaining.filter((message) => message.data.fixable)).toEqual([])
    expect(remaining.some((message) => message.actual === '1oo')).toBe(false)
  })

  it('lists ambiguous findings after the diff as comments', timeout, async function () {
    const run = await runCli(['fix', sample])
    const comments = run.stdout.split('\n').filter((line) => line.startsWith('#'))
    for (const line of comments) expect(line).toMatch(/^# samples\/isis-baghouz\.txt(:\d+:\d+ [a-z-]+)?: \S/)
    const before = messagesOf((await runCli(['--format', 'json', sample])).stdout)
    const ambiguous = before.filter((message) => !message.data.fixable && (message as {expected?: string[]}).expected?.length)
    expect(comments.length).toBeGreaterThanOrEqual(ambiguous.length)
  })

  it('shows the fixes word by word with --word-diff', timeout, async function () {
    const run = await runCli(['fix', '--word-diff', sample])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('samples/isis-baghouz.txt:11\n')
    expect(run.stdout).toContain('"[-1oo-]{+100+} per cent eliminated"')
    expect(run.stdout).not.toContain('@@')
  })

  it('gives the fixes as JSON data (range, old, new, ruleId)', timeout, async function () {
    const run = await runCli(['fix', '--format', 'json', '-', '--stdin-filename', 'story.txt'], {input: 'Officials said 1oo people were evacuated.\n'})
    expect(run.code).toBe(0)
    const [file] = JSON.parse(run.stdout)
    expect(file.path).toBe('story.txt')
    expect(file.fixes).toContainEqual({
      range: {start: {line: 1, column: 16, offset: 15}, end: {line: 1, column: 19, offset: 18}},
      old: '1oo',
      new: '100',
      ruleId: 'digit-letter',
      reason: 'Unexpected `1oo`: letters inside a number, expected `100`.'
    })
  })

  it('gives reviewdog rdjson with suggestions in UTF-8 byte columns', timeout, async function () {
    const run = await runCli(['fix', '--format', 'rdjson', '-'], {input: 'The café said 1oo people came.\n'})
    const result = JSON.parse(run.stdout)
    expect(result.source.name).toBe('copydesk')
    const diagnostic = result.diagnostics.find((item: {code: {value: string}}) => item.code.value === 'digit-letter')
    // "The café said " is 14 characters but 15 bytes: the column counts bytes.
    const range = {start: {line: 1, column: 16}, end: {line: 1, column: 19}}
    expect(diagnostic).toMatchObject({location: {path: '<stdin>', range}, severity: 'WARNING', suggestions: [{range, text: '100'}]})
  })

  it('keeps CRLF line endings and the BOM, and git apply accepts the patch', timeout, async function () {
    const text = 'Evacuation figures\r\nOfficials said 1oo people were evacuated on Friday.\r\nThe report came out in 2O19.\r\n'
    const repo = makeRepo({'story.txt': Buffer.from('\ufeff' + text, 'utf8')})
    const run = await runCli(['fix', 'story.txt'], {cwd: repo})
    expect(run.stdout).toContain('+Officials said 100 people were evacuated on Friday.\r\n')
    fs.writeFileSync(path.join(repo, 'fix.patch'), run.stdout)
    git(repo, 'apply', 'fix.patch')
    const applied = fs.readFileSync(path.join(repo, 'story.txt'))
    expect(applied.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(applied.toString('utf8')).toContain('said 100 people were evacuated on Friday.\r\nThe report came out in 2019.\r\n')
  })

  it('writes in place keeping every byte outside the fixes, and a second run changes nothing', timeout, async function () {
    const folder = temporaryFolder()
    const file = path.join(folder, 'story.txt')
    const text = 'Evacuation figures\r\nOfficials said 1oo people were evacuated on Friday.\r\nThe report came out in 2O19.'
    fs.writeFileSync(file, '\ufeff' + text)
    fs.chmodSync(file, 0o640)
    const planned = JSON.parse((await runCli(['fix', '--format', 'json', file])).stdout)[0].fixes as Array<{
      range: {start: {offset: number}; end: {offset: number}}
      new: string
    }>
    expect(planned.map((fix) => fix.new)).toEqual(expect.arrayContaining(['100', '2019']))
    let expected = text
    for (const fix of [...planned].reverse()) {
      expected = expected.slice(0, fix.range.start.offset) + fix.new + expected.slice(fix.range.end.offset)
    }
    const first = await runCli(['fix', '--write', file])
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^fixed .*story\.txt: \d+ fix/m)
    expect(fs.readFileSync(file)).toEqual(Buffer.from('\ufeff' + expected, 'utf8'))
    expect(fs.statSync(file).mode & 0o777).toBe(0o640)
    expect(fs.readdirSync(folder)).toEqual(['story.txt'])
    const second = await runCli(['fix', '--write', file])
    expect(second.code).toBe(0)
    expect(second.stdout).not.toMatch(/^fixed/m)
    expect(fs.readFileSync(file)).toEqual(Buffer.from('\ufeff' + expected, 'utf8'))
    const relinted = messagesOf((await runCli(['--format', 'json', file])).stdout)
    expect(relinted.filter((message) => message.data.fixable)).toEqual([])
  })

  it('prints nothing and exits 0 when there is nothing to fix; --exit-code exits 1 when there is', timeout, async function () {
    const clean = await runCli(['fix', '-'], {input: 'Officials said 100 people were evacuated.\n'})
    expect(clean).toMatchObject({code: 0, stdout: ''})
    const dirty = await runCli(['fix', '--exit-code', '-'], {input: 'Officials said 1oo people were evacuated.\n'})
    expect(dirty.code).toBe(1)
    expect(dirty.stdout).toContain('+++ b/<stdin>')
  })

  it('refuses --write on stdin and a missing file with exit 2 and one line', timeout, async function () {
    const stdin = await runCli(['fix', '--write', '-'], {input: 'About 1oo people.\n'})
    expect(stdin.code).toBe(2)
    expect(stdin.stderr).toBe('copydesk: --write cannot write back to stdin; drop --write to get a patch\n')
    const missing = await runCli(['fix', 'no-such-file.txt'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('copydesk: no-such-file.txt: no such file or directory\n')
  })
})
