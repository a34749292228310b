import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli} from './helpers/cli.js'

const sample = 'samples/isis-baghouz.txt'
const timeout = {timeout: 60_000}

function findings(stdout: string): string[] {
  const files = JSON.parse(stdout) as Array<{messages: Array<{ruleId: string; actual: string; line: number; column: number}>}>
  return files.flatMap((file) => file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.actual}`))
}

describe('copydesk check', function () {
  it('reports the sample with the stylish reporter and exits 1', timeout, async function () {
    const run = await runCli([sample])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('samples/isis-baghouz.txt')
    expect(run.stdout).toMatch(/8:11-8:15\s+warning\s+Unexpected `bren`/)
    expect(run.stdout).not.toMatch(/\u001b\[/)
  })

  it('gives the same findings for a file and for stdin', timeout, async function () {
    const fromFile = await runCli(['--format', 'json', sample])
    const fromStdin = await runCli(['-', '--format', 'json'], {input: fs.readFileSync(path.join(root, sample))})
    expect(fromFile.code).toBe(1)
    expect(fromStdin.code).toBe(1)
    expect(findings(fromStdin.stdout)).toEqual(findings(fromFile.stdout))
    expect(findings(fromFile.stdout)).toEqual(expect.arrayContaining(['8:11 spelling bren', '11:34 spelling ain', '11:55 digit-letter 1oo']))
  })

  it('names stdin with --stdin-filename', timeout, async function () {
    const run = await runCli(['-', '--format', 'json', '--stdin-filename', 'draft.txt'], {input: 'About 1oo people.\n'})
    expect(JSON.parse(run.stdout)[0].path).toBe('draft.txt')
  })

  it('gives byte-identical output run after run', timeout, async function () {
    const first = await runCli(['--format', 'json', sample])
    const second = await runCli(['--format', 'json', sample])
    expect(second.stdout).toBe(first.stdout)
  })

  it('exits 0 on a clean text and 1 on a finding', timeout, async function () {
    expect((await runCli(['-'], {input: 'The minister resigned on Friday.\n'})).code).toBe(0)
    expect((await runCli(['-'], {input: 'About 1oo people.\n'})).code).toBe(1)
  })

  it('honours --fail-on', timeout, async function () {
    expect((await runCli(['-', '--fail-on', 'error'], {input: 'About 1oo people.\n'})).code).toBe(0)
    expect((await runCli(['-', '--fail-on', 'never'], {input: 'About 1oo people.\n'})).code).toBe(0)
    expect((await runCli(['-', '--fail-on', 'info'], {input: 'About 1oo people.\n'})).code).toBe(1)
  })

  it('prints only what counts with --quiet', timeout, async function () {
    const run = await runCli(['--quiet', '--fail-on', 'error', '--format', 'json', sample])
    expect(run.code).toBe(JSON.parse(run.stdout).length === 0 ? 0 : 1)
    for (const file of JSON.parse(run.stdout)) for (const message of file.messages) expect(message.data.severity).toBe('error')
  })

  it('fails with exit 2 and one line for a missing file', timeout, async function () {
    const run = await runCli(['no-such-draft.txt'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('copydesk: no-such-draft.txt: no such file or directory\n')
    expect(run.stdout).toBe('')
  })

  it('fails with exit 2 on an unknown flag or a bad value', timeout, async function () {
    const unknown = await runCli(['--frobnicate', sample])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^copydesk: unknown flag --frobnicate\n$/)
    const bad = await runCli(['--format', 'yaml', sample])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^copydesk: --format must be one of .*\n$/)
  })

  it('fails with exit 2 when given no input', timeout, async function () {
    const run = await runCli([])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/no input/)
  })

  it('walks folders and globs in a stable order', timeout, async function () {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'))
    fs.mkdirSync(path.join(folder, 'b'))
    fs.writeFileSync(path.join(folder, 'b/two.md'), 'About 2O19 people.\n')
    fs.writeFileSync(path.join(folder, 'one.txt'), 'About 1oo people.\n')
    fs.writeFileSync(path.join(folder, 'skip.json'), '{"a": "1oo"}\n')
    const run = await runCli([folder, '--format', 'json'])
    const paths = JSON.parse(run.stdout).map((file: {path: string}) => path.relative(folder, file.path))
    expect(paths).toEqual(['b/two.md', 'one.txt'])
    const glob = await runCli([`${folder}/*.txt`, '--format', 'json'])
    expect(JSON.parse(glob.stdout).map((file: {path: string}) => path.basename(file.path))).toEqual(['one.txt'])
  })

  it('accepts extra words with --dictionary', timeout, async function () {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-dict-'))
    const list = path.join(folder, 'words.txt')
    fs.writeFileSync(list, '# newsroom words\nbren\n')
    const run = await runCli(['-', '--format', 'json', '--dictionary', list], {input: 'Officials have bren told.\n'})
    expect(findings(run.stdout)).toEqual([])
    const missing = await runCli(['-', '--dictionary', path.join(folder, 'nope.txt')], {input: 'x\n'})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/nope\.txt: cannot read word list: no such file or directory/)
  })

  it('takes --dialect', timeout, async function () {
    const run = await runCli(['-', '--format', 'json', '--dialect', 'en-US'], {input: 'The organisation said so.\n'})
    expect(run.code).not.toBe(2)
  })
})

describe('copydesk rules, --help, --version', function () {
  it('lists every rule', timeout, async function () {
    const run = await runCli(['rules', '--format', 'json'])
    const ids = JSON.parse(run.stdout).map((meta: {id: string}) => meta.id)
    expect(ids).toContain('spelling')
    expect(ids).toContain('digit-letter')
    expect((await runCli(['rules'])).stdout).toMatch(/^rule\s+category\s+severity/)
  })

  it('shows help with examples and the version', timeout, async function () {
    const help = await runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Usage: copydesk/)
    expect(help.stdout).toMatch(/Examples:/)
    expect(help.stdout).toMatch(/Exit codes:/)
    const version = await runCli(['--version'])
    expect(version.stdout).toBe(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version + '\n')
  })

  it('uses colour only on request and never with NO_COLOR', timeout, async function () {
    const forced = await runCli(['-'], {input: 'About 1oo people.\n', env: {NO_COLOR: undefined, FORCE_COLOR: '1'}})
    expect(forced.stdout).toMatch(/\u001b\[/)
    const none = await runCli(['-'], {input: 'About 1oo people.\n', env: {NO_COLOR: '1', FORCE_COLOR: '1'}})
    expect(none.stdout).not.toMatch(/\u001b\[/)
  })
})
