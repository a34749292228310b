/**
 * `--output FILE`: writing a report to a file instead of stdout.
 */
import fs from 'node:fs/promises'
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
