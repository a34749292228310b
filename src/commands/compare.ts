import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import {useColor} from '../color.js'
import {compareDrafts, type Comparison} from '../compare.js'
import {UsageError} from '../flags.js'
import {check} from '../index.js'
import {lintFlags, optionsResolver} from '../lint-inputs.js'
import {readFile, readStdin} from '../load.js'
import {json} from '../reporters/json.js'
import '../rule.js'
import {renderWordDiff} from '../word-diff.js'
import {atOrAbove, thresholds} from './check.js'
import {exitCodes, type Command, type Io} from './types.js'

async function read(input: string, io: Io, stdinName: string | undefined): Promise<VFile> {
  return input === '-' ? readStdin(stdinName ?? '<stdin>', io.stdin) : readFile(input)
}

/** Findings in the message contract's shape (as `check --format json` prints them). */
function messagesJson(file: VFile, messages: ReadonlyArray<VFileMessage>): unknown[] {
  const subset = new VFile({path: file.path, value: file.value})
  subset.messages = [...messages]
  return (JSON.parse(json([subset], {color: false, quiet: false})) as Array<{messages: unknown[]}>)[0].messages
}

function comparisonJson(oldFile: VFile, newFile: VFile, comparison: Comparison): string {
  const oldWhere = location(oldFile)
  const newWhere = location(newFile)
  const span = (where: ReturnType<typeof location>, start: number, end: number) => ({
    start: {...where.toPoint(start), offset: start},
    end: {...where.toPoint(end), offset: end}
  })
  return (
    JSON.stringify(
      {
        old: oldFile.path,
        new: newFile.path,
        hunks: comparison.hunks.map((hunk) => ({
          old: span(oldWhere, hunk.oldStart, hunk.oldEnd),
          new: span(newWhere, hunk.newStart, hunk.newEnd),
          removed: hunk.removed,
          added: hunk.added
        })),
        introduced: messagesJson(newFile, comparison.introduced),
        resolved: messagesJson(oldFile, comparison.resolved)
      },
      null,
      2
    ) + '\n'
  )
}

function findingLine(path: string, message: VFileMessage): string {
  return `  ${path}:${message.line ?? 1}:${message.column ?? 1} ${message.data?.severity ?? 'warning'} ${message.ruleId}: ${message.reason}`
}

function comparisonText(oldFile: VFile, newFile: VFile, comparison: Comparison, color: boolean): string {
  const diff = renderWordDiff(String(newFile.value), comparison.hunks, {label: newFile.path, color})
  const list = (title: string, path: string, messages: ReadonlyArray<VFileMessage>) =>
    `${title} (${messages.length})${messages.length ? ':\n' + messages.map((message) => findingLine(path, message)).join('\n') : ''}\n`
  return (
    (diff || 'The drafts have the same text.\n') +
    '\n' +
    list('Introduced', newFile.path, comparison.introduced) +
    list('Resolved', oldFile.path, comparison.resolved) +
    `Unchanged: ${comparison.kept} ${comparison.kept === 1 ? 'finding' : 'findings'} in both drafts\n`
  )
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'Compare two drafts: a word-level diff, then the findings the new draft introduced and resolved',
  usage: 'copydesk compare [options] OLD NEW',
  flags: [
    {name: 'format', short: 'f', type: 'string', choices: ['text', 'json'], default: 'text', description: 'Output format'},
    {name: 'fail-on', type: 'string', choices: ['error', 'warning', 'info', 'never'], default: 'warning', description: 'Exit 1 when the new draft introduced a finding at or above this level'},
    ...lintFlags
  ],
  examples: [
    ['copydesk compare draft1.txt draft2.txt', 'what changed, and which findings came and went'],
    ['copydesk compare old.txt new.txt --format json', 'hunks, introduced and resolved as JSON']
  ],
  async run(values, positionals, io) {
    if (positionals.length !== 2) throw new UsageError('compare takes two files: OLD NEW (see --help)')
    if (positionals[0] === '-' && positionals[1] === '-') throw new UsageError('only one of OLD and NEW can be `-` (stdin)')
    const optionsFor = await optionsResolver(values, io)
    // Both drafts are linted with the new draft's settings, so a change of config is not a change of findings.
    const options = (await optionsFor(positionals[1])) ?? (await optionsFor('-'))!
    const stdinName = values['stdin-filename'] as string | undefined
    const oldFile = await check(await read(positionals[0], io, stdinName), options)
    const newFile = await check(await read(positionals[1], io, stdinName), options)
    const comparison = compareDrafts(oldFile, newFile)
    io.stdout.write(
      values.format === 'json' ? comparisonJson(oldFile, newFile, comparison) : comparisonText(oldFile, newFile, comparison, useColor(io))
    )
    const threshold = thresholds[values['fail-on'] as string]
    const failed = comparison.introduced.some((message) => atOrAbove(message, threshold))
    return failed ? exitCodes.findings : exitCodes.ok
  }
}
