/**
 * Golden lines (Vale's style): one finding a line,
 * `path:line:col-line:col severity rule-id reason [→ fix]`, stable across runs.
 */
import fs from 'node:fs'
import path from 'node:path'
import {check} from '../../src/index.js'
import {readFile} from '../../src/load.js'

export async function goldenLines(files: ReadonlyArray<string>, root: string): Promise<string> {
  const lines: string[] = []
  for (const file of files) {
    const result = await check(await readFile(file))
    const name = path.relative(root, file).split(path.sep).join('/')
    for (const message of result.messages) {
      const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
      const fix = message.data?.fixable ? ` → ${JSON.stringify(message.expected![0])}` : ''
      lines.push(
        `${name}:${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column} ${message.data?.severity} ${message.ruleId} ${JSON.stringify(message.actual)}: ${message.reason}${fix}`
      )
    }
  }
  return lines.join('\n') + '\n'
}

export function textFiles(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(folder, name))
}
