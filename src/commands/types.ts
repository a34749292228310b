import type {Flag, Values} from '../flags.js'

/** Where a command writes; tests pass their own streams. */
export interface Io {
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  stdin: NodeJS.ReadableStream
  env: NodeJS.ProcessEnv
  cwd: string
}

export interface Command {
  name: string
  /** One line for the command list. */
  summary: string
  /** Usage line(s) after `copydesk`. */
  usage: string
  flags: ReadonlyArray<Flag>
  /** Examples shown in --help: [command line, what it does]. */
  examples: ReadonlyArray<readonly [string, string]>
  /** Run and return the exit code. */
  run(values: Values, positionals: string[], io: Io): Promise<number>
}

/** Exit codes, documented in the README and docs/errors.md. */
export const exitCodes = {
  /** No finding at or above the --fail-on level. */
  ok: 0,
  /** Findings at or above the --fail-on level. */
  findings: 1,
  /** Usage, configuration or I/O error (also: an input could not be read, or nothing could be). */
  error: 2,
  /** No error and no finding, but some inputs were skipped (binary files). */
  skipped: 3
} as const

/**
 * The exit code of a run over several inputs: an error (an unreadable input,
 * or none readable) beats findings, and findings beat skipped inputs.
 */
export function exitCodeFor(run: {checked: number; problems: ReadonlyArray<{kind: 'skip' | 'fail'}>; findings: boolean; failed?: boolean}): number {
  if (run.failed || run.problems.some((problem) => problem.kind === 'fail')) return exitCodes.error
  if (run.problems.length > 0 && run.checked === 0) return exitCodes.error
  if (run.findings) return exitCodes.findings
  return run.problems.length > 0 ? exitCodes.skipped : exitCodes.ok
}
