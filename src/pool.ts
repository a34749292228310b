/**
 * Linting many files across the cores: this thread and worker threads
 * (src/lint-worker.ts, one fewer than the threads wanted), each loading
 * copydesk once and taking the next file when it is done. Results are kept in
 * input order, and each message from a worker is rebuilt in this thread as the
 * VFileMessage it was, so reports are byte-identical to a run on one thread
 * (tests/pool.test.ts).
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

/**
 * Cores one linting thread keeps busy: its own, plus V8's concurrent garbage
 * collection and compiling, measured at 0.3–0.6 of another core
 * (docs/performance.md). A thread per core would overcommit: on two cores a
 * second thread made 200 files slower, not faster.
 */
export const coresPerThread = 1.5

/** How many threads to use for `count` files when the user asked for `jobs` (undefined: one per 1.5 cores). */
export function threadsFor(count: number, jobs: number | undefined, cores = os.availableParallelism()): number {
  const wanted = jobs ?? Math.floor(cores / coresPerThread)
  const threads = Math.min(wanted, Math.floor(count / minimumFilesPerWorker))
  return threads >= 2 && fs.existsSync(workerScript) ? threads : 1
}

/** Files handed to a worker ahead of time, so it never waits while this thread lints. */
const queueDepth = 2

type Outcome = {local: true} | {local: true; error: unknown} | LintReply

/**
 * Lint every job's file in place (its messages and `data.copydesk`) on
 * `threads` threads: this one, through `lintHere` (the same check the
 * workers run), and `threads - 1` worker threads, each taking the next file
 * in input order as it finishes one. `done` is called as files finish (for
 * progress). The first failure in input order is thrown, as a run on one
 * thread would.
 */
export async function lintInWorkers(
  jobs: ReadonlyArray<LintJob>,
  threads: number,
  lintHere: (job: LintJob) => Promise<unknown>,
  done: () => void = () => {},
  /** Given, a file's failure is passed here (with the job's index) instead of thrown, and the other files are kept. */
  failed?: (index: number, error: Error) => void
): Promise<void> {
  const outcomes: Outcome[] = new Array(jobs.length)
  let next = 0
  const take = (): number | undefined => (next < jobs.length ? next++ : undefined)
  const workers = Array.from({length: Math.max(0, Math.min(threads - 1, jobs.length))}, () => new Worker(workerScript))
  const here = async function () {
    for (let id = take(); id !== undefined; id = take()) {
      try {
        await lintHere(jobs[id])
        outcomes[id] = {local: true}
      } catch (error) {
        outcomes[id] = {local: true, error}
      }
      done()
      // A lint settles in microtasks only, so without this the workers' replies (macrotasks)
      // would wait until this loop ran out of files: the workers sat idle after their first two.
      if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve))
    }
  }
  try {
    await Promise.all([
      here(),
      ...workers.map(
        (worker) =>
          new Promise<void>(function (resolve, reject) {
            let pending = 0
            const send = function () {
              const id = take()
              if (id === undefined) return
              const {file, options} = jobs[id]
              const request: LintRequest = {id, path: file.path, value: String(file.value), options}
              worker.postMessage(request)
              pending++
            }
            worker.on('message', function (reply: LintReply) {
              outcomes[reply.id] = reply
              pending--
              done()
              send()
              if (pending === 0) resolve()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => (pending > 0 ? reject(new Error(`lint worker stopped (exit code ${code})`)) : resolve()))
            for (let count = 0; count < queueDepth; count++) send()
            if (pending === 0) resolve()
          })
      )
    ])
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  jobs.forEach(function ({file}, index) {
    const outcome = outcomes[index]
    if ('local' in outcome) {
      if ('error' in outcome) {
        if (!failed) throw outcome.error
        failed(index, outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error)))
      }
      return
    }
    if ('error' in outcome) {
      const {name, message, loadError} = outcome.error
      const error = loadError ? new LoadError(loadError.path, loadError.problem, loadError.kind) : new Error(message)
      error.name = name
      if (!failed) throw error
      failed(index, error)
      return
    }
    file.data.copydesk = outcome.data.copydesk as VFile['data']['copydesk']
    for (const fields of outcome.messages) revive(file, fields)
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
