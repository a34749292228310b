/**
 * Reading files and stdin into VFiles: encoding (UTF-8, UTF-16 with a BOM),
 * BOM removal (remembered in `file.data.bom` so writers can restore it) and
 * binary detection. Errors are `LoadError`s with a one-line message.
 */
import fs from 'node:fs/promises'
import {VFile} from 'vfile'

export type Encoding = 'utf8' | 'utf16le' | 'utf16be'

declare module 'vfile' {
  interface DataMap {
    /** The file started with a byte order mark (removed from `value`). */
    bom: boolean
    /** How the file was encoded on disk. */
    encoding: Encoding
  }
}

/** A problem with one input: the message names the file and the problem. */
export class LoadError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
    /** `skip`: go on with the other files (binary input); `fail`: an I/O error (exit 2). */
    readonly kind: 'skip' | 'fail' = 'fail'
  ) {
    super(`${path}: ${problem}`)
    this.name = 'LoadError'
  }
}

/** Decode bytes read from `path` into a VFile. */
export function decode(bytes: Uint8Array, path: string): VFile {
  let encoding: Encoding = 'utf8'
  let bom = false
  let body = bytes
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true
    body = bytes.subarray(3)
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    bom = true
    encoding = 'utf16le'
    body = bytes.subarray(2)
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    bom = true
    encoding = 'utf16be'
    body = bytes.subarray(2)
  }
  let value: string
  if (encoding === 'utf8') {
    if (looksBinary(body)) throw new LoadError(path, 'binary file (it contains NUL bytes; UTF-16 text needs a byte order mark); skipped', 'skip')
    try {
      value = new TextDecoder('utf-8', {fatal: true}).decode(body)
    } catch {
      const offset = firstInvalidUtf8(body) + (bom ? 3 : 0)
      throw new LoadError(path, `invalid UTF-8 at byte ${offset}; save the file as UTF-8`)
    }
  } else {
    // Strict: a lone surrogate or an odd last byte would be decoded as U+FFFD and written back changed.
    const swapped = encoding === 'utf16be' ? swapBytes(body) : body
    const offset = body.length % 2 === 1 ? body.length - 1 : firstInvalidUtf16(swapped)
    if (offset !== undefined) {
      const name = encoding === 'utf16be' ? 'UTF-16 BE' : 'UTF-16 LE'
      throw new LoadError(path, `invalid ${name} at byte ${offset + 2} (${body.length % 2 === 1 ? 'an odd number of bytes' : 'a lone surrogate'}); save the file as UTF-8`)
    }
    value = new TextDecoder('utf-16le').decode(swapped)
  }
  const file = new VFile({path, value})
  file.data.bom = bom
  file.data.encoding = encoding
  return file
}

/** Read a file from disk into a VFile (see `decode`). */
export async function readFile(path: string): Promise<VFile> {
  let bytes: Uint8Array
  try {
    bytes = await fs.readFile(path)
  } catch (error) {
    throw new LoadError(path, describeIoError(error))
  }
  return decode(bytes, path)
}

/** Read all of stdin into a VFile named `path`. */
export async function readStdin(path: string, stream: NodeJS.ReadableStream = process.stdin): Promise<VFile> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return decode(Buffer.concat(chunks), path)
}

/** Encode text for writing back in the file's own encoding and BOM. */
export function encode(file: VFile, text: string): Buffer {
  const encoding = file.data.encoding ?? 'utf8'
  if (encoding === 'utf8') return Buffer.from((file.data.bom ? '\ufeff' : '') + text, 'utf8')
  const little = Buffer.from((file.data.bom ? '\ufeff' : '') + text, 'utf16le')
  return encoding === 'utf16be' ? Buffer.from(swapBytes(little)) : little
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory, expected a file'
    case 'ENOSPC':
      return 'no space left on the device'
    case 'EDQUOT':
      return 'disk quota exceeded'
    case 'EROFS':
      return 'read-only file system'
    default:
      return (error as Error).message.replace(/^[A-Z]+: /, '')
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0)
}

function swapBytes(bytes: Uint8Array): Uint8Array {
  const result = new Uint8Array(bytes.length - (bytes.length % 2))
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    result[index] = bytes[index + 1]
    result[index + 1] = bytes[index]
  }
  return result
}

/** Byte offset of the first unpaired surrogate in UTF-16 LE bytes (an even number of them), if any. */
export function firstInvalidUtf16(bytes: Uint8Array): number | undefined {
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    const unit = bytes[index] | (bytes[index + 1] << 8)
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = index + 3 < bytes.length ? bytes[index + 2] | (bytes[index + 3] << 8) : -1
      if (next < 0xdc00 || next > 0xdfff) return index
      index += 2
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return index
    }
  }
  return undefined
}

/** Byte offset of the first invalid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    let length = 0
    if (byte < 0x80) length = 1
    else if (byte >= 0xc2 && byte <= 0xdf) length = 2
    else if (byte >= 0xe0 && byte <= 0xef) length = 3
    else if (byte >= 0xf0 && byte <= 0xf4) length = 4
    else return index
    if (length > 1) {
      const slice = bytes.subarray(index, index + length)
      if (slice.length < length) return index
      try {
        new TextDecoder('utf-8', {fatal: true}).decode(slice)
      } catch {
        return index
      }
    }
    index += length
  }
  /* v8 ignore next -- only called after TextDecoder rejected the bytes */
  return index
}
