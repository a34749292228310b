/**
 * Faults: `fix --write` stopped at every step of a write (SIGKILL and the
 * catchable signals), a full disk (a mocked ENOSPC, and a real 16 KB tmpfs
 * when this user may mount one), a failing rename; output to a closed pipe;
 * a language server fed junk, hostile documents and a document closed
 * mid-lint. The original file must be whole or wholly replaced, never
 * partial, and no temporary file may outlive the run that made it (a
 * SIGKILLed run's is removed by the next write in the folder).
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import fsPromises from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import type {PublishDiagnosticsParams} from 'vscode-languageserver-protocol'
import type {Io} from '../../src/commands/types.js'
import {fixCommand} from '../../src/commands/fix.js'
import {parseFlags} from '../../src/flags.js'
import {faultVariable, readSnapshot, writeIfUnchanged, WriteError} from '../../src/write-file.js'
import {cli, root, runCli} from '../helpers/cli.js'

const timeout = {timeout: 60_000}
const original = 'Officials said 1oo people were evacuated on Friday , and the the river kept rising.\n'
const fixed = 'Officials said 100 people were evacuated on Friday, and the river kept rising.\n'
const folders: string[] = []

afterAll(function () {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
})

function folderWith(files: Record<string, string | Buffer>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-faults-'))
  folders.push(folder)
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), content)
  return folder
}

function collect(): {stream: PassThrough; text: () => string} {
  const stream = new PassThrough()
  let text = ''
  stream.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
  return {stream, text: () => text}
}

async function runFix(args: string[], cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = collect()
  const stderr = collect()
  const io: Io = {stdout: stdout.stream, stderr: stderr.stream, stdin: new PassThrough(), env: {}, cwd}
  const {values, positionals} = parseFlags(['--write', ...args], fixCommand.flags)
  const code = await fixCommand.run(values, positionals, io)
  return {code, stdout: stdout.text(), stderr: stderr.text()}
}

const temporaries = (folder: string) => fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))

describe('fix --write stopped at any point', function () {
  const steps = ['created', 'writing', 'written', 'synced', 'renamed'] as const

  for (const step of steps) {
    it(`killed (SIGKILL) after the temporary file is ${step}: whole or wholly replaced; the next run clears up`, timeout, async function () {
      const folder = folderWith({'story.txt': original, 'other.txt': 'About 2oo homes.\n'})
      const killed = await runCli(['fix', '--write', 'story.txt'], {cwd: folder, env: {[faultVariable]: step}})
      expect(killed.code).toBeNull()
      const content = fs.readFileSync(path.join(folder, 'story.txt'), 'utf8')
      expect(content).toBe(step === 'renamed' ? fixed : original)
      // Nothing can clean up after SIGKILL: before the rename, the temporary file stays behind, whole or not.
      expect(temporaries(folder).length).toBe(step === 'renamed' ? 0 : 1)
      const next = await runCli(['fix', '--write', 'story.txt', 'other.txt'], {cwd: folder})
      expect(next.code).toBe(0)
      expect(fs.readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe(fixed)
      expect(fs.readdirSync(folder).sort()).toEqual(['other.txt', 'story.txt'])
    })
  }

  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130], ['SIGHUP', 129]] as const) {
    it(`stopped by ${signal} at every step before the rename: the original whole, no temporary file`, timeout, async function () {
      for (const step of steps.slice(0, -1)) {
        const folder = folderWith({'story.txt': original})
        const stopped = await runCli(['fix', '--write', 'story.txt'], {cwd: folder, env: {[faultVariable]: `${step}:${signal}`}})
        // The shell's convention: 128 + the signal number (node re-raises the signal; the exit code reports it).
        expect(stopped.code === null || stopped.code === code).toBe(true)
        expect(fs.readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe(original)
        expect(fs.readdirSync(folder)).toEqual(['story.txt'])
      }
    })
  }

  it('leaves another live process its temporary file', timeout, async function () {
    const folder = folderWith({'story.txt': original})
    // Our own parent process is alive: a temporary file in its name is someone's write under way.
    const live = `.story.txt.copydesk-${process.pid}-0123abcd.tmp`
    fs.writeFileSync(path.join(folder, live), 'half a')
    const gone = `.story.txt.copydesk-999999999-0123abcd.tmp`
    fs.writeFileSync(path.join(folder, gone), 'half a')
    const result = await runCli(['fix', '--write', 'story.txt'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(fs.readdirSync(folder).sort()).toEqual([live, 'story.txt'])
  })
})

describe('fix --write when the disk is full or the rename fails', function () {
  afterEach(function () {
    vi.restoreAllMocks()
  })

  function noSpace(): NodeJS.ErrnoException {
    return Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC', syscall: 'write'})
  }

  it('reports a full disk (ENOSPC half-way through the temporary file), keeps the original and removes the temporary file', async function () {
    const folder = folderWith({'story.txt': original, 'other.txt': 'About 2oo homes.\n'})
    const open = fsPromises.open
    vi.spyOn(fsPromises, 'open').mockImplementation(async function (file, flags, mode) {
      const handle = await open(file, flags, mode)
      if (String(file).includes('.story.txt.copydesk-')) {
        handle.writeFile = async function (data: string | Uint8Array) {
          await handle.write(Buffer.from(data).subarray(0, 10))
          throw noSpace()
        }
      }
      return handle
    })
    const [story, other] = [path.join(folder, 'story.txt'), path.join(folder, 'other.txt')]
    const result = await runFix([story, other], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`copydesk: ${story}: no space left on the device; not written\n`)
    expect(result.stdout).toBe('fixed other.txt: 1 fix\n')
    expect(fs.readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe(original)
    expect(fs.readFileSync(path.join(folder, 'other.txt'), 'utf8')).toBe('About 200 homes.\n')
    expect(temporaries(folder)).toEqual([])
  })

  it('reports a failing rename (a read-only file system) and removes the temporary file', async function () {
    const folder = folderWith({'story.txt': original})
    vi.spyOn(fsPromises, 'rename').mockRejectedValue(Object.assign(new Error('EROFS: read-only file system, rename'), {code: 'EROFS'}))
    const snapshot = await readSnapshot(path.join(folder, 'story.txt'))
    await expect(writeIfUnchanged(snapshot, Buffer.from(fixed))).rejects.toThrow(new WriteError(snapshot.path, 'read-only file system; not written'))
    expect(fs.readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe(original)
    expect(temporaries(folder)).toEqual([])
  })

  it('fills a real 16 KB disk: the original stays whole (when this user may mount a tmpfs)', timeout, async function (context) {
    const mount = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-tmpfs-'))
    folders.push(mount)
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', mount]).status === 0
    if (!mounted) context.skip()
    try {
      const text = original.repeat(110)
      fs.writeFileSync(path.join(mount, 'story.txt'), text)
      const result = await runCli(['fix', '--write', 'story.txt'], {cwd: mount})
      expect(result.code).toBe(2)
      expect(result.stderr).toBe('copydesk: story.txt: no space left on the device; not written\n')
      expect(fs.readFileSync(path.join(mount, 'story.txt'), 'utf8')).toBe(text)
      expect(fs.readdirSync(mount)).toEqual(['story.txt'])
    } finally {
      spawnSync('umount', [mount])
    }
  })
})

describe('output to a closed pipe', function () {
  let folder: string

  beforeAll(function () {
    const news = path.join(root, 'tests/corpus/news')
    const files: Record<string, string> = {}
    const names = fs.readdirSync(news).filter((name) => name.endsWith('.txt')).sort()
    for (let index = 0; index < 120; index++) files[`story-${String(index).padStart(3, '0')}.txt`] = fs.readFileSync(path.join(news, names[index % names.length]), 'utf8') + 'About 1oo people.\n'
    folder = folderWith(files)
  })

  /** Run the CLI into `head -1` through a real pipe (a shell's); the CLI's exit code and stderr, and what head printed. */
  function intoHead(args: string[]): Promise<{code: number; stderr: string; first: string}> {
    const err = path.join(folder, '..', `${path.basename(folder)}.err`)
    const status = path.join(folder, '..', `${path.basename(folder)}.status`)
    folders.push(err, status)
    const quoted = [process.execPath, cli, ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ')
    const script = `{ ${quoted} 2>'${err}'; echo $? >'${status}'; } | head -1`
    return new Promise(function (resolve, reject) {
      const shell = spawn('sh', ['-c', script], {cwd: folder, env: {...process.env, NO_COLOR: '1'}})
      let first = ''
      shell.stdout.setEncoding('utf8').on('data', (chunk: string) => (first += chunk))
      shell.on('error', reject)
      shell.on('close', () => resolve({code: Number(fs.readFileSync(status, 'utf8')), stderr: fs.readFileSync(err, 'utf8'), first}))
    })
  }

  for (const args of [['.'], ['--format', 'json', '.'], ['fix', '.']]) {
    it(`exits quietly: copydesk ${args.join(' ')} | head -1`, timeout, async function () {
      const result = await intoHead(args)
      expect(result.first.split('\n').filter(Boolean).length).toBe(1)
      expect(result.stderr).toBe('')
      // The run's own exit code (0 or 1), not a crash (an EPIPE error would exit 1 with a stack on stderr, a signal 141).
      expect([0, 1]).toContain(result.code)
    })
  }
})

describe('the language server under faults', function () {
  let child: ReturnType<typeof spawn>
  let connection: MessageConnection
  let workspace: string
  const published: PublishDiagnosticsParams[] = []

  beforeAll(async function () {
    workspace = folderWith({})
    child = spawn(process.execPath, [cli, 'lsp', '--stdio'], {cwd: workspace})
    connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => published.push(params))
    connection.onNotification('window/logMessage', () => undefined)
    connection.listen()
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {}})
    void connection.sendNotification('initialized', {})
  }, 60_000)

  afterAll(function () {
    connection?.dispose()
    if (child && child.exitCode === null) child.kill()
  })

  async function diagnostics(uri: string, test: (found: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    for (let waited = 0; waited < 40_000; waited += 50) {
      const found = published.filter((entry) => entry.uri === uri).find(test)
      if (found) return found
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`no diagnostics for ${uri}`)
  }

  function open(name: string, text: string): string {
    const uri = pathToFileURL(path.join(workspace, name)).href
    void connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    return uri
  }

  async function stillServes(): Promise<void> {
    const uri = open(`alive-${published.length}.txt`, 'About 3oo people.')
    await diagnostics(uri, (found) => found.diagnostics.some((diagnostic) => diagnostic.code === 'digit-letter'))
  }

  it('drops junk between messages and a frame with a bad or short Content-Length, then goes on', timeout, async function () {
    child.stdin!.write('garbage that is not a header\r\n\r\n')
    child.stdin!.write('Content-Length: abc\r\n\r\n{}')
    child.stdin!.write('Content-Length: 5\r\n\r\n{"jsonrpc":"2.0","method":"initialized","params":{}}')
    await stillServes()
    expect(child.exitCode).toBeNull()
  })

  it('survives edits outside the document, edits to a document never opened, and malformed requests', timeout, async function () {
    const uri = open('edited.txt', 'About 1oo people.')
    await diagnostics(uri, (found) => found.diagnostics.length > 0)
    void connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{range: {start: {line: 90, character: 5}, end: {line: -1, character: -4}}, text: ' 2oo'}]
    })
    void connection.sendNotification('textDocument/didChange', {textDocument: {uri: 'file:///nowhere/never-opened.txt', version: 2}, contentChanges: [{text: 'x'}]})
    // Answered (with an error or nothing to do), never a crash.
    for (const params of [null, {textDocument: {uri: 42}, range: 'everywhere', context: {}}, {textDocument: {}, context: {diagnostics: 'none'}}]) {
      await connection.sendRequest('textDocument/codeAction', params).catch(() => 'rejected')
    }
    await stillServes()
    expect(child.exitCode).toBeNull()
  })

  it('lints hostile documents and clears one closed mid-lint', timeout, async function () {
    const hostile = open('hostile.txt', ','.repeat(100_000) + '\n' + '👩‍👩‍👧‍👦 e\u0301 \ud800 '.repeat(5_000) + '\nAbout 1oo people.')
    const found = await diagnostics(hostile, (entry) => entry.diagnostics.some((diagnostic) => diagnostic.code === 'digit-letter'))
    expect(found.diagnostics.find((diagnostic) => diagnostic.code === 'digit-letter')!.range.start).toEqual({line: 2, character: 6})
    // Long enough to be linted in sections: its lint is still running when the close arrives.
    const big = open('big.txt', 'About 1oo people were evacuated from the valley on Friday.\n'.repeat(8_000))
    await new Promise((resolve) => setTimeout(resolve, 20))
    void connection.sendNotification('textDocument/didClose', {textDocument: {uri: big}})
    await diagnostics(big, (entry) => entry.diagnostics.length === 0)
    await stillServes()
    const forBig = published.filter((entry) => entry.uri === big)
    expect(forBig[forBig.length - 1].diagnostics).toEqual([])
    expect(child.exitCode).toBeNull()
  })
})
