import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import '../src/rule.js'
import {changedLinesOfDiff, changedLinesSinceRef, changedLinesSinceText, linesOf, onChangedLines} from '../src/since.js'
import {runCli} from './helpers/cli.js'
import {git, makeRepo} from './helpers/git.js'

const timeout = {timeout: 120_000}

const firstDraft = [
  'Flood figures',
  'Officials said 1oo people were evacuated on Friday.',
  'The river rose two metres overnight.',
  'Rescue teams worked through the night.'
].join('\n') + '\n'

const secondDraft = [
  'Flood figures',
  'Officials said 1oo people were evacuated on Friday.',
  'The river rose two metres overnight, the highest since 2O19.',
  'Rescue teams worked through the night.',
  'About 3oo homes lost power.'
].join('\n') + '\n'

interface JsonMessage {
  ruleId: string
  actual: string
  line: number
}

function found(stdout: string): string[] {
  return (JSON.parse(stdout) as Array<{messages: JsonMessage[]}>).flatMap((file) => file.messages.map((message) => `${message.line} ${message.actual}`))
}

function message(line: number, related: number[] = []) {
  const file = new VFile({value: 'x\n'.repeat(10)})
  const result = file.message('Something.', {place: {start: {line, column: 1, offset: 0}, end: {line, column: 2, offset: 1}}})
  result.data = {severity: 'warning', fixable: false, related: related.map((relatedLine) => ({line: relatedLine, column: 1, offset: 0, text: 'x'}))}
  return result
}

describe('changed lines', function () {
  it('reads the new-side ranges of a diff without context', function () {
    const diff = '@@ -2 +2 @@\n-a\n+b\n@@ -5,0 +6,2 @@\n+c\n+d\n@@ -9,2 +11,0 @@\n-e\n-f\n'
    expect([...changedLinesOfDiff(diff)]).toEqual([2, 6, 7])
  })

  it('compares two texts with jsdiff', function () {
    expect([...changedLinesSinceText(firstDraft, secondDraft)]).toEqual([3, 5])
    expect([...changedLinesSinceText(firstDraft, firstDraft)]).toEqual([])
  })

  it('keeps a finding when any of its locations is on a changed line', function () {
    const changed = new Set([5])
    expect(onChangedLines([message(5)], changed)).toHaveLength(1)
    expect(onChangedLines([message(2)], changed)).toHaveLength(0)
    // A consistency finding placed on an old line, with its other form on a new line.
    expect(onChangedLines([message(2, [5])], changed)).toHaveLength(1)
    expect(linesOf(message(2, [7, 9]))).toEqual([2, 7, 9])
  })
})

describe('changedLinesSinceRef', function () {
  it('gives the lines added or changed since a commit, and every line of a new file', timeout, async function () {
    const repo = makeRepo({'story.txt': firstDraft})
    fs.writeFileSync(path.join(repo, 'story.txt'), secondDraft)
    expect([...(await changedLinesSinceRef(path.join(repo, 'story.txt'), 'HEAD', secondDraft))]).toEqual([3, 5])
    fs.writeFileSync(path.join(repo, 'new.txt'), 'One.\nTwo.\n')
    expect([...(await changedLinesSinceRef(path.join(repo, 'new.txt'), 'HEAD', 'One.\nTwo.\n'))]).toEqual([1, 2])
  })
})

describe('copydesk check --since (built binary)', function () {
  it('reports only findings on lines changed since the revision', timeout, async function () {
    const repo = makeRepo({'drafts/story.txt': firstDraft})
    fs.writeFileSync(path.join(repo, 'drafts/story.txt'), secondDraft)
    const all = await runCli(['--format', 'json', 'drafts/story.txt'], {cwd: repo})
    expect(found(all.stdout)).toEqual(['2 1oo', '3 2O19', '5 3oo'])
    const since = await runCli(['--format', 'json', '--since', 'HEAD', 'drafts/story.txt'], {cwd: repo})
    expect(since.code).toBe(1)
    expect(found(since.stdout)).toEqual(['3 2O19', '5 3oo'])
    // From inside the folder, and after committing: nothing changed since HEAD.
    git(repo, 'commit', '-qam', 'second draft')
    const clean = await runCli(['--format', 'json', '--since', 'HEAD', 'story.txt'], {cwd: path.join(repo, 'drafts')})
    expect(clean.code).toBe(0)
    expect(found(clean.stdout)).toEqual([])
    const previous = await runCli(['--format', 'json', '--since', 'HEAD~1', 'story.txt'], {cwd: path.join(repo, 'drafts')})
    expect(found(previous.stdout)).toEqual(['3 2O19', '5 3oo'])
  })

  it('reports only changed lines since an older draft with --since-file, also for stdin', timeout, async function () {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-since-'))
    fs.writeFileSync(path.join(folder, 'old.txt'), firstDraft)
    fs.writeFileSync(path.join(folder, 'new.txt'), secondDraft)
    const run = await runCli(['--format', 'json', '--since-file', 'old.txt', 'new.txt'], {cwd: folder})
    expect(found(run.stdout)).toEqual(['3 2O19', '5 3oo'])
    const stdin = await runCli(['--format', 'json', '--since-file', 'old.txt', '-'], {cwd: folder, input: secondDraft})
    expect(found(stdin.stdout)).toEqual(['3 2O19', '5 3oo'])
  })

  it('exits 2 with one line when the revision is missing', timeout, async function () {
    const repo = makeRepo({'story.txt': firstDraft})
    const run = await runCli(['--since', 'no-such-branch', 'story.txt'], {cwd: repo})
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('copydesk: --since no-such-branch: unknown revision\n')
  })

  it('explains a missing revision in a shallow clone', timeout, async function () {
    const repo = makeRepo({'story.txt': firstDraft})
    fs.writeFileSync(path.join(repo, 'story.txt'), secondDraft)
    git(repo, 'commit', '-qam', 'second draft')
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-shallow-'))
    git(clone, 'clone', '-q', '--depth', '1', `file://${repo}`, 'work')
    const run = await runCli(['--since', 'HEAD~1', 'story.txt'], {cwd: path.join(clone, 'work')})
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')).toHaveLength(2)
    expect(run.stderr).toMatch(/^copydesk: --since HEAD~1: unknown revision \(this is a shallow clone: fetch the history first, e.g. `git fetch --deepen=100`/)
  })

  it('exits 2 with one line outside a git repository', timeout, async function () {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-nogit-'))
    fs.writeFileSync(path.join(folder, 'story.txt'), firstDraft)
    const run = await runCli(['--since', 'HEAD', 'story.txt'], {cwd: folder, env: {GIT_CEILING_DIRECTORIES: path.dirname(folder)}})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('copydesk: --since HEAD: story.txt is not in a git repository\n')
  })

  it('refuses --since with stdin and with --since-file at once (exit 2)', timeout, async function () {
    const stdin = await runCli(['--since', 'HEAD', '-'], {input: firstDraft})
    expect(stdin.code).toBe(2)
    expect(stdin.stderr).toMatch(/^copydesk: --since compares files with git and cannot read stdin/)
    const both = await runCli(['--since', 'HEAD', '--since-file', 'a.txt', 'samples/isis-baghouz.txt'])
    expect(both.code).toBe(2)
    expect(both.stderr).toBe('copydesk: give --since or --since-file, not both\n')
  })
})
