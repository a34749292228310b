/**
 * `check --since REF` and `--since-file OLD`: keep only findings that touch
 * lines added or changed since a git revision (reviewdog's "added" filter) or
 * since an older draft. A finding with several locations (a consistency
 * finding's `data.related`) is kept when any of them is on a changed line.
 */
import {execFile} from 'node:child_process'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Flag, Values} from './flags.js'
import {UsageError} from './flags.js'
import {readFile} from './load.js'
import './rule.js'

/** The flags `check` takes for this. */
export const sinceFlags: ReadonlyArray<Flag> = [
  {name: 'since', type: 'string', value: 'REF', description: 'Report only findings on lines added or changed since the git revision REF'},
  {name: 'since-file', type: 'string', value: 'FILE', description: 'Report only findings on lines added or changed since the older draft FILE'}
]

/** A problem running git for --since: one line, exit 2. */
export class SinceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SinceError'
  }
}

/** Line numbers (1-based) of the new text that were added or changed. */
export type ChangedLines = ReadonlySet<number>

/** Changed lines from the `@@ -a,b +c,d @@` headers of a unified diff with no context. */
export function changedLinesOfDiff(diff: string): Set<number> {
  const lines = new Set<number>()
  for (const match of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1])
    const count = match[2] === undefined ? 1 : Number(match[2])
    for (let line = start; line < start + count; line++) lines.add(line)
  }
  return lines
}

/** Lines of `newText` added or changed since `oldText` (jsdiff, no context). */
export function changedLinesSinceText(oldText: string, newText: string): Set<number> {
  // jsdiff loads only for --since-file (its CommonJS build, as this function is synchronous).
  const {structuredPatch} = createRequire(import.meta.url)('diff') as typeof import('diff')
  const lines = new Set<number>()
  for (const hunk of structuredPatch('old', 'new', oldText, newText, undefined, undefined, {context: 0}).hunks) {
    for (let line = hunk.newStart; line < hunk.newStart + hunk.newLines; line++) lines.add(line)
  }
  return lines
}

interface GitResult {
  code: number
  stdout: string
  stderr: string
}

function git(args: ReadonlyArray<string>, cwd: string): Promise<GitResult> {
  return new Promise(function (resolve, reject) {
    execFile('git', [...args], {cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8'}, function (error, stdout, stderr) {
      if (error && typeof error.code !== 'number') {
        reject(
          new SinceError(
            error.code === 'ENOENT' ? '--since needs git, and git is not installed (or not on PATH)' : `cannot run git: ${error.message.split('\n')[0]}`
          )
        )
        return
      }
      resolve({code: error ? Number(error.code) : 0, stdout, stderr})
    })
  })
}

/**
 * Lines of `file` added or changed since the git revision `ref` (the working
 * tree against REF). `text` is the file's text, for a file new since REF.
 */
export async function changedLinesSinceRef(file: string, ref: string, text: string): Promise<Set<number>> {
  const folder = path.dirname(path.resolve(file))
  const name = './' + path.basename(file)
  const verify = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], folder)
  if (verify.code !== 0) {
    if (/not a git repository/i.test(verify.stderr)) {
      throw new SinceError(`--since ${ref}: ${file} is not in a git repository`)
    }
    const shallow = (await git(['rev-parse', '--is-shallow-repository'], folder)).stdout.trim() === 'true'
    const remote = /^origin\/(.+)$/.exec(ref)
    const fetch = remote ? `git fetch origin ${remote[1]}` : 'git fetch --deepen=100'
    throw new SinceError(
      `--since ${ref}: unknown revision${shallow ? ` (this is a shallow clone: fetch the history first, e.g. \`${fetch}\`, or check out with fetch-depth: 0)` : ''}`
    )
  }
  const commit = verify.stdout.trim()
  // A file that did not exist at REF is new throughout.
  const existed = await git(['cat-file', '-e', `${commit}:${name}`], folder)
  if (existed.code !== 0) {
    const count = text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
    return new Set(Array.from({length: count}, (_, index) => index + 1))
  }
  const diff = await git(['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--unified=0', commit, '--', name], folder)
  if (diff.code !== 0) throw new SinceError(`--since ${ref}: git diff failed: ${diff.stderr.split('\n')[0]}`)
  return changedLinesOfDiff(diff.stdout)
}

/** Every line a finding touches: its own range and the start of each related location. */
export function linesOf(message: VFileMessage): number[] {
  const lines: number[] = []
  const place = message.place
  if (place && 'start' in place) {
    for (let line = place.start.line; line <= place.end.line; line++) lines.push(line)
  } else if (place) lines.push(place.line)
  for (const related of message.data?.related ?? []) lines.push(related.line)
  return lines
}

/** Keep the messages that touch a changed line. */
export function onChangedLines(messages: ReadonlyArray<VFileMessage>, changed: ChangedLines): VFileMessage[] {
  return messages.filter((message) => linesOf(message).some((line) => changed.has(line)))
}

/**
 * Apply `--since` / `--since-file` to linted files in place (a no-op without
 * them). Errors are one-line `SinceError`s or `UsageError`s (exit 2).
 */
export async function filterSince(files: ReadonlyArray<VFile>, values: Values, inputs: ReadonlyArray<string>): Promise<void> {
  const ref = values.since as string | undefined
  const oldPath = values['since-file'] as string | undefined
  if (ref === undefined && oldPath === undefined) return
  if (ref !== undefined && oldPath !== undefined) throw new UsageError('give --since or --since-file, not both')
  if (ref === '') throw new UsageError('--since needs a git revision, e.g. --since origin/main')
  if (oldPath !== undefined) {
    if (files.length > 1) throw new UsageError('--since-file compares one file with its older draft; give one input')
    const old = await readFile(oldPath)
    for (const file of files) file.messages = onChangedLines(file.messages, changedLinesSinceText(String(old.value), String(file.value)))
    return
  }
  if (inputs.includes('-')) {
    throw new UsageError('--since compares files with git and cannot read stdin; use --since-file OLD for stdin')
  }
  for (const file of files) {
    file.messages = onChangedLines(file.messages, await changedLinesSinceRef(file.path, ref!, String(file.value)))
  }
}
