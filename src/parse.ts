/**
 * Plain-text parsing: one paragraph per line.
 *
 * retext-english treats a single line break as white space inside a
 * paragraph, so a headline, a standfirst and the first body paragraph of a
 * plain-text article would become one long "sentence". Articles are written
 * one paragraph per line, so each line is parsed on its own, its tokens
 * placed at the line's place in the whole document from the start (see
 * `tokenize`): no tree is built at line 1 and then moved.
 *
 * A very long paragraph (a 1 MB line, 100,000 repeated marks) is tokenized in
 * chunks of at most `chunkLength` characters, cut after a sentence where
 * possible: parse-latin's tree plugins spread whole child lists into calls
 * (a stack overflow past ~100,000 tokens) and splice inside them, so chunks
 * keep the parser's stack bounded and its time linear in the length.
 */
import type {Paragraph, Root, RootContent, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import type {Processor} from 'unified'

const lineBreak = /\r\n|\r|\n/g

/** The most characters tokenized as one piece; longer paragraphs are cut (see `chunkEnds`). */
export const chunkLength = 8192

type TokenType = SentenceContent['type']

/** parse-latin's own tokenizer, which sorts a character into white space, punctuation, word or symbol. */
const latinTokenize = ParseEnglish.prototype.tokenize

/**
 * The token type parse-latin gives each UTF-16 code unit, learnt on first
 * sight by tokenizing that one character (its class is a pure function of the
 * code unit: parse-latin tests single characters against its expressions).
 */
const typeNames: ReadonlyArray<TokenType> = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']
const codeTypes = new Uint8Array(0x10000)

function typeOfCode(code: number): number {
  let type = codeTypes[code]
  if (type === 0) {
    const [node] = latinTokenize.call(undefined as never, String.fromCharCode(code))
    type = typeNames.indexOf(node.type) + 1
    codeTypes[code] = type
  }
  return type
}

const wordType = typeNames.indexOf('WordNode') + 1
const whiteSpaceType = typeNames.indexOf('WhiteSpaceNode') + 1
/** A place in the document, its offset always known. */
type Place = Required<Point>

const documentStart: Place = {line: 1, column: 1, offset: 0}

export class LineParser extends ParseEnglish {
  /** Where the text being tokenized starts in the document. */
  private origin: Place = documentStart

  /**
   * parse-latin's tokenizer (same tokens, same positions), counting from
   * `origin` instead of the start of the text: a line or chunk parsed on its
   * own gets its place in the document as it is built.
   */
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    let {line, column, offset} = this.origin
    let start: Point = {line, column, offset}
    let from = 0
    let previousType = 0
    let previous = -1
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const type = typeOfCode(code)
      // Words and white space run on; punctuation and symbols only as repeats of one character (or surrogates).
      if (
        from < index &&
        !(previousType === type && (type === wordType || type === whiteSpaceType || code === previous || isSurrogate(code)))
      ) {
        // One point ends a token and starts the next (points are never changed, only replaced).
        const point = {line, column, offset}
        children.push(createNode(previousType, value.slice(from, index), start, point))
        from = index
        start = point
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        line++
        column = 1
      } else if (code !== 10) {
        column++
      }
      offset++
      previousType = type
      previous = code
    }
    children.push(createNode(previousType, value.slice(from), start, {line, column, offset}))
    return children
  }

  override tokenizeParagraph(value: string | null | undefined): Paragraph {
    const text = value ?? ''
    if (text.length <= chunkLength || /[\r\n]/.test(text)) return super.tokenizeParagraph(text)
    const children: Paragraph['children'] = []
    const {line, column, offset} = this.origin
    let from = 0
    for (const to of chunkEnds(text)) {
      const chunk = this.tokenizeAt({line, column: column + from, offset: offset + from}, () => super.tokenizeParagraph(text.slice(from, to)))
      for (const child of chunk.children) children.push(child)
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
        const part = this.tokenizeAt({line: line + 1, column: 1, offset: from}, () => super.tokenizeRoot(text.slice(from, to)))
        for (const child of part.children) children.push(child)
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

  /** Run `tokenize` with the text starting at `origin` in the document. */
  private tokenizeAt<T>(origin: Place, tokenize: () => T): T {
    const outer = this.origin
    this.origin = origin
    try {
      return tokenize()
    } finally {
      this.origin = outer
    }
  }
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

/** A token as parse-latin builds it: a word holds one text node. */
function createNode(type: number, value: string, start: Point, end: Point): SentenceContent {
  return type === wordType
    ? {type: 'WordNode', children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end}}
    : ({type: typeNames[type - 1], value, position: {start, end}} as SentenceContent)
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
