/**
 * Command-line flags as data: parsing, validation and the help text all come
 * from these tables, so the README's flag list can be generated from them too.
 */
import {parseArgs} from 'node:util'

export interface Flag {
  name: string
  short?: string
  type: 'boolean' | 'string'
  /** Allowed values for a string flag. */
  choices?: ReadonlyArray<string>
  /** The flag may be given more than once. */
  multiple?: boolean
  default?: string | boolean
  /** Placeholder shown in help, e.g. FILE. */
  value?: string
  description: string
}

/** A usage error: exit code 2, one line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export type Values = Record<string, string | boolean | string[] | undefined>

/** Parse `argv` against a flag table; unknown flags and bad values are usage errors. */
export function parseFlags(argv: ReadonlyArray<string>, flags: ReadonlyArray<Flag>): {values: Values; positionals: string[]} {
  const options: Record<string, {type: 'boolean' | 'string'; short?: string; multiple?: boolean}> = {}
  for (const flag of flags) {
    options[flag.name] = {type: flag.type, ...(flag.short ? {short: flag.short} : {}), ...(flag.multiple ? {multiple: true} : {})}
  }
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '').replace(/^Unknown option '(.+)'$/, 'unknown flag $1'))
  }
  const values = {...parsed.values} as Values
  for (const flag of flags) {
    if (values[flag.name] === undefined && flag.default !== undefined) values[flag.name] = flag.default
    const value = values[flag.name]
    if (flag.choices && typeof value === 'string' && !flag.choices.includes(value)) {
      throw new UsageError(`--${flag.name} must be one of ${flag.choices.join(', ')} (got \`${value}\`)`)
    }
  }
  return {values, positionals: parsed.positionals}
}

/** Help lines for a flag table, aligned. */
export function formatFlags(flags: ReadonlyArray<Flag>): string {
  const rows = flags.map(function (flag) {
    const names = `${flag.short ? `-${flag.short}, ` : '    '}--${flag.name}${flag.type === 'string' ? ` ${flag.value ?? (flag.choices ? flag.choices.join('|') : 'VALUE')}` : ''}`
    const extra = flag.default !== undefined && flag.type === 'string' ? ` (default: ${flag.default})` : ''
    return [names, flag.description + extra] as const
  })
  const width = Math.max(...rows.map(([names]) => names.length)) + 2
  return rows.map(([names, description]) => `  ${names.padEnd(width)}${description}`).join('\n')
}
