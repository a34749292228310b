/**
 * The shared front half of `check` and `fix`: expand inputs, read each file
 * (or stdin), and lint it with the resolved options.
 */
import type {VFile} from 'vfile'
import type {Io} from './commands/types.js'
import {readWordList} from './dictionary-file.js'
import {ConfigResolver, isIgnored, mergeOptions} from './config.js'
import {expandInputs} from './files.js'
import {UsageError, type Flag, type Values} from './flags.js'
import {check, type CheckOptions} from './index.js'
import {LoadError, readFile, readStdin} from './load.js'
import {lintInWorkers, threadsFor, type LintJob} from './pool.js'
import type {DialectSetting} from './engine.js'

/** Flags every linting command takes. */
export const lintFlags: ReadonlyArray<Flag> = [
  {name: 'dialect', type: 'string', choices: ['auto', 'en-US', 'en-GB'], description: 'Spelling dialect; auto (the default) detects British or American spelling per document'},
  {name: 'dictionary', type: 'string', multiple: true, value: 'FILE', description: 'Extra accepted words, one a line (repeatable; adds to the config\'s dictionaries)'},
  {name: 'config', type: 'string', value: 'FILE', description: 'Use this config file for every input instead of the nearest .copydeskrc.json or package.json'},
  {name: 'no-config', type: 'boolean', description: 'Ignore config files'},
  {name: 'stdin-filename', type: 'string', value: 'NAME', description: 'Name to report for text read from stdin (`-`)'}
]

export interface Linted {
  files: VFile[]
  /**
   * Inputs that were not checked, in input order: skipped with a warning
   * (`kind: 'skip'`, binary files) or unreadable (`'fail'`: permission, encoding).
   * The other inputs are checked all the same.
   */
  problems: LoadError[]
}

/** One line per input that was skipped (a warning) or could not be read (an error), after the report. */
export function reportProblems(problems: ReadonlyArray<LoadError>, io: Io): void {
  for (const problem of problems) io.stderr.write(`copydesk: ${problem.kind === 'skip' ? 'warning: ' : ''}${problem.message}\n`)
}

export async function optionsFrom(values: Values): Promise<CheckOptions> {
  const words: string[] = []
  for (const list of (values.dictionary as string[] | undefined) ?? []) words.push(...(await readWordList(list)))
  return {dialect: values.dialect as DialectSetting | undefined, words}
}

/**
 * Options per file: the nearest config (or `--config`) under the flags.
 * Resolves to undefined for a file the config's `ignore` globs skip.
 */
export async function optionsResolver(values: Values, io: Io): Promise<(path: string) => Promise<CheckOptions | undefined>> {
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together')
  const flags = await optionsFrom(values)
  const configs = new ConfigResolver({explicit: values.config as string | undefined, disabled: Boolean(values['no-config']), cwd: io.cwd})
  return async function (path) {
    const config = await configs.configFor(path === '-' ? ((values['stdin-filename'] as string | undefined) ?? '-') : path)
    if (config && path !== '-' && isIgnored(config, path, io.cwd)) return undefined
    return mergeOptions(flags, config)
  }
}

/** Lint every input; binary and unreadable files are left out (`problems`, reported by the caller). */
export async function lintInputs(inputs: ReadonlyArray<string>, values: Values, io: Io): Promise<Linted> {
  const optionsFor = await optionsResolver(values, io)
  const paths = await expandInputs(inputs)
  const jobs: LintJob[] = []
  const problems: LoadError[] = []
  const wanted = jobsOf(values)
  for (const path of paths) {
    const options = await optionsFor(path)
    if (!options) {
      if (inputs.includes(path)) io.stderr.write(`copydesk: warning: ${path}: skipped: excluded by its config (\`ignore\`, or a word list); --no-config checks it\n`)
      continue
    }
    let file: VFile
    try {
      file = path === '-' ? await readStdin((values['stdin-filename'] as string | undefined) ?? '<stdin>', io.stdin) : await readFile(path)
    } catch (error) {
      // One unreadable or binary file does not stop the others from being checked.
      if (error instanceof LoadError) {
        problems.push(error)
        continue
      }
      throw error
    }
    jobs.push({file, options})
  }
  const progress = io.stderr.isTTY && jobs.length > 20
  let checked = 0
  const done = function () {
    checked++
    if (progress) io.stderr.write(`\rcopydesk: checked ${checked}/${jobs.length} files`)
  }
  const threads = threadsFor(jobs.length, wanted)
  // A file that cannot be checked (a parser's stack overflow, a rule's bug) is reported; the others are kept.
  const failures = new Map<number, Error>()
  const failed = function (index: number, error: Error) {
    if (error instanceof LoadError) throw error
    failures.set(index, error)
  }
  if (threads > 1) {
    await lintInWorkers(jobs, threads, ({file, options}) => check(file, options), done, failed)
  } else {
    for (const [index, {file, options}] of jobs.entries()) {
      try {
        await check(file, options)
      } catch (error) {
        failed(index, error instanceof Error ? error : new Error(String(error)))
      }
      done()
    }
  }
  if (progress) io.stderr.write('\r\x1b[K')
  for (const [index, error] of failures) problems.push(uncheckable(jobs[index].file.path, error))
  return {files: jobs.filter((_, index) => !failures.has(index)).map((job) => job.file), problems}
}

/** The one-line problem for a file that could not be checked (exit 2; the other files are reported). */
export function uncheckable(path: string, error: Error): LoadError {
  const problem =
    error instanceof RangeError && /call stack/i.test(error.message)
      ? 'nested too deeply to check (the parser ran out of stack); not checked'
      : `not checked: ${error.message.split('\n')[0]} (an internal error; please report it)`
  return new LoadError(path, problem)
}

/** `--jobs N`: a whole number of threads, at least 1; undefined when not given (one per 1.5 cores). */
export function jobsOf(values: Values): number | undefined {
  const value = values.jobs as string | undefined
  if (value === undefined) return undefined
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--jobs must be a whole number of threads, 1 or more (got \`${value}\`)`)
  return Number(value)
}
