/**
 * The shared front half of `check` and `fix`: expand inputs, read each file
 * (or stdin), and lint it with the resolved options.
 */
import type {VFile} from 'vfile'
import type {Io} from './commands/types.js'
import {readWordList} from './dictionary-file.js'
import {expandInputs} from './files.js'
import type {Flag, Values} from './flags.js'
import {check, type CheckOptions} from './index.js'
import {LoadError, readFile, readStdin} from './load.js'
import type {DialectSetting} from './engine.js'

/** Flags every linting command takes. */
export const lintFlags: ReadonlyArray<Flag> = [
  {name: 'dialect', type: 'string', choices: ['auto', 'en-US', 'en-GB'], default: 'auto', description: 'Spelling dialect; auto detects British or American spelling per document'},
  {name: 'dictionary', type: 'string', multiple: true, value: 'FILE', description: 'Extra accepted words, one a line (repeatable)'},
  {name: 'stdin-filename', type: 'string', value: 'NAME', description: 'Name to report for text read from stdin (`-`)'}
]

export interface Linted {
  files: VFile[]
  /** Inputs skipped with a warning (binary files). */
  skipped: LoadError[]
}

export async function optionsFrom(values: Values): Promise<CheckOptions> {
  const words: string[] = []
  for (const list of (values.dictionary as string[] | undefined) ?? []) words.push(...(await readWordList(list)))
  return {dialect: values.dialect as DialectSetting, words}
}

/** Lint every input; binary files are skipped (reported on stderr by the caller). */
export async function lintInputs(inputs: ReadonlyArray<string>, values: Values, io: Io): Promise<Linted> {
  const options = await optionsFrom(values)
  const paths = await expandInputs(inputs)
  const files: VFile[] = []
  const skipped: LoadError[] = []
  const progress = io.stderr.isTTY && paths.length > 20
  for (const [index, path] of paths.entries()) {
    let file: VFile
    try {
      file = path === '-' ? await readStdin((values['stdin-filename'] as string | undefined) ?? '<stdin>', io.stdin) : await readFile(path)
    } catch (error) {
      if (error instanceof LoadError && error.kind === 'skip') {
        skipped.push(error)
        continue
      }
      throw error
    }
    files.push(await check(file, options))
    if (progress) io.stderr.write(`\rcopydesk: checked ${index + 1}/${paths.length} files`)
  }
  if (progress) io.stderr.write('\r\x1b[K')
  return {files, skipped}
}
