/**
 * The language server's input, checked frame by frame before vscode-jsonrpc
 * reads it. A frame is a header block (`Content-Length: N`, other `Key: value`
 * lines, a blank line) and N bytes of body; frames pass through unchanged.
 * Bytes that are not a frame (a header without a numeric length, junk between
 * messages, the rest of a body longer than its header said) are dropped up to
 * the next `Content-Length:` header. vscode-jsonrpc's reader never recovers
 * from such bytes on its own: it reads every later header together with the
 * junk before it, so the server stays up but answers nothing.
 */
import {Transform, type TransformCallback} from 'node:stream'

/** A header block longer than this is junk. */
const maximumHeader = 8192
const headerEnd = Buffer.from('\r\n\r\n')
const headerLine = /^[A-Za-z][A-Za-z0-9-]*:[ \t]*[^\r\n]*$/
const lengthHeader = /content-length:/i

export class FrameFilter extends Transform {
  private buffer = Buffer.alloc(0)
  /** Body bytes of the current frame still to pass through. */
  private remaining = 0
  /** Frames dropped or cut short, for tests and logs. */
  dropped = 0

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = Buffer.concat([this.buffer, typeof chunk === 'string' ? Buffer.from(chunk) : chunk])
    this.pump()
    done()
  }

  private pump(): void {
    for (;;) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, this.buffer.length)
        if (take === 0) return
        this.push(this.buffer.subarray(0, take))
        this.buffer = this.buffer.subarray(take)
        this.remaining -= take
        continue
      }
      if (this.buffer.length === 0) return
      const end = this.buffer.indexOf(headerEnd)
      if (end === -1) {
        // Wait for the rest of the header, unless what is there cannot be one.
        if (this.buffer.length > maximumHeader || !couldStartHeader(this.buffer.toString('latin1'))) this.resync()
        else return
        continue
      }
      const length = frameLength(this.buffer.subarray(0, end).toString('latin1'))
      if (length === undefined) {
        this.resync()
        continue
      }
      this.push(this.buffer.subarray(0, end + headerEnd.length))
      this.buffer = this.buffer.subarray(end + headerEnd.length)
      this.remaining = length
    }
  }

  /** Drop bytes up to the next `Content-Length:` after the first byte (keep a tail that may start one). */
  private resync(): void {
    this.dropped++
    const text = this.buffer.toString('latin1')
    const next = text.slice(1).search(lengthHeader)
    if (next !== -1) {
      this.buffer = this.buffer.subarray(next + 1)
      return
    }
    const keep = Math.min(this.buffer.length - 1, 'content-length:'.length - 1)
    this.buffer = this.buffer.subarray(this.buffer.length - keep)
    if (!couldStartHeader(this.buffer.toString('latin1'))) this.buffer = Buffer.alloc(0)
  }
}

/** The body length a header block declares, or undefined when it is not a valid header block. */
function frameLength(block: string): number | undefined {
  let length: number | undefined
  for (const line of block.split('\r\n')) {
    if (!headerLine.test(line)) return undefined
    const [key, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]
    if (key.toLowerCase() === 'content-length') {
      if (!/^\d{1,10}$/.test(value)) return undefined
      length = Number(value)
    }
  }
  return length
}

/** Whether `text` may be the start of a header block (a partial one counts). */
function couldStartHeader(text: string): boolean {
  const lines = text.split('\r\n')
  const last = lines.pop()!
  if (!lines.every((line) => headerLine.test(line))) return false
  return last === '' || last === '\r' || /^[A-Za-z][A-Za-z0-9-]*(?::[^\r\n]*)?\r?$/.test(last)
}
