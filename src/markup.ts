/**
 * Markdown and HTML input: only the prose is checked, and every position is
 * exact in the original file.
 *
 * Each prose block (a markdown paragraph, heading or table cell; the running
 * text of an HTML block element) becomes one nlcst paragraph, tokenized by
 * copydesk's own parser. While the block's text is assembled from the markup
 * tree, every character keeps the range it came from in the file, so escapes
 * (`\*`), character references (`&amp;`), blockquote markers on continuation
 * lines and inline markup (`**`, `<b>`) never shift a finding.
 * (remark-retext and rehype-retext place words by counting the characters of
 * the decoded text from the start of each text node, which drifts after the
 * first `&amp;`, `\*` or `> ` continuation line.)
 *
 * Left out: code blocks and `<pre>`, inline code and `<code>`/`<kbd>`/`<samp>`/
 * `<var>` (kept as nlcst SourceNodes), bare URLs and autolinks (SourceNodes),
 * link and image targets, images, front matter, HTML comments and raw HTML,
 * tag attributes, `<script>`, `<style>`, `<head>`, struck-out text.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Nodes as MdastNodes, PhrasingContent} from 'mdast'
import type {Paragraph, Root, RootContent, Sentence} from 'nlcst'
import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {toString} from './nlcst.js'
import type {ParagraphKind} from './paragraph-kind.js'
import './block-kind.js'
import {LineParser} from './parse.js'
import {locate} from './rule.js'

export {formatOf, formats, type Format} from './format.js'

/** An HTML comment in the markup (not inside code): its range and its inner text. */
export interface MarkupComment {
  start: number
  end: number
  value: string
}

export interface Markup {
  tree: Root
  comments: MarkupComment[]
}

/** Parse markdown or HTML into an nlcst tree of its prose, plus its comments. */
export function parseMarkup(file: VFile, format: 'markdown' | 'html'): Markup {
  const source = String(file.value)
  const blocks: Block[] = []
  const comments: MarkupComment[] = []
  if (format === 'markdown') collectMarkdown(source, blocks, comments)
  else collectHtml(source, blocks, comments)
  return {tree: buildTree(file, source, blocks), comments}
}

// ---------------------------------------------------------------------------
// Prose text with a source range for every character.

/** A placeholder for code and URLs inside prose; it becomes a SourceNode. */
const placeholder = '\uFFFC'

class Prose {
  text = ''
  readonly starts: number[] = []
  readonly ends: number[] = []

  add(value: string, start: number, end: number): void {
    for (let index = 0; index < value.length; index++) {
      this.text += value[index]
      this.starts.push(start)
      this.ends.push(end)
    }
  }
}

interface Block {
  prose: Prose
  /** HTML: any run of white space is one space to a reader. */
  html: boolean
  /** What the markup says the block is; undefined for running text (classified like plain text). */
  kind: ParagraphKind | undefined
}

const referenceExpression = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31})(;?)/y

/**
 * Append a parsed text value, whose characters come from `source[from, to)`
 * in order, possibly with escapes, character references and line prefixes
 * (`> `, indentation) in between that the parser removed.
 */
function align(prose: Prose, value: string, source: string, from: number, to: number, strict: boolean): void {
  let index = 0
  let at = from
  while (index < value.length) {
    const char = value[index]
    if (at >= to) {
      /* v8 ignore next 2 -- the source ran out before the value: keep the rest at the end */
      prose.add(value.slice(index), to, to)
      return
    }
    const here = source[at]
    if (here === '&') {
      const reference = characterReference(source, at, to, value, index, strict)
      if (reference) {
        prose.add(value.slice(index, index + reference.length), at, reference.end)
        index += reference.length
        at = reference.end
        continue
      }
    }
    if (!strict && here === '<' && skipTag(source, at, to) > at) {
      // A stray tag the HTML parser dropped between two runs of text it joined
      // (in HTML text, `<` before a letter or `/` always opens a tag).
      at = skipTag(source, at, to)
    } else if (here === char || (here === '\r' && char === '\n' && source[at + 1] !== '\n')) {
      // A lone CR (old Mac line endings) is a LF to the parsers: the same character, not a dropped one.
      prose.add(char, at, at + 1)
      index++
      at++
    } else if (here === '\\' || here === '>' || /\s/.test(here)) {
      // An escape or a line prefix the parser dropped.
      at++
    } else {
      // The parser replaced this character (e.g. NUL → U+FFFD): pair them up.
      prose.add(char, at, at + 1)
      index++
      at++
    }
  }
}

const tagExpression = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>/y

/** The end of a tag or comment starting at `source[at]`, or `at` when there is none. */
function skipTag(source: string, at: number, to: number): number {
  tagExpression.lastIndex = at
  const match = tagExpression.exec(source)
  return match && at + match[0].length <= to ? at + match[0].length : at
}

/** A character reference at `source[at]` that the parser decoded into `value[index…]`. */
function characterReference(
  source: string,
  at: number,
  to: number,
  value: string,
  index: number,
  strict: boolean
): {length: number; end: number} | undefined {
  referenceExpression.lastIndex = at
  const match = referenceExpression.exec(source)
  if (!match || at + match[0].length > to) return
  const [whole, name, semicolon] = match
  if (strict && !semicolon) return
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    const decoded = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
    // HTML maps some references (`&#150;`) to other characters: one value character stands for the reference.
    const length = value.startsWith(decoded, index) ? decoded.length : value[index] === '&' ? 0 : 1
    return length > 0 ? {length, end: at + whole.length} : undefined
  }
  // Named: the longest name that decodes (HTML also knows legacy names without `;`).
  for (let size = name.length; size > 0; size--) {
    const decoded = decodeNamedCharacterReference(name.slice(0, size))
    if (decoded === false) continue
    const withSemicolon = size === name.length && semicolon !== ''
    if (strict && !withSemicolon) return
    if (value.startsWith(decoded, index)) return {length: decoded.length, end: at + 1 + size + (withSemicolon ? 1 : 0)}
  }
  return
}

// ---------------------------------------------------------------------------
// Markdown.

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

function collectMarkdown(source: string, blocks: Block[], comments: MarkupComment[]): void {
  const tree = markdownParser.parse(source)
  block(tree, undefined)

  function block(node: MdastNodes, kind: ParagraphKind | undefined): void {
    if ((node.type as string) === 'toml') return
    switch (node.type) {
      case 'heading':
        return prose(node.children, node.depth === 1 ? 'headline' : 'subhead')
      case 'tableCell':
        return prose(node.children, 'subhead')
      case 'paragraph':
        return prose(node.children, kind)
      case 'html':
        return comment(node)
      case 'code':
      case 'definition':
      case 'thematicBreak':
      case 'yaml':
        return
      case 'listItem':
        for (const child of node.children) block(child, 'list-item')
        return
      default:
        if ('children' in node) for (const child of node.children) block(child, kind)
    }
  }

  function prose(children: PhrasingContent[], kind: ParagraphKind | undefined): void {
    const text = new Prose()
    for (const child of children) phrasing(child, text)
    blocks.push({prose: text, kind, html: false})
  }

  function phrasing(node: PhrasingContent, text: Prose): void {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    /* v8 ignore next -- remark-parse positions every node */
    if (start === undefined || end === undefined) return
    switch (node.type) {
      case 'text':
        return align(text, node.value, source, start, end, true)
      case 'break':
        return text.add(' ', start, end)
      case 'inlineCode':
      case 'image':
      case 'imageReference':
        return text.add(placeholder, start, end)
      case 'html':
        comment(node)
        if (/^<br\b/i.test(node.value)) text.add(' ', start, end)
        return
      case 'link':
        if (isAutolink(node)) return text.add(placeholder, start, end)
        for (const child of node.children) phrasing(child, text)
        return
      case 'delete':
      case 'footnoteReference':
        return
      default:
        if ('children' in node) for (const child of node.children) phrasing(child, text)
    }
  }

  function comment(node: {position?: Position}): void {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    /* v8 ignore next -- remark-parse positions every node */
    if (start === undefined || end === undefined) return
    findComments(source, start, end, comments)
  }
}

/** `<https://example.com>` or a bare `www.example.com`: the text is the address. */
function isAutolink(node: {url: string; children: PhrasingContent[]}): boolean {
  const [child] = node.children
  if (node.children.length !== 1 || child.type !== 'text') return false
  const url = node.url.replace(/^(?:https?:\/\/|mailto:)/i, '')
  return url === child.value.replace(/^(?:https?:\/\/|mailto:)/i, '')
}

function findComments(source: string, start: number, end: number, comments: MarkupComment[]): void {
  const expression = /<!--([\s\S]*?)-->/g
  const slice = source.slice(start, end)
  let match
  while ((match = expression.exec(slice))) {
    comments.push({start: start + match.index, end: start + match.index + match[0].length, value: match[1]})
  }
}

// ---------------------------------------------------------------------------
// HTML.

const htmlParser = unified().use(rehypeParse).freeze()

/** Elements whose content is never prose (keep sorted). */
const hiddenElements: ReadonlyArray<string> = [
  'audio',
  'button',
  'canvas',
  'datalist',
  'del',
  'head',
  'iframe',
  'map',
  'noscript',
  'object',
  'option',
  'pre',
  'rp',
  's',
  'script',
  'select',
  'style',
  'template',
  'textarea',
  'video'
]

/** Inline elements that stand for code or an object, not words: kept as SourceNodes (keep sorted). */
const sourceElements: ReadonlyArray<string> = ['code', 'embed', 'img', 'input', 'kbd', 'math', 'samp', 'svg', 'var']

/** Inline (phrasing) elements: they do not end a paragraph (keep sorted). */
const phrasingElements: ReadonlyArray<string> = [
  'a',
  'abbr',
  'audio',
  'b',
  'bdi',
  'bdo',
  'big',
  'br',
  'button',
  'canvas',
  'cite',
  'code',
  'data',
  'datalist',
  'del',
  'dfn',
  'em',
  'embed',
  'font',
  'i',
  'iframe',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'map',
  'mark',
  'math',
  'meter',
  'nobr',
  'object',
  'output',
  'progress',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'script',
  'select',
  'small',
  'span',
  'strong',
  'style',
  'sub',
  'sup',
  'svg',
  'textarea',
  'time',
  'tt',
  'u',
  'var',
  'video',
  'wbr'
]

/** What an HTML block element says its text is. */
const htmlKinds: Readonly<Record<string, ParagraphKind>> = {
  caption: 'subhead',
  dd: 'list-item',
  dt: 'list-item',
  figcaption: 'caption',
  h1: 'headline',
  h2: 'subhead',
  h3: 'subhead',
  h4: 'subhead',
  h5: 'subhead',
  h6: 'subhead',
  li: 'list-item',
  td: 'subhead',
  th: 'subhead'
}

function collectHtml(source: string, blocks: Block[], comments: MarkupComment[]): void {
  const tree: HastRoot = htmlParser.parse(source)
  let text = new Prose()
  let kind: ParagraphKind | undefined
  children(tree.children)
  flush()

  function flush(): void {
    if (text.text.length > 0) blocks.push({prose: text, kind, html: true})
    text = new Prose()
  }

  function children(nodes: ReadonlyArray<HastContent | ElementContent>): void {
    for (const node of nodes) one(node)
  }

  function one(node: HastContent | ElementContent): void {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'comment') {
      if (start !== undefined && end !== undefined) comments.push({start, end: Math.min(end, source.length), value: node.value})
      return
    }
    if (node.type === 'text') {
      if (start !== undefined && end !== undefined) align(text, node.value, source, start, end, false)
      return
    }
    if (node.type !== 'element') return
    element(node, start, end)
  }

  function element(node: Element, start: number | undefined, end: number | undefined): void {
    const name = node.tagName
    const inline = phrasingElements.includes(name)
    if (name === 'br') {
      if (start !== undefined && end !== undefined) text.add(' ', start, end)
      return
    }
    if (sourceElements.includes(name)) {
      if (start !== undefined && end !== undefined) text.add(placeholder, start, end)
      return
    }
    if (inline) {
      if (!hiddenElements.includes(name)) children(node.children)
      return
    }
    // A block element ends the running paragraph and starts its own.
    flush()
    if (!hiddenElements.includes(name)) {
      const outer = kind
      kind = htmlKinds[name] ?? kind
      children(node.children)
      flush()
      kind = outer
    }
  }
}

// ---------------------------------------------------------------------------
// From blocks to an nlcst tree with exact positions.

function buildTree(file: VFile, source: string, blocks: ReadonlyArray<Block>): Root {
  const where = locate(file)
  const parser = new LineParser()
  const children: RootContent[] = []
  for (const block of blocks) {
    const prose = collapse(block.prose, block.html)
    if (!/[^\s\uFFFC]/.test(prose.text)) continue
    const paragraph = parser.tokenizeParagraph(prose.text)
    remap(paragraph, prose)
    sourceNodes(paragraph, source)
    if (block.kind) paragraph.data = {...paragraph.data, kind: block.kind}
    const previous = children[children.length - 1]
    if (previous?.position && paragraph.position) {
      children.push({type: 'WhiteSpaceNode', value: '\n\n', position: {start: previous.position.end, end: paragraph.position.start}})
    }
    children.push(paragraph)
  }
  const root: Root = {type: 'RootNode', children}
  root.position = {start: where.toPoint(0)!, end: where.toPoint(source.length)!}
  return root

  function remap(node: Root | RootContent | Paragraph, prose: Prose): void {
    if (node.position) {
      const from = node.position.start.offset ?? 0
      const to = node.position.end.offset ?? from
      // Clamped: parse5 can end a node past the end of the file (`<!` at the very end).
      const start = Math.min(prose.starts[from] ?? prose.ends[prose.ends.length - 1], source.length)
      const end = Math.min(to > from ? prose.ends[to - 1] : start, source.length)
      node.position = {start: where.toPoint(start)!, end: where.toPoint(end)!}
    }
    if ('children' in node) for (const child of node.children) remap(child as RootContent, prose)
  }
}

/**
 * Join the lines of a block with single spaces (a line break inside a
 * paragraph is white space to a reader; plain-text paragraphs never contain
 * one) and trim the block. In HTML every run of spaces is one space.
 */
function collapse(prose: Prose, html: boolean): Prose {
  const result = new Prose()
  const {text, starts, ends} = prose
  let from = 0
  let to = text.length
  while (from < to && /\s/.test(text[from])) from++
  while (to > from && /\s/.test(text[to - 1])) to--
  const lineBreak = html ? /[ \t\r\n\f]{2,}|[\t\r\n\f]/y : /[^\S\r\n]*[\r\n]\s*/y
  let index = from
  while (index < to) {
    lineBreak.lastIndex = index
    const match = lineBreak.exec(text)
    if (match) {
      const last = Math.min(index + match[0].length, to) - 1
      result.add(' ', starts[index], ends[last])
      index = last + 1
    } else {
      result.add(text[index], starts[index], ends[index])
      index++
    }
  }
  return result
}

/** Words and symbols holding a placeholder become SourceNodes with the original text. */
function sourceNodes(paragraph: Paragraph, source: string): void {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    replace(sentence)
  }

  function replace(sentence: Sentence): void {
    sentence.children = sentence.children.map(function (child) {
      if ((child.type === 'WordNode' || child.type === 'SymbolNode') && toString(child).includes(placeholder) && child.position) {
        const start = child.position.start.offset ?? 0
        const end = child.position.end.offset ?? start
        return {type: 'SourceNode', value: source.slice(start, end), position: child.position}
      }
      return child
    })
  }
}

/**
 * After the rules ran on a markup file: where a finding's range in the file
 * is not the text the rule saw (a word with `&amp;` in it, or split by
 * `**`), `actual` becomes the file's text and the fix is withdrawn, since
 * applying it would overwrite markup.
 */
export function settleMarkupMessages(file: VFile): void {
  const text = String(file.value)
  for (const message of file.messages) {
    const place = message.place
    if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue
    const slice = text.slice(place.start.offset, place.end.offset)
    if (message.actual === undefined || message.actual === slice) continue
    message.actual = slice
    if (message.data) message.data.fixable = false
  }
}
