import {useColor} from '../color.js'
import {UsageError} from '../flags.js'
import {lintFlags, lintInputs, reportProblems} from '../lint-inputs.js'
import {refuseInputAsOutput, writeReport} from '../report-file.js'
import {loadReporter, reporterNames} from '../reporters/index.js'
import {filterSince, sinceFlags} from '../since.js'
import '../rule.js'
import type {Severity} from '../rule.js'
import type {VFileMessage} from 'vfile-message'
import {exitCodeFor, type Command} from './types.js'

export const levels: Readonly<Record<Severity, number>> = {error: 3, warning: 2, info: 1}
export const thresholds: Readonly<Record<string, number>> = {error: 3, warning: 2, info: 1, never: Infinity}

/** The message counts toward `--fail-on` (a threshold from `thresholds`). */
export function atOrAbove(message: VFileMessage, threshold: number): boolean {
  return levels[message.data?.severity ?? 'warning'] >= threshold
}

export const check: Command = {
  name: 'check',
  summary: 'Lint files, folders, globs or stdin and report findings (the default command)',
  usage: 'copydesk [check] [options] <path|glob|->...',
  flags: [
    {name: 'format', short: 'f', type: 'string', choices: reporterNames, default: 'stylish', description: 'Output format'},
    {name: 'fail-on', type: 'string', choices: ['error', 'warning', 'info', 'never'], default: 'warning', description: 'Exit 1 when a finding is at or above this level'},
    {name: 'output', short: 'o', type: 'string', value: 'FILE', description: 'Write the report to FILE instead of stdout (e.g. --format html --output report.html)'},
    {name: 'quiet', short: 'q', type: 'boolean', description: 'Show only findings at or above --fail-on, and no line for clean files'},
    {name: 'jobs', short: 'j', type: 'string', value: 'N', description: 'Lint many files on N threads (default: one per 1.5 cores, so one on two cores; 1 lints in one thread)'},
    ...lintFlags,
    ...sinceFlags
  ],
  examples: [
    ['copydesk samples/isis-baghouz.txt', 'lint one article'],
    ['copydesk drafts/ --format json', 'lint every .txt/.md/.html file in a folder, as JSON'],
    ['copydesk story.md --format html --output report.html', 'a pre-publish report to open in a browser'],
    ['cat draft.txt | copydesk - --stdin-filename draft.txt', 'lint stdin'],
    ["copydesk 'articles/**/*.md' --fail-on error", 'lint a glob; exit 1 only for errors']
  ],
  async run(values, positionals, io) {
    if (positionals.length === 0) throw new UsageError('no input: give a file, folder, glob or `-` for stdin (see --help)')
    const {files, problems} = await lintInputs(positionals, values, io)
    await filterSince(files, values, positionals)
    const threshold = thresholds[values['fail-on'] as string]
    if (values.quiet) {
      for (const file of files) {
        file.messages = file.messages.filter((message) => atOrAbove(message, threshold))
      }
    }
    const format = await loadReporter(values.format as string)
    const output = values.output as string | undefined
    if (output) await refuseInputAsOutput(output, files.map((file) => file.path), io.cwd)
    const report = await format(files, {color: !output && useColor(io), quiet: Boolean(values.quiet)})
    if (output) await writeReport(output, report)
    else io.stdout.write(report)
    reportProblems(problems, io)
    const findings = files.some((file) => file.messages.some((message) => atOrAbove(message, threshold)))
    return exitCodeFor({checked: files.length, problems, findings})
  }
}
