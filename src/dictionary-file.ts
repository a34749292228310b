/**
 * Personal word lists: one word a line, `#` starts a comment.
 */
import fs from 'node:fs/promises'
import {describeIoError, LoadError} from './load.js'

export function parseWordList(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0)
}

export async function readWordList(path: string): Promise<string[]> {
  try {
    return parseWordList(await fs.readFile(path, 'utf8'))
  } catch (error) {
    throw new LoadError(path, `cannot read word list: ${describeIoError(error)}`)
  }
}
