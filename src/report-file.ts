/**
 * `--output FILE`: writing a report to a file instead of stdout.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {UsageError} from './flags.js'
import {describeIoError} from './load.js'
import {WriteError} from './write-file.js'

/** Write a report file; a failure is one line naming the file (exit 2). */
export async function writeReport(file: string, report: string): Promise<void> {
  try {
    await fs.writeFile(file, report, 'utf8')
  } catch (error) {
    throw new WriteError(file, `cannot write the report: ${describeIoError(error)}`)
  }
}

/** Refuse an `--output` file that is one of the inputs: the report would replace the article. */
export async function refuseInputAsOutput(output: string, inputs: ReadonlyArray<string>, cwd: string): Promise<void> {
  const real = async (file: string) => fs.realpath(path.resolve(cwd, file)).catch(() => path.resolve(cwd, file))
  const target = await real(output)
  for (const input of inputs) {
    if (input !== '-' && (await real(input)) === target) throw new UsageError(`--output ${output} is one of the inputs: the report would overwrite it`)
  }
}
