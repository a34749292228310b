/**
 * Plain-text parsing: one paragraph per line.
 *
 * retext-english treats a single line break as white space inside a
 * paragraph, so a headline, a standfirst and the first body paragraph of a
 * plain-text article would become one long "sentence". Articles are written
 * one paragraph per line, so each line is parsed on its own and the positions
 * are shifted back into the whole document.
 *
 * A very long paragraph (a 1 MB line, 100,000 repeated marks) is tokenized in
 * chunks of at most `chunkLength` characters, cut after a sentence where
 * possible: parse-latin's tree plugins spread whole child lists into calls
 * (a stack overflow past ~100,000 tokens) and splice inside them, so chunks
 * keep the parser's stack bounded and its time linear in the length.
 */
import type {Nodes, Paragraph, Root, RootContent} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import type {Processor} from 'unified'

const lineBreak = /\r\n|\r|\n/g

/** The most characters tokenized as one piece; longer paragraphs are cut (see `chunkEnds`). */
export const chunkLength = 8192

export class LineParser extends ParseEnglish {
  override tokenizeParagraph(value: string | null | undefined): Paragraph {
    const text = value ?? ''
    if (text.length <= chunkLength || /[\r\n]/.test(text)) return super.tokenizeParagraph(text)
    const children: Paragraph['children'] = []
    let from = 0
    for (const to of chunkEnds(text)) {
      for (const child of super.tokenizeParagraph(text.slice(from, to)).children) {
        shift(child, 0, from)
        children.push(child)
      }
      from = to
    }
    return {
      type: 'ParagraphNode',
      children,
      position: {start: children[0].position!.start, end: children[children.length - 1].position!.end}
    }
  }

  override tokenizeRoot(value: string | null | undefined): Root {
    const text = value ?? ''
    const children: RootContent[] = []
    let line = 0
    let from = 0
    lineBreak.lastIndex = 0
    for (;;) {
      const match = lineBreak.exec(text)
      const to = match ? match.index : text.length
      if (to > from) {
        const part = super.tokenizeRoot(text.slice(from, to))
        for (const child of part.children) {
          shift(child, line, from)
          children.push(child)
        }
      }
      if (!match) break
      const start = {line: line + 1, column: to - from + 1, offset: to}
      line++
      from = to + match[0].length
      children.push({
        type: 'WhiteSpaceNode',
        value: match[0],
        position: {start, end: {line: line + 1, column: 1, offset: from}}
      })
    }
    const root: Root = {type: 'RootNode', children}
    if (text.length > 0) {
      root.position = {
        start: {line: 1, column: 1, offset: 0},
        end: children.length > 0 ? children[children.length - 1].position!.end : {line: 1, column: 1, offset: 0}
      }
    }
    return root
  }
}

/**
 * Move a subtree parsed from one line (or one chunk of a line) to its place in
 * the document: `line` lines down and `offset` characters on; a chunk (line 0)
 * also moves `offset` columns right. New objects: parse-latin shares positions.
 */
function shift(node: Nodes, line: number, offset: number): void {
  if (node.position) {
    node.position = {start: move(node.position.start), end: move(node.position.end)}
  }
  if ('children' in node) {
    for (const child of node.children) shift(child as Nodes, line, offset)
  }
  function move(point: Point): Point {
    return {line: point.line + line, column: point.column + (line === 0 ? offset : 0), offset: (point.offset ?? 0) + offset}
  }
}

/**
 * Where to cut a long paragraph (without line breaks) into chunks: after a
 * sentence (a terminal mark, closing marks, white space) in the second half of
 * the chunk, else after its last white space, else at a character boundary that
 * splits no surrogate pair, combining mark or joined emoji.
 */
export function chunkEnds(text: string): number[] {
  const ends: number[] = []
  let from = 0
  while (text.length - from > chunkLength) {
    from = cutWithin(text, from, from + chunkLength)
    ends.push(from)
  }
  ends.push(text.length)
  return ends
}

/**
 * Where to cut `text` in `(from, limit]`: after a sentence in the second half,
 * else after the last white space, else at a safe character boundary.
 */
export function cutWithin(text: string, from: number, limit: number): number {
  return (
    lastEnd(text, from + Math.floor((limit - from) / 2), limit, /[.!?…]["'”’)\]]*\s+/g) ??
    lastEnd(text, from + 1, limit, /\s+/g) ??
    safeCut(text, from, limit)
  )
}

/** Where the last match of `pattern` in `text[from, to)` ends, if there is one. */
function lastEnd(text: string, from: number, to: number, pattern: RegExp): number | undefined {
  let end: number | undefined
  for (const match of text.slice(from, to).matchAll(pattern)) end = from + match.index + match[0].length
  return end
}

/** The last offset in `(from, limit]` that does not split a character (the limit if every one would). */
function safeCut(text: string, from: number, limit: number): number {
  for (let cut = limit; cut > from + 1; cut--) if (!joinsPrevious(text, cut)) return cut
  return lowSurrogate(text.charCodeAt(limit)) ? limit - 1 : limit
}

function joinsPrevious(text: string, at: number): boolean {
  return lowSurrogate(text.charCodeAt(at)) || text.charCodeAt(at - 1) === 0x200d || /^[\p{M}\p{Emoji_Modifier}\u200d]/u.test(text.slice(at, at + 2))
}

function lowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** unified plugin: parse plain text with one paragraph per line. */
export function parsePlainText(this: Processor): void {
  this.parser = function (document: string): Root {
    return new LineParser().parse(document)
  }
}
