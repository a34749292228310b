/**
 * A lint worker thread (src/pool.ts): receives a file's path, text and
 * options, lints it with the API and sends back its messages as plain data.
 */
import {parentPort} from 'node:worker_threads'
import {VFile} from 'vfile'
import {check, type CheckOptions} from './index.js'
import {LoadError} from './load.js'

export interface LintRequest {
  id: number
  path: string
  value: string
  options: CheckOptions
}

export type LintReply =
  | {id: number; messages: Array<Record<string, unknown>>; data: Record<string, unknown>}
  | {id: number; error: {name: string; message: string; loadError?: {path: string; problem: string; kind: 'skip' | 'fail'}}}

/* v8 ignore start -- runs in worker threads, exercised by the CLI tests through the built binary */
parentPort?.on('message', async function (request: LintRequest) {
  let reply: LintReply
  try {
    const file = await check(new VFile({path: request.path, value: request.value}), request.options)
    reply = {id: request.id, messages: file.messages.map((message) => ({...message})), data: {copydesk: file.data.copydesk}}
  } catch (error) {
    reply = {
      id: request.id,
      error: {
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
        loadError: error instanceof LoadError ? {path: error.path, problem: error.problem, kind: error.kind} : undefined
      }
    }
  }
  parentPort!.postMessage(reply)
})
/* v8 ignore stop */
