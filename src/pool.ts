/**
 * Linting many files across the cores: a pool of worker threads
 * (src/lint-worker.ts), each loading copydesk once and taking the next file
 * when it is done. Results come back in input order, and each message is
 * rebuilt in this thread as the VFileMessage it was, so reports are
 * byte-identical to a run on one thread (tests/pool.test.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {VFile} from 'vfile'
import type {CheckOptions} from './index.js'
import type {LintReply, LintRequest} from './lint-worker.js'
import {LoadError} from './load.js'

export interface LintJob {
  file: VFile
  options: CheckOptions
}

/** Fewer files than this are linted in this thread: starting a worker costs about as much as linting a few files. */
export const minimumFilesPerWorker = 8

/** The worker script next to this module (built JavaScript only; from the TypeScript sources there is none). */
const workerScript = fileURLToPath(new URL('./lint-worker.js', import.meta.url))

/** How many threads to use for `count` files when the user asked for `jobs` (undefined: one per core). */
export function threadsFor(count: number, jobs: number | undefined): number {
  const wanted = jobs ?? os.availableParallelism()
  const threads = Math.min(wanted, Math.floor(count / minimumFilesPerWorker))
  return threads >= 2 && fs.existsSync(workerScript) ? threads : 1
}

/**
 * Lint every job's file in place (its messages and `data.copydesk`), on
 * `threads` worker threads. `done` is called as files finish (for progress).
 * The first failure in input order is thrown, as a run on one thread would.
 */
export async function lintInWorkers(jobs: ReadonlyArray<LintJob>, threads: number, done: () => void = () => {}): Promise<void> {
  const replies: LintReply[] = new Array(jobs.length)
  let next = 0
  const workers = Array.from({length: Math.min(threads, jobs.length)}, () => new Worker(workerScript))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>(function (resolve, reject) {
            const send = function () {
              if (next >= jobs.length) return resolve()
              const id = next++
              const {file, options} = jobs[id]
              const request: LintRequest = {id, path: file.path, value: String(file.value), options}
              worker.postMessage(request)
            }
            worker.on('message', function (reply: LintReply) {
              replies[reply.id] = reply
              done()
              send()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => (next < jobs.length || code !== 0 ? reject(new Error(`lint worker stopped (exit code ${code})`)) : resolve()))
            send()
          })
      )
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  jobs.forEach(function ({file}, index) {
    const reply = replies[index]
    if ('error' in reply) {
      const {name, message, loadError} = reply.error
      const error = loadError ? new LoadError(loadError.path, loadError.problem, loadError.kind) : new Error(message)
      error.name = name
      throw error
    }
    file.data.copydesk = reply.data.copydesk as VFile['data']['copydesk']
    for (const fields of reply.messages) revive(file, fields)
  })
}

/** Add the message to the file with the fields it had in the worker (no stack trace: vfile-message keeps none). */
function revive(file: VFile, fields: Record<string, unknown>): void {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    Object.assign(file.message(String(fields.reason)), fields)
  } finally {
    Error.stackTraceLimit = limit
  }
}
