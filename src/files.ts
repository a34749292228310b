/**
 * Expanding command-line inputs into a sorted list of files: paths, folders
 * (recursing into text files) and glob patterns.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describeIoError, LoadError} from './load.js'

/** The glob matcher loads only for a folder or a pattern: a file named outright needs none. */
const globber = () => import('tinyglobby')

/** Extensions read when walking a folder. */
export const textExtensions: ReadonlyArray<string> = ['.htm', '.html', '.markdown', '.md', '.txt']

const ignoredFolders = ['**/.git/**', '**/node_modules/**']

/** Expand inputs to files, in a stable order, each once; `-` (stdin) is kept as is. */
export async function expandInputs(inputs: ReadonlyArray<string>, ignore: ReadonlyArray<string> = []): Promise<string[]> {
  const result: string[] = []
  const seen = new Set<string>()
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file)
      result.push(file)
    }
  }
  for (const input of inputs) {
    if (input === '-') {
      add(input)
      continue
    }
    let stat
    try {
      stat = await fs.stat(input)
    } catch (error) {
      const {glob, isDynamicPattern} = await globber()
      if (isDynamicPattern(input)) {
        const matches = await glob(input, {ignore: [...ignoredFolders, ...ignore], onlyFiles: true, expandDirectories: false})
        if (matches.length === 0) throw new LoadError(input, 'no files match this pattern')
        for (const match of matches.sort()) add(match)
        continue
      }
      throw new LoadError(input, describeIoError(error))
    }
    if (stat.isDirectory()) {
      const pattern = `${input.replace(/\\/g, '/').replace(/\/$/, '')}/**/*{${textExtensions.join(',')}}`
      const {glob} = await globber()
      const matches = await glob(pattern, {ignore: [...ignoredFolders, ...ignore], onlyFiles: true, expandDirectories: false})
      if (matches.length === 0) {
        throw new LoadError(input, `no text files (${textExtensions.join(', ')}) in this folder`)
      }
      for (const match of matches.sort()) add(path.normalize(match))
    } else {
      add(input)
    }
  }
  return result
}
