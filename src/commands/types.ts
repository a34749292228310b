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

/** Exit codes, documented in the README. */
export const exitCodes = {
  /** No finding at or above the --fail-on level. */
  ok: 0,
  /** Findings at or above the --fail-on level. */
  findings: 1,
  /** Usage, configuration or I/O error. */
  error: 2
} as const
