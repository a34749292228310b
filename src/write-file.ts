/**
 * Writing a file in place, safely: the new bytes go to a temporary file in
 * the same folder (same mode), are flushed to disk, and the temporary file is
 * renamed over the original, so a reader never sees half a file. The write is
 * refused, leaving the file untouched, when the file changed since it was read.
 *
 * No temporary file outlives its run: it is removed when the write fails, and
 * on SIGINT, SIGTERM or SIGHUP while a write is under way. Only a crash that
 * cannot be caught (SIGKILL, power loss) leaves one; the next write in that
 * folder removes it (`.NAME.copydesk-PID-XXXXXXXX.tmp` of a process that is gone).
 */
import {randomBytes} from 'node:crypto'
import {rmSync} from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import {describeIoError} from './load.js'

/** A file as it was read: what `writeIfUnchanged` compares against. */
export interface Snapshot {
  /** The path as given. */
  path: string
  /** The real path (symbolic links resolved): the file that is replaced. */
  target: string
  bytes: Buffer
  /** Permission bits. */
  mode: number
  size: number
  mtimeMs: number
}

/** The write was refused or failed; the original file is untouched (exit 2). */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string
  ) {
    super(`${path}: ${problem}`)
    this.name = 'WriteError'
  }
}

export interface WriteOptions {
  /** Called after the temporary file is written, before the check and the rename (tests simulate a concurrent edit here). */
  beforeCommit?: () => void | Promise<void>
}

/** Read a file and remember what it looked like. */
export async function readSnapshot(file: string): Promise<Snapshot> {
  const target = await fs.realpath(file)
  const handle = await fs.open(target, 'r')
  try {
    const stat = await handle.stat()
    const bytes = await handle.readFile()
    return {path: file, target, bytes, mode: stat.mode & 0o7777, size: stat.size, mtimeMs: stat.mtimeMs}
  } finally {
    await handle.close()
  }
}

/** True when the file on disk still has the snapshot's size and bytes. */
export async function unchanged(snapshot: Snapshot): Promise<boolean> {
  let stat
  try {
    stat = await fs.stat(snapshot.target)
  } catch {
    return false
  }
  if (stat.size !== snapshot.size) return false
  // Same size and time: compare the bytes anyway (a same-size edit within the clock's resolution).
  const bytes = await fs.readFile(snapshot.target)
  return bytes.equals(snapshot.bytes)
}

/**
 * Replace the file with `bytes` atomically, keeping its mode. Throws a
 * `WriteError` (and leaves the file as it is) when it changed since `snapshot`
 * was taken or cannot be written.
 */
export async function writeIfUnchanged(snapshot: Snapshot, bytes: Uint8Array, options: WriteOptions = {}): Promise<void> {
  const folder = path.dirname(snapshot.target)
  try {
    await fs.access(snapshot.target, fs.constants.W_OK)
  } catch (error) {
    throw new WriteError(snapshot.path, `${describeIoError(error)}; not written`)
  }
  await removeStaleTemporaries(folder)
  const temporary = path.join(folder, `.${path.basename(snapshot.target)}.copydesk-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  let handle
  try {
    handle = await fs.open(temporary, 'wx', snapshot.mode)
  } catch (error) {
    throw new WriteError(snapshot.path, `cannot create a temporary file in ${folder} (${describeIoError(error)}); not written`)
  }
  track(temporary)
  let renamed = false
  try {
    await fault('created')
    if (process.env[faultVariable]?.split(':')[0] === 'writing') {
      await handle.write(bytes.subarray(0, bytes.length >> 1))
      await fault('writing')
    }
    await handle.writeFile(bytes)
    await fault('written')
    // The umask may have narrowed the mode given to open.
    await handle.chmod(snapshot.mode)
    await handle.sync()
    await handle.close()
    handle = undefined
    await fault('synced')
    await options.beforeCommit?.()
    if (!(await unchanged(snapshot))) {
      throw new WriteError(snapshot.path, 'changed on disk since it was read; not written (run the command again)')
    }
    await fs.rename(temporary, snapshot.target)
    renamed = true
    await fault('renamed')
    await syncFolder(folder)
  } catch (error) {
    if (error instanceof WriteError) throw error
    throw new WriteError(snapshot.path, `${describeIoError(error)}; not written`)
  } finally {
    await handle?.close().catch(() => undefined)
    if (!renamed) await fs.rm(temporary, {force: true}).catch(() => undefined)
    untrack(temporary)
  }
}

/** The temporary files of writes under way, removed if the process is told to stop. */
const underWay = new Set<string>()
const stopSignals: ReadonlyArray<NodeJS.Signals> = ['SIGINT', 'SIGTERM', 'SIGHUP']

function track(temporary: string): void {
  if (underWay.size === 0) for (const signal of stopSignals) process.on(signal, stopped)
  underWay.add(temporary)
}

function untrack(temporary: string): void {
  underWay.delete(temporary)
  if (underWay.size === 0) for (const signal of stopSignals) process.off(signal, stopped)
}

/** Remove the temporary files, then stop as the signal would have stopped the process. */
function stopped(signal: NodeJS.Signals): void {
  for (const temporary of underWay) rmSync(temporary, {force: true})
  underWay.clear()
  for (const other of stopSignals) process.off(other, stopped)
  process.kill(process.pid, signal)
}

const temporaryName = /^\..+\.copydesk-(\d+)-[0-9a-f]{8}\.tmp$/
/** Folders already swept in this process. */
const swept = new Set<string>()

/** Remove temporary files that a process which is gone (killed mid-write) left in `folder`; once per folder per process. */
async function removeStaleTemporaries(folder: string): Promise<void> {
  if (swept.has(folder)) return
  swept.add(folder)
  let names: string[]
  try {
    names = await fs.readdir(folder)
  } catch {
    return
  }
  for (const name of names) {
    const pid = Number(temporaryName.exec(name)?.[1])
    if (!pid || (pid !== process.pid && isRunning(pid))) continue
    const file = path.join(folder, name)
    if (!underWay.has(file)) await fs.rm(file, {force: true}).catch(() => undefined)
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * For tests only: `COPYDESK_TEST_FAULT=<step>[:<signal>]` stops this process
 * (SIGKILL by default) at that step of a write, to prove that a crash at any
 * point leaves the original file whole or wholly replaced. Steps: created,
 * writing (half the bytes written), written, synced, renamed.
 */
export const faultVariable = 'COPYDESK_TEST_FAULT'

async function fault(step: string): Promise<void> {
  const setting = process.env[faultVariable]
  if (!setting) return
  const [at, signal = 'SIGKILL'] = setting.split(':')
  if (at !== step) return
  process.kill(process.pid, signal)
  // The signal is handled on a later turn of the event loop: go no further, and stay alive, until it is.
  await new Promise(() => setInterval(() => undefined, 1000))
}

/** Flush the folder entry so the rename survives a crash; not every platform allows it. */
async function syncFolder(folder: string): Promise<void> {
  let handle
  try {
    handle = await fs.open(folder, 'r')
    await handle.sync()
  } catch {
    // Folders cannot be opened or synced on some platforms (Windows); the rename is done anyway.
  } finally {
    await handle?.close()
  }
}
