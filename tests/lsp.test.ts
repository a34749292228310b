/**
 * Drives `copydesk lsp --stdio` (the built CLI) over stdio like an editor:
 * initialize, open the sample, read diagnostics, ask for code actions, add a
 * word to the project word list, survive bad input, shut down.
 */
import {spawn, spawnSync, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import type {CodeAction, Diagnostic, PublishDiagnosticsParams} from 'vscode-languageserver-protocol'
import {rules} from '../rules/index.js'
import {cli} from './helpers/cli.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const sample = fs.readFileSync(path.join(root, 'samples/isis-baghouz.txt'), 'utf8')
const has = (id: string) => rules.some((rule) => rule.meta.id === id)
const timeout = 60_000

let child: ChildProcessWithoutNullStreams
let connection: MessageConnection
let workspace: string
let stderr = ''
const published: PublishDiagnosticsParams[] = []
/** window/showMessage notifications. */
const shown: Array<{type: number; message: string}> = []
const waiters: Array<() => void> = []

/** Wait for a publishDiagnostics for `uri` (after `since` earlier ones) that satisfies `test`. */
function diagnosticsFor(uri: string, test: (diagnostics: Diagnostic[]) => boolean = () => true, since = 0): Promise<Diagnostic[]> {
  return new Promise(function (resolve, reject) {
    const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}; stderr: ${stderr}`)), timeout - 5000)
    const look = () => {
      const found = published.slice(since).find((entry) => entry.uri === uri && test(entry.diagnostics))
      if (!found) return false
      clearTimeout(timer)
      resolve(found.diagnostics)
      return true
    }
    if (!look()) waiters.push(function retry() {
      if (!look()) waiters.push(retry)
    })
  })
}

function textOf(text: string, diagnostic: Diagnostic): string {
  const lines = text.split('\n')
  const {start, end} = diagnostic.range
  expect(start.line).toBe(end.line)
  return lines[start.line].slice(start.character, end.character)
}

function open(uri: string, text: string, version = 1): void {
  void connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version, text}})
}

describe('copydesk lsp --stdio', function () {
  let sampleUri: string

  beforeAll(async function () {
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: build first (npm run build)`)
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-'))
    const samplePath = path.join(workspace, 'isis-baghouz.txt')
    fs.writeFileSync(samplePath, sample)
    sampleUri = pathToFileURL(samplePath).href
    child = spawn(process.execPath, [cli, 'lsp', '--stdio'], {cwd: workspace})
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    connection.onNotification('textDocument/publishDiagnostics', function (params: PublishDiagnosticsParams) {
      published.push(params)
      for (const waiter of waiters.splice(0)) waiter()
    })
    connection.onNotification('window/logMessage', () => undefined)
    connection.onNotification('window/showMessage', (params: {type: number; message: string}) => shown.push(params))
    connection.listen()
    const result = await connection.sendRequest<{capabilities: Record<string, unknown>}>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{uri: pathToFileURL(workspace).href, name: 'news'}],
      capabilities: {textDocument: {publishDiagnostics: {relatedInformation: true}}}
    })
    expect(result.capabilities).toMatchObject({codeActionProvider: expect.anything(), executeCommandProvider: expect.anything()})
    void connection.sendNotification('initialized', {})
  }, timeout)

  afterAll(async function () {
    connection?.dispose()
    if (child && child.exitCode === null) child.kill()
    fs.rmSync(workspace, {recursive: true, force: true})
  })

  it('publishes diagnostics for the sample when it is opened', async function () {
    open(sampleUri, sample)
    const diagnostics = await diagnosticsFor(sampleUri, (found) => found.length > 0)
    const digit = diagnostics.find((diagnostic) => diagnostic.code === 'digit-letter')!
    expect(digit).toMatchObject({source: 'copydesk', severity: 2, range: {start: {line: 10}}})
    expect(textOf(sample, digit)).toBe('1oo')
    expect(digit.codeDescription?.href).toMatch(/#digit-letter$/)
    if (has('spelling')) {
      const bren = diagnostics.find((diagnostic) => diagnostic.code === 'spelling' && textOf(sample, diagnostic) === 'bren')
      expect(bren, 'spelling flags bren').toBeDefined()
    }
    if (has('number-conflict')) {
      const conflict = diagnostics.find((diagnostic) => diagnostic.code === 'number-conflict')
      expect(conflict, 'number-conflict flags 138/106').toBeDefined()
      const here = textOf(sample, conflict!)
      expect(['138', '106']).toContain(here)
      const related = conflict!.relatedInformation ?? []
      expect(related.length).toBeGreaterThan(0)
      expect(related.map((info) => textOf(sample, {range: info.location.range} as Diagnostic))).toContain(here === '138' ? '106' : '138')
    }
  }, timeout)

  it('offers the fix for 1oo as a quick fix that edits it to 100', async function () {
    const diagnostics = await diagnosticsFor(sampleUri, (found) => found.length > 0)
    const digit = diagnostics.find((diagnostic) => diagnostic.code === 'digit-letter')!
    const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri: sampleUri},
      range: digit.range,
      context: {diagnostics: [digit]}
    })
    const fix = actions.find((action) => action.kind === 'quickfix' && action.isPreferred)!
    expect(fix.title).toBe('Replace `1oo` with `100`')
    expect(fix.edit?.changes?.[sampleUri]).toEqual([{range: digit.range, newText: '100'}])
    // Without diagnostics in the context the server finds the finding in the range itself.
    const again = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri: sampleUri},
      range: {start: digit.range.start, end: digit.range.start},
      context: {diagnostics: []}
    })
    expect(again.some((action) => action.edit?.changes?.[sampleUri]?.[0]?.newText === '100')).toBe(true)
    const fixAll = again.find((action) => action.kind === 'source.fixAll.copydesk')
    expect(fixAll?.edit?.changes?.[sampleUri]?.some((edit) => edit.newText === '100')).toBe(true)
  }, timeout)

  it.runIf(has('spelling'))('adds a word to the project word list and re-lints', async function () {
    const diagnostics = await diagnosticsFor(sampleUri, (found) => found.length > 0)
    const bren = diagnostics.find((diagnostic) => diagnostic.code === 'spelling' && textOf(sample, diagnostic) === 'bren')!
    const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri: sampleUri},
      range: bren.range,
      context: {diagnostics: [bren]}
    })
    const add = actions.find((action) => action.command?.command === 'copydesk.addWord')!
    expect(add.title).toBe('Add `bren` to the word list')
    const since = published.length
    const result = await connection.sendRequest<{list: string; added: boolean}>('workspace/executeCommand', add.command!)
    expect(result).toEqual({list: path.join(workspace, '.copydesk-words.txt'), added: true})
    expect(fs.readFileSync(result.list, 'utf8')).toBe('bren\n')
    const after = await diagnosticsFor(sampleUri, () => true, since)
    expect(after.some((diagnostic) => diagnostic.code === 'spelling' && textOf(sample, diagnostic) === 'bren')).toBe(false)
    expect(after.some((diagnostic) => diagnostic.code === 'digit-letter')).toBe(true)
  }, timeout)

  it('appends to the word list a project config names', async function () {
    const project = path.join(workspace, 'desk')
    fs.mkdirSync(path.join(project, 'stories'), {recursive: true})
    fs.mkdirSync(path.join(project, 'words'))
    fs.writeFileSync(path.join(project, 'words', 'house.txt'), '# house words\nKyiv')
    fs.writeFileSync(path.join(project, '.copydeskrc.json'), '{\n  // house words\n  "dictionaries": ["words/house.txt"]\n}\n')
    const uri = pathToFileURL(path.join(project, 'stories', 'mayor.txt')).href
    open(uri, 'The mayor thanked Ngozi for 1oo days of work.')
    await diagnosticsFor(uri, (found) => found.length > 0)
    const result = await connection.sendRequest<{list: string}>('workspace/executeCommand', {
      command: 'copydesk.addWord',
      arguments: [{uri, word: 'Ngozi'}]
    })
    expect(result).toEqual({list: path.join(project, 'words', 'house.txt'), added: true})
    expect(fs.readFileSync(result.list, 'utf8')).toBe('# house words\nKyiv\nNgozi\n')
  }, timeout)

  it('names a new word list in a config that had none, keeping its comments', async function () {
    const project = path.join(workspace, 'magazine')
    fs.mkdirSync(project)
    const config = path.join(project, '.copydeskrc.json')
    fs.writeFileSync(config, '{\n  // British house style\n  "dialect": "en-GB"\n}\n')
    const uri = pathToFileURL(path.join(project, 'feature.txt')).href
    open(uri, 'Officials said 6oo homes lost power.')
    await diagnosticsFor(uri, (found) => found.length > 0)
    const result = await connection.sendRequest<{list: string}>('workspace/executeCommand', {
      command: 'copydesk.addWord',
      arguments: [{uri, word: 'Quarshie'}]
    })
    expect(result).toEqual({list: path.join(project, '.copydesk-words.txt'), added: true})
    const text = fs.readFileSync(config, 'utf8')
    expect(text).toContain('// British house style')
    expect(text).toMatch(/"dictionaries": \[\s*"\.copydesk-words\.txt"\s*\]/)
    // The CLI reads the same list through the config now.
    const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '-', '--stdin-filename', path.join(project, 'x.txt')], {
      cwd: project,
      input: 'Quarshie said 6oo homes lost power.',
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)[0].messages.map((message: {actual: string}) => message.actual)).not.toContain('Quarshie')
  }, timeout)

  it('lints without a broken config and says so once; publishes nothing for ignored files', async function () {
    const project = path.join(workspace, 'broken')
    fs.mkdirSync(project)
    fs.writeFileSync(path.join(project, '.copydeskrc.json'), '{"dialect": "en-AU"}')
    const uri = pathToFileURL(path.join(project, 'draft.txt')).href
    open(uri, 'Officials said 7oo homes lost power.')
    const found = await diagnosticsFor(uri, (diagnostics) => diagnostics.length > 0)
    expect(found.map((diagnostic) => diagnostic.code)).toContain('digit-letter')
    expect(shown).toEqual([{type: 1, message: expect.stringMatching(/^copydesk: .*\.copydeskrc\.json:1:13: `dialect`: must be/)}])

    const skipping = path.join(workspace, 'skipping')
    fs.mkdirSync(path.join(skipping, 'drafts'), {recursive: true})
    fs.writeFileSync(path.join(skipping, '.copydeskrc.json'), '{"ignore": ["drafts/"]}')
    const ignored = pathToFileURL(path.join(skipping, 'drafts', 'note.txt')).href
    open(ignored, 'Officials said 8oo homes lost power.')
    expect(await diagnosticsFor(ignored)).toEqual([])
  }, timeout)

  it('re-lints on change and drops findings that were fixed', async function () {
    const uri = pathToFileURL(path.join(workspace, 'draft.txt')).href
    open(uri, 'Officials said 2oo homes lost power.')
    const before = await diagnosticsFor(uri, (found) => found.length > 0)
    expect(before.map((diagnostic) => diagnostic.code)).toContain('digit-letter')
    void connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{range: {start: {line: 0, character: 15}, end: {line: 0, character: 18}}, text: '200'}]
    })
    const after = await diagnosticsFor(uri, (found) => !found.some((diagnostic) => diagnostic.code === 'digit-letter'))
    expect(after).toEqual([])
  }, timeout)

  it('survives a document closed mid-lint, malformed messages and bad requests', async function () {
    // A long document: its lint starts at once and is still running when the close arrives.
    const uri = pathToFileURL(path.join(workspace, 'closed.txt')).href
    open(uri, Array.from({length: 40}, () => sample).join('\n'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    void connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    await diagnosticsFor(uri, (found) => found.length === 0)
    // Closed while a change waits for its debounce.
    const pending = pathToFileURL(path.join(workspace, 'pending.txt')).href
    open(pending, 'About 4oo people.')
    await diagnosticsFor(pending, (found) => found.length > 0)
    void connection.sendNotification('textDocument/didChange', {textDocument: {uri: pending, version: 2}, contentChanges: [{text: 'About 5oo people.'}]})
    void connection.sendNotification('textDocument/didClose', {textDocument: {uri: pending}})
    // Not JSON at all, inside a well-framed message.
    child.stdin.write('Content-Length: 11\r\n\r\n{not json!}')
    // A request with missing params and an unknown method.
    await expect(connection.sendRequest('textDocument/codeAction', {})).rejects.toThrow()
    await expect(connection.sendRequest('copydesk/nothing', {})).rejects.toThrow()
    await expect(connection.sendRequest('workspace/executeCommand', {command: 'copydesk.addWord', arguments: []})).rejects.toThrow(/needs/)
    // Still alive and serving.
    const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: []}
    })
    expect(actions).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 500))
    for (const closed of [uri, pending]) expect(published.filter((entry) => entry.uri === closed).at(-1)?.diagnostics).toEqual([])
    // Once cleared on close, a closed document gets no stale diagnostics from a lint that was running.
    const forClosed = published.filter((entry) => entry.uri === uri)
    const cleared = forClosed.findIndex((entry) => entry.diagnostics.length === 0)
    expect(forClosed.slice(cleared).every((entry) => entry.diagnostics.length === 0)).toBe(true)
    expect(child.exitCode).toBeNull()
  }, timeout)

  it('needs --stdio (exit 2 with a one-line usage error)', function () {
    const run = spawnSync(process.execPath, [cli, 'lsp'], {encoding: 'utf8', input: ''})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('copydesk: `copydesk lsp` needs --stdio (the only transport)\n')
  })

  it('shuts down and exits cleanly', async function () {
    await connection.sendRequest('shutdown')
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    void connection.sendNotification('exit')
    expect(await exited).toBe(0)
  }, timeout)
})
