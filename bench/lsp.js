/**
 * The language server, warm: `copydesk lsp --stdio` driven like an editor.
 * - open: didOpen of a new document → its publishDiagnostics (linted at once);
 * - change: didChange (whole text, alternately with a trailing space) →
 *   publishDiagnostics for that version; includes the server's 150 ms
 *   keystroke debounce, reported separately.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import {pathToFileURL} from 'node:url'
import path from 'node:path'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import {root} from './corpus.js'

const copydeskCli = path.join(root, 'dist/bundle/cli.js')

export async function lspLatency(file, reps = 50) {
  const text = fs.readFileSync(file, 'utf8')
  const child = spawn(process.execPath, [copydeskCli, 'lsp', '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', function (params) {
    const key = `${params.uri}#${params.version ?? ''}`
    const resolve = waiting.get(key) ?? waiting.get(`${params.uri}#`)
    if (resolve) resolve(params)
  })
  connection.onNotification(() => {})
  connection.onRequest(() => null)
  connection.listen()
  await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null})
  await connection.sendNotification('initialized', {})

  const published = (uri, version) =>
    new Promise(function (resolve) {
      waiting.set(`${uri}#${version}`, function (params) {
        waiting.delete(`${uri}#${version}`)
        resolve(params)
      })
    })
  const base = pathToFileURL(file).href
  const open = []
  let findings = 0
  for (let index = 0; index < reps + 10; index++) {
    const uri = `${base}?open=${index}`
    const start = performance.now()
    const done = published(uri, 1)
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    findings = (await done).diagnostics.length
    if (index >= 10) open.push(performance.now() - start)
    await connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
  }
  const uri = `${base}?change`
  let done = published(uri, 1)
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
  await done
  const change = []
  for (let version = 2; version < reps + 2; version++) {
    const start = performance.now()
    done = published(uri, version)
    const changed = version % 2 ? text : text + ' '
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text: changed}]})
    await done
    change.push(performance.now() - start)
  }
  await connection.sendRequest('shutdown')
  await connection.sendNotification('exit')
  connection.dispose()
  child.kill()
  return {findings, open, change}
}
