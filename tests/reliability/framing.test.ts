/**
 * The language server's frame filter (src/lsp/framing.ts): valid frames pass
 * through unchanged however they are cut into chunks; junk is dropped up to
 * the next Content-Length header.
 */
import {describe, expect, it} from 'vitest'
import {FrameFilter} from '../../src/lsp/framing.js'

function frame(body: string, headers = ''): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`
}

async function through(chunks: ReadonlyArray<string | Buffer>): Promise<string> {
  const filter = new FrameFilter()
  const out: Buffer[] = []
  filter.on('data', (chunk: Buffer) => out.push(chunk))
  const ended = new Promise((resolve) => filter.on('end', resolve))
  for (const chunk of chunks) filter.write(chunk)
  filter.end()
  await ended
  return Buffer.concat(out).toString('utf8')
}

const messages = [
  frame('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}'),
  frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"Zoë said “1oo” 👩‍👩‍👧"}}', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n'),
  frame('{}')
]

describe('the language server frame filter', function () {
  it('passes valid frames through unchanged, in one chunk or one byte at a time', async function () {
    const all = messages.join('')
    expect(await through([all])).toBe(all)
    const bytes = Buffer.from(all)
    expect(await through([...bytes].map((byte) => Buffer.from([byte])))).toBe(all)
    for (const size of [2, 3, 7, 19]) {
      const chunks: Buffer[] = []
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size))
      expect(await through(chunks)).toBe(all)
    }
  })

  it('drops junk, a header without a numeric length and the rest of a short body, then resumes', async function () {
    const [first, second, third] = messages
    expect(await through(['garbage\r\n\r\n', first])).toBe(first)
    expect(await through(['Content-Length: abc\r\n\r\n{}', second])).toBe(second)
    // Declared 5 bytes, sent more: the 5 pass (the reader reports a parse error), the rest is dropped.
    expect(await through(['Content-Length: 5\r\n\r\n{"jsonrpc":"2.0"}', third])).toBe('Content-Length: 5\r\n\r\n{"jso' + third)
    expect(await through(['x'.repeat(20_000), first])).toBe(first)
  })
})
