import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {describe, expect, it, vi} from 'vitest'
import type {Io} from '../src/commands/types.js'
import {readSnapshot, writeIfUnchanged, WriteError, type WriteOptions} from '../src/write-file.js'

/** Set by a test: runs between writing the temporary file and renaming it (a concurrent edit). */
let concurrentEdit: (() => void) | undefined

vi.mock('../src/write-file.js', async function (importOriginal) {
  const original = await importOriginal<typeof import('../src/write-file.js')>()
  return {
    ...original,
    writeIfUnchanged: (snapshot: Parameters<typeof original.writeIfUnchanged>[0], bytes: Uint8Array, options: WriteOptions = {}) =>
      original.writeIfUnchanged(snapshot, bytes, {beforeCommit: concurrentEdit, ...options})
  }
})

const {fixCommand} = await import('../src/commands/fix.js')
const {parseFlags} = await import('../src/flags.js')

function temporaryFile(content: string | Buffer, mode = 0o644): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-write-'))
  const file = path.join(folder, 'story.txt')
  fs.writeFileSync(file, content)
  fs.chmodSync(file, mode)
  return file
}

function collect(): {stream: PassThrough; text: () => string} {
  const stream = new PassThrough()
  let text = ''
  stream.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
  return {stream, text: () => text}
}

describe('writeIfUnchanged', function () {
  it('replaces the file by renaming a temporary file over it, keeping its mode', async function () {
    const file = temporaryFile('About 1oo people.\n', 0o600)
    const snapshot = await readSnapshot(file)
    const inodeBefore = fs.statSync(file).ino
    let seen: string[] = []
    await writeIfUnchanged(snapshot, Buffer.from('About 100 people.\n'), {
      beforeCommit() {
        // The new text sits in a temporary file next to the original, which is still intact.
        seen = fs.readdirSync(path.dirname(file))
        expect(fs.readFileSync(file, 'utf8')).toBe('About 1oo people.\n')
      }
    })
    expect(seen).toHaveLength(2)
    expect(seen.find((name) => name !== 'story.txt')).toMatch(/^\.story\.txt\.copydesk-\d+-[0-9a-f]+\.tmp$/)
    expect(fs.readFileSync(file, 'utf8')).toBe('About 100 people.\n')
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(fs.statSync(file).ino).not.toBe(inodeBefore)
    expect(fs.readdirSync(path.dirname(file))).toEqual(['story.txt'])
  })

  it('refuses when the file changed between read and write, leaving it untouched', async function () {
    const file = temporaryFile('About 1oo people.\n')
    const snapshot = await readSnapshot(file)
    const write = writeIfUnchanged(snapshot, Buffer.from('About 100 people.\n'), {
      beforeCommit() {
        fs.writeFileSync(file, 'About 1oo people, said an editor.\n')
      }
    })
    await expect(write).rejects.toThrow(WriteError)
    await expect(write).rejects.toThrow(/story\.txt: changed on disk since it was read; not written/)
    expect(fs.readFileSync(file, 'utf8')).toBe('About 1oo people, said an editor.\n')
    expect(fs.readdirSync(path.dirname(file))).toEqual(['story.txt'])
  })

  it('refuses a same-size edit too (bytes are compared, not only size and time)', async function () {
    const file = temporaryFile('About 1oo people.\n')
    const snapshot = await readSnapshot(file)
    const write = writeIfUnchanged(snapshot, Buffer.from('About 100 people.\n'), {
      beforeCommit() {
        const stat = fs.statSync(file)
        fs.writeFileSync(file, 'About 2oo people.\n')
        fs.utimesSync(file, stat.atime, stat.mtime)
      }
    })
    await expect(write).rejects.toThrow(/changed on disk/)
    expect(fs.readFileSync(file, 'utf8')).toBe('About 2oo people.\n')
  })

  it('refuses when the file was deleted meanwhile', async function () {
    const file = temporaryFile('About 1oo people.\n')
    const snapshot = await readSnapshot(file)
    await expect(
      writeIfUnchanged(snapshot, Buffer.from('x'), {
        beforeCommit() {
          fs.rmSync(file)
        }
      })
    ).rejects.toThrow(/changed on disk/)
    expect(fs.existsSync(file)).toBe(false)
    expect(fs.readdirSync(path.dirname(file))).toEqual([])
  })

  it('refuses a read-only file', async function () {
    if (process.getuid?.() === 0) return // root may write anything
    const file = temporaryFile('About 1oo people.\n', 0o444)
    const snapshot = await readSnapshot(file)
    await expect(writeIfUnchanged(snapshot, Buffer.from('About 100 people.\n'))).rejects.toThrow(/permission denied; not written/)
    expect(fs.readFileSync(file, 'utf8')).toBe('About 1oo people.\n')
  })

  it('writes through a symbolic link to the real file', async function () {
    const file = temporaryFile('About 1oo people.\n')
    const link = path.join(path.dirname(file), 'link.txt')
    fs.symlinkSync(file, link)
    await writeIfUnchanged(await readSnapshot(link), Buffer.from('About 100 people.\n'))
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(file, 'utf8')).toBe('About 100 people.\n')
  })
})

describe('copydesk fix --write with a concurrent edit', function () {
  it('exits 2 with one line and leaves the edited file as the other writer left it', {timeout: 60_000}, async function () {
    const file = temporaryFile('Officials said 1oo people were evacuated.\n')
    concurrentEdit = () => fs.writeFileSync(file, 'Officials said 1oo people were evacuated on Friday.\n')
    try {
      const stdout = collect()
      const stderr = collect()
      const io: Io = {stdout: stdout.stream, stderr: stderr.stream, stdin: new PassThrough(), env: {}, cwd: path.dirname(file)}
      const {values, positionals} = parseFlags(['--write', file], fixCommand.flags)
      const code = await fixCommand.run(values, positionals, io)
      expect(code).toBe(2)
      expect(stderr.text()).toBe(`copydesk: ${file}: changed on disk since it was read; not written (run the command again)\n`)
      expect(fs.readFileSync(file, 'utf8')).toBe('Officials said 1oo people were evacuated on Friday.\n')
      expect(fs.readdirSync(path.dirname(file))).toEqual(['story.txt'])
    } finally {
      concurrentEdit = undefined
    }
  })
})
