/**
 * Direct quotations: where the words are the speaker's, not the writer's.
 *
 * Grammar and style rules report findings inside a quotation as `info` and
 * never fix them (a quotation is reproduced as spoken); typo rules ignore this.
 *
 * Marks understood: straight and curly double quotes, and single quotes (curly
 * or straight) used as quotation marks, nested either way. An apostrophe is not
 * a quotation mark: inside a word (`ISIS's`, `Here's`), after a plural
 * (`the jihadis' enclave`), in an elision (`rock 'n' roll`, `'90s`, `'em`).
 * News style reopens a quotation at the start of each paragraph it runs over
 * and closes it only at its end, so a quotation still open at the end of a
 * paragraph ends there (`closed: false`). A closing mark with no opening one is
 * ignored.
 */
import type {Nodes, Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Finding} from './rule.js'
import {endOf, paragraphsOf, startOf, toString} from './nlcst.js'
import {countAtOrBelow, lastAtOrBelow} from './sorted-search.js'

export interface Quotation {
  /** Offset of the opening mark. */
  start: number
  /** Offset just after the closing mark, or the end of the paragraph when it is not closed. */
  end: number
  /** The opening mark. */
  mark: string
  /** Whether a closing mark ends it inside the paragraph. */
  closed: boolean
}

type Kind = 'double' | 'single'

interface Open {
  kind: Kind
  start: number
  mark: string
}

interface Found {
  quotations: ReadonlyArray<Quotation>
  /** The latest end among `quotations[0..index]`: no quotation before a point where it is short of a range holds it. */
  reach: ReadonlyArray<number>
}

const cache = new WeakMap<Root, Found>()

/** Every direct quotation of the document, sorted by start (nested ones after their parent). */
export function quotationsOf(tree: Root, file: VFile): ReadonlyArray<Quotation> {
  return found(tree).quotations
}

function found(tree: Root): Found {
  let result = cache.get(tree)
  if (!result) {
    const quotations: Quotation[] = []
    for (const paragraph of paragraphsOf(tree)) {
      const prose = proseOf(paragraph)
      const local: Quotation[] = []
      scanParagraph(prose.text, 0, prose.text.length, local)
      for (const quotation of local) {
        quotations.push({
          ...quotation,
          start: fileOffset(prose, quotation.start, 'start'),
          end: quotation.closed ? fileOffset(prose, quotation.end - 1, 'end') : endOf(paragraph)
        })
      }
    }
    quotations.sort((a, b) => a.start - b.start || b.end - a.end)
    const reach: number[] = []
    let latest = -Infinity
    for (const quotation of quotations) reach.push((latest = Math.max(latest, quotation.end)))
    result = {quotations, reach}
    cache.set(tree, result)
  }
  return result
}

interface Prose {
  /** The paragraph's text as the tree has it: markup, tags and code left out. */
  text: string
  /** Where its characters are in the file, in order: one piece for a paragraph of plain text. */
  pieces: ProsePiece[]
}

interface ProsePiece {
  /** Where the piece starts in the prose. */
  from: number
  /** Its range in the file. */
  start: number
  end: number
  /** Its text is its range: each character has its own place (not so for `&quot;` or a code span). */
  exact: boolean
}

/**
 * The prose of a paragraph from its leaves, so that quotation marks in
 * markup (tag attributes, link targets, inline code) are never read. Code
 * and URLs (SourceNodes) stand in as one neutral character. Leaves that
 * follow one another in the file make one piece.
 */
function proseOf(paragraph: Paragraph): Prose {
  const pieces: ProsePiece[] = []
  let length = 0
  let source = false
  let last: ProsePiece | undefined
  collect(paragraph)
  // Without code or URLs the prose is the paragraph's text, which other rules have built already.
  return {text: source ? textOf(paragraph) : toString(paragraph), pieces}

  function collect(node: Nodes): void {
    if ('children' in node) {
      const children: ReadonlyArray<Nodes> = node.children
      for (let index = 0; index < children.length; index++) collect(children[index])
      return
    }
    if (typeof node.value !== 'string') return
    if (node.type === 'SourceNode') source = true
    const size = node.type === 'SourceNode' ? 1 : node.value.length
    if (size === 0) return
    const start = startOf(node)
    const end = endOf(node)
    // A character reference (`&quot;`) or escape covers more source than it gives text.
    const exact = size === end - start
    if (exact && last !== undefined && last.exact && last.end === start) last.end = end
    else pieces.push((last = {from: length, start, end, exact}))
    length += size
  }
}

/** The text of a paragraph with each code span or URL (SourceNode) as one neutral character. */
function textOf(node: Nodes): string {
  if ('children' in node) {
    let text = ''
    for (const child of node.children) text += textOf(child)
    return text
  }
  if (typeof node.value !== 'string') return ''
  return node.type === 'SourceNode' ? 'x' : node.value
}

/** Where the character at `index` of the prose starts (`start`) or ends (`end`) in the file. */
function fileOffset(prose: Prose, index: number, edge: 'start' | 'end'): number {
  const {pieces} = prose
  const piece = pieces[lastAtOrBelow(pieces.length, (at) => pieces[at].from, index)]
  if (!piece.exact) return edge === 'start' ? piece.start : piece.end
  return piece.start + index - piece.from + (edge === 'end' ? 1 : 0)
}

/** Whether the range `[start, end)` lies inside a direct quotation (marks included). */
export function isInsideQuotation(tree: Root, file: VFile, start: number, end: number): boolean {
  return quotationAt(tree, file, start, end) !== undefined
}

/** The innermost quotation holding the range `[start, end)`, if any. */
export function quotationAt(tree: Root, file: VFile, start: number, end: number): Quotation | undefined {
  const {quotations, reach} = found(tree)
  // The last quotation starting at or before `start`, then back while an earlier one may still reach `end`:
  // the first found going back is the innermost (the last in order).
  const after = countAtOrBelow(quotations.length, (index) => quotations[index].start, start)
  for (let index = after - 1; index >= 0 && reach[index] >= end; index--) {
    if (end <= quotations[index].end) return quotations[index]
  }
  return undefined
}

const letter = /[\p{L}\p{N}]/u
/** What may stand right before an opening mark. */
const opener = /[\s([{\u2014\u2013\-/:;,"\u201C\u2018']/u
/** Elisions that start with an apostrophe: `'n'`, `'em`, `'90s`, `'til`. */
const elision = /^['\u2018\u2019](?:n['\u2018\u2019]?(?![\p{L}])|em\b|tis\b|twas\b|til\b|cause\b|bout\b|\d\ds\b)/iu

function scanParagraph(text: string, from: number, to: number, result: Quotation[]): void {
  const stack: Open[] = []
  for (let index = from; index < to; index++) {
    const char = text[index]
    if (char !== '"' && char !== '\u201C' && char !== '\u201D' && char !== "'" && char !== '\u2018' && char !== '\u2019') {
      continue
    }
    const before = index > from ? text[index - 1] : ' '
    const after = index + 1 < to ? text[index + 1] : ' '
    const canOpen = opener.test(before) && !/\s/.test(after)
    if (char === '\u201C') {
      stack.push({kind: 'double', start: index, mark: char})
    } else if (char === '\u201D') {
      close('double', index + 1)
    } else if (char === '"') {
      const open = top('double')
      if (open && (open.mark === '"' || !canOpen)) close('double', index + 1)
      else if (canOpen && !/\d/.test(before)) stack.push({kind: 'double', start: index, mark: char})
    } else {
      // A single mark: an apostrophe unless it stands where a quotation mark does.
      if (letter.test(before) && letter.test(after)) continue
      if (elision.test(text.slice(index, to))) {
        if (/^['\u2018\u2019]n['\u2018\u2019]/iu.test(text.slice(index, to))) index += 2
        continue
      }
      const open = top('single')
      if (open && !canOpen && !isPossessive(index, open)) {
        close('single', index + 1)
      } else if (char !== '\u2019' && canOpen && letter.test(after)) {
        stack.push({kind: 'single', start: index, mark: char})
      }
    }
  }
  // Still open at the end of the paragraph: news style reopens it in the next one.
  while (stack.length > 0) {
    const open = stack.pop()!
    result.push({start: open.start, end: to, mark: open.mark, closed: false})
  }

  function top(kind: Kind): Open | undefined {
    for (let position = stack.length - 1; position >= 0; position--) {
      if (stack[position].kind === kind) return stack[position]
    }
    return undefined
  }

  /** Close the innermost open quotation of `kind`; inner ones left open end with it. */
  function close(kind: Kind, end: number): void {
    const open = top(kind)
    if (!open) return
    while (stack.length > 0) {
      const inner = stack.pop()!
      result.push({start: inner.start, end, mark: inner.mark, closed: inner === open})
      if (inner === open) break
    }
  }

  /**
   * A mark after a plural `s` with another closing mark for the open quotation
   * next in the paragraph is a possessive apostrophe: `'the rebels' last town,' he said`.
   */
  function isPossessive(index: number, open: Open): boolean {
    if (text[index - 1] !== 's' || !/\s/.test(text[index + 1] ?? '')) return false
    for (let next = index + 1; next < to; next++) {
      const char = text[next]
      if (char === '"' || char === '\u201C' || char === '\u201D') return false
      if (char !== open.mark && char !== '\u2019' && char !== "'") continue
      const before = text[next - 1]
      const after = next + 1 < to ? text[next + 1] : ' '
      if (letter.test(before) && letter.test(after)) continue
      // The next mark closes the quotation only if it cannot open another one.
      return !(opener.test(before) && letter.test(after))
    }
    return false
  }
}

/**
 * A grammar or style finding as reported inside a quotation: `info`, never
 * fixed automatically, and the reason says why. Outside quotations it is unchanged.
 */
export function inQuotation<F extends Finding>(tree: Root, file: VFile, finding: F): F {
  const start = finding.start ?? finding.node?.position?.start.offset ?? 0
  const end = finding.end ?? finding.node?.position?.end.offset ?? start
  if (!isInsideQuotation(tree, file, start, end)) return finding
  return {
    ...finding,
    severity: 'info',
    fixable: false,
    reason: finding.reason.replace(/\.?$/, ' (inside a quotation: the speaker’s words, left as said).')
  }
}
