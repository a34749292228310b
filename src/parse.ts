/**
 * Plain-text parsing: one paragraph per line.
 *
 * retext-english treats a single line break as white space inside a
 * paragraph, so a headline, a standfirst and the first body paragraph of a
 * plain-text article would become one long "sentence". Articles are written
 * one paragraph per line, so each line is parsed on its own and the positions
 * are shifted back into the whole document.
 */
import type {Nodes, Root, RootContent} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import type {Processor} from 'unified'

const lineBreak = /\r\n|\r|\n/g

export class LineParser extends ParseEnglish {
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

/** Move a subtree parsed from one line to its place in the document (new objects: positions are shared). */
function shift(node: Nodes, line: number, offset: number): void {
  if (node.position) {
    node.position = {start: move(node.position.start), end: move(node.position.end)}
  }
  if ('children' in node) {
    for (const child of node.children) shift(child as Nodes, line, offset)
  }
  function move(point: Point): Point {
    return {line: point.line + line, column: point.column, offset: (point.offset ?? 0) + offset}
  }
}

/** unified plugin: parse plain text with one paragraph per line. */
export function parsePlainText(this: Processor): void {
  this.parser = function (document: string): Root {
    return new LineParser().parse(document)
  }
}
