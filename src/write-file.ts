/**
 * Writing a file in place, safely: the new bytes go to a temporary file in
 * the same folder (same mode), are flushed to disk, and the temporary file is
 * renamed over the original, so a reader never sees half a file. The write is
 * refused, leaving the file untouched, when the file changed since it was read.
 */
import {randomBytes} from 'node:crypto'
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
  const temporary = path.join(folder, `.${path.basename(snapshot.target)}.copydesk-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  let handle
  try {
    handle = await fs.open(temporary, 'wx', snapshot.mode)
  } catch (error) {
    throw new WriteError(snapshot.path, `cannot create a temporary file in ${folder} (${describeIoError(error)}); not written`)
  }
  let renamed = false
  try {
    await handle.writeFile(bytes)
    // The umask may have narrowed the mode given to open.
    await handle.chmod(snapshot.mode)
    await handle.sync()
    await handle.close()
    handle = undefined
    await options.beforeCommit?.()
    if (!(await unchanged(snapshot))) {
      throw new WriteError(snapshot.path, 'changed on disk since it was read; not written (run the command again)')
    }
    await fs.rename(temporary, snapshot.target)
    renamed = true
    await syncFolder(folder)
  } catch (error) {
    if (error instanceof WriteError) throw error
    throw new WriteError(snapshot.path, `${describeIoError(error)}; not written`)
  } finally {
    await handle?.close()
    if (!renamed) await fs.rm(temporary, {force: true})
  }
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
