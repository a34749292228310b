/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
 * line per finding, which GitHub shows as an annotation on the file and line
 * in the pull request. Escaping follows @actions/core: `%`, CR and LF in the
 * message; those plus `:` and `,` in property values.
 */
import type {Severity} from '../rule.js'
import type {Reporter} from './index.js'
import {displayPath, severityOf, spanOf} from './span.js'

const commands: Readonly<Record<Severity, string>> = {error: 'error', warning: 'warning', info: 'notice'}

export const github: Reporter = function (files) {
  const lines: string[] = []
  for (const file of files) {
    const name = displayPath(file)
    for (const message of file.messages) {
      const {start, end} = spanOf(message, file)
      const properties = [
        ['file', name],
        ['line', String(start.line)],
        ['col', String(start.column)],
        ['endLine', String(end.line)],
        ['endColumn', String(end.column)],
        ['title', message.ruleId ?? 'copydesk']
      ]
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',')
      lines.push(`::${commands[severityOf(message)]} ${properties}::${escapeData(message.reason)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

/** Escape a command's message. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape a command property's value. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
