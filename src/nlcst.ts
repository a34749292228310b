/**
 * Small helpers over nlcst trees shared by rules. Add here rather than in a rule
 * when two rules need the same thing.
 */
import type {Node, Nodes, Paragraph, Root, Sentence, SentenceContent, Word} from 'nlcst'

/** The paragraphs of a document, in order (one per line for plain text). */
export function paragraphsOf(tree: Root): Paragraph[] {
  const result: Paragraph[] = []
  for (const child of tree.children) if (child.type === 'ParagraphNode') result.push(child)
  return result
}

/** The sentences of a paragraph, in order. */
export function sentencesOf(paragraph: Paragraph): Sentence[] {
  const result: Sentence[] = []
  for (const child of paragraph.children) if (child.type === 'SentenceNode') result.push(child)
  return result
}

/** The words of a sentence, in order. */
export function wordsOf(sentence: Sentence): Word[] {
  const result: Word[] = []
  for (const child of sentence.children) if (child.type === 'WordNode') result.push(child)
  return result
}

/**
 * The tokens of a paragraph in order, across sentence boundaries: words,
 * punctuation, symbols and white space (words are not split further).
 */
export function tokensOf(paragraph: Paragraph): SentenceContent[] {
  const result: SentenceContent[] = []
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') result.push(...child.children)
    else result.push(child)
  }
  return result
}

export function startOf(node: Node): number {
  return node.position?.start.offset ?? 0
}

export function endOf(node: Node): number {
  return node.position?.end.offset ?? 0
}

/**
 * The file offsets of `toString(node).slice(from, to)`. Use it instead of
 * `startOf(node) + index` for a range found in a node's text: in markdown and
 * HTML a node's text and its range in the file can differ (`**` inside a
 * paragraph, `&amp;`, a `> ` continuation line), and only the leaves know
 * where each character came from.
 */
export function rangeIn(node: Node, from: number, to: number): {start: number; end: number} {
  const leaves: Array<Node & {value: string}> = []
  collectLeaves(node, leaves)
  const start = offsetAt(leaves, from, 'start') ?? startOf(node)
  return {start, end: Math.max(start, offsetAt(leaves, to, 'end') ?? endOf(node))}
}

/** The offset before character `index` (`start`), or after character `index - 1` (`end`). */
function offsetAt(leaves: ReadonlyArray<Node & {value: string}>, index: number, edge: 'start' | 'end'): number | undefined {
  let seen = 0
  for (const leaf of leaves) {
    const length = leaf.value.length
    // A leaf whose range is longer than its text (`&amp;`, a joined line break) maps only as a whole.
    const exact = endOf(leaf) - startOf(leaf) === length
    const inside = edge === 'start' ? index < seen + length : index <= seen + length && (index > seen || seen === 0)
    if (inside) {
      if (exact) return startOf(leaf) + index - seen
      return edge === 'start' || index === seen ? startOf(leaf) : endOf(leaf)
    }
    seen += length
  }
  return leaves.length > 0 ? endOf(leaves[leaves.length - 1]) : undefined
}

function collectLeaves(node: Node, leaves: Array<Node & {value: string}>): void {
  if ('children' in node) for (const child of (node as Node & {children: Node[]}).children) collectLeaves(child, leaves)
  else if ('value' in node && typeof node.value === 'string') leaves.push(node as Node & {value: string})
}

export function lineOf(node: Node): number {
  return node.position?.start.line ?? 0
}

/**
 * The text of a node or of a list of nodes, as nlcst-to-string gives it,
 * without an array and a join per node: a word of one text node (most words)
 * returns that node's value. Rules call this for every word, many times.
 * A paragraph's or sentence's text is built once and kept for the node's
 * life (trees are not changed once parsed): many rules ask for it.
 */
export function toString(value: Nodes | ReadonlyArray<Nodes>): string {
  if (isList(value)) {
    let result = ''
    for (const child of value) result += toString(child)
    return result
  }
  if ('value' in value) return value.value
  const children: ReadonlyArray<Nodes> = value.children
  if (children.length === 1) return toString(children[0])
  if (value.type !== 'ParagraphNode' && value.type !== 'SentenceNode') return join(children)
  let text = texts.get(value)
  if (text === undefined) {
    text = join(children)
    texts.set(value, text)
  }
  return text
}

const texts = new WeakMap<Nodes, string>()

function join(children: ReadonlyArray<Nodes>): string {
  let result = ''
  for (let index = 0; index < children.length; index++) result += toString(children[index])
  return result
}

function isList(value: Nodes | ReadonlyArray<Nodes>): value is ReadonlyArray<Nodes> {
  return Array.isArray(value)
}
