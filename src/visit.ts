/**
 * A fast tree walk for nlcst, for the shapes the rules use:
 * `visit(tree, 'SentenceNode', (node, index, parent) => …)` and
 * `visit(tree, (node, index, parent) => …)`, in document order.
 *
 * unist-util-visit builds a closure and an ancestor array per node and
 * renames each closure (Object.defineProperty) for stack traces, which cost
 * about a fifth of a warm run when every rule walked the whole tree. Here a
 * typed walk also does not look inside a matching node: nlcst never nests a
 * node inside one of its own type (no sentence in a sentence, no word in a
 * word), so `visit(tree, 'SentenceNode', …)` touches roots, paragraphs and
 * sentences only.
 *
 * A typed walk of a whole document goes through a list of the matching
 * nodes, found once per document and type (see `foundIn`).
 *
 * The visitor may return `false` to stop the walk, or `'skip'` to leave out
 * the node's children (untyped walks); anything else goes on.
 */
import type {Nodes, Parents, Root} from 'nlcst'

export type VisitResult = void | boolean | 'skip'
export type Visitor<T extends Nodes> = (node: T, index: number | undefined, parent: Parents | undefined) => VisitResult

export function visit<Type extends Nodes['type']>(tree: Nodes, type: Type, visitor: Visitor<Extract<Nodes, {type: Type}>>): void
export function visit(tree: Nodes, visitor: Visitor<Nodes>): void
export function visit(tree: Nodes, type: string | Visitor<Nodes>, visitor?: Visitor<Nodes>): void {
  if (typeof type === 'function') walkAll(tree, undefined, undefined, type)
  else if (tree.type === 'RootNode') visitFound(foundIn(tree, type), visitor!)
  else walkType(tree, undefined, undefined, type, visitor!)
}

/** The nodes of one type in a document, in order, each with its index and parent. */
interface Found {
  nodes: Nodes[]
  indexes: Array<number | undefined>
  parents: Array<Parents | undefined>
}

/**
 * Many rules walk the whole document for its words or its sentences: the
 * nodes of each type are found by one walk per document and kept for the
 * tree's life (trees are not changed once parsed).
 */
const found = new WeakMap<Root, Map<string, Found>>()

function foundIn(tree: Root, type: string): Found {
  let byType = found.get(tree)
  if (!byType) {
    byType = new Map()
    found.set(tree, byType)
  }
  let result = byType.get(type)
  if (!result) {
    const nodes: Nodes[] = []
    const indexes: Array<number | undefined> = []
    const parents: Array<Parents | undefined> = []
    walkType(tree, undefined, undefined, type, function (node, index, parent) {
      nodes.push(node)
      indexes.push(index)
      parents.push(parent)
    })
    result = {nodes, indexes, parents}
    byType.set(type, result)
  }
  return result
}

function visitFound({nodes, indexes, parents}: Found, visitor: Visitor<Nodes>): void {
  for (let index = 0; index < nodes.length; index++) {
    if (visitor(nodes[index], indexes[index], parents[index]) === false) return
  }
}

/** Returns false when the walk should stop. */
function walkType(node: Nodes, index: number | undefined, parent: Parents | undefined, type: string, visitor: Visitor<Nodes>): boolean {
  if (node.type === type) return visitor(node, index, parent) !== false
  if (!('children' in node)) return true
  const children: ReadonlyArray<Nodes> = node.children
  for (let child = 0; child < children.length; child++) {
    if (!walkType(children[child], child, node, type, visitor)) return false
  }
  return true
}

function walkAll(node: Nodes, index: number | undefined, parent: Parents | undefined, visitor: Visitor<Nodes>): boolean {
  const result = visitor(node, index, parent)
  if (result === false) return false
  if (result === 'skip' || !('children' in node)) return true
  const children: ReadonlyArray<Nodes> = node.children
  for (let child = 0; child < children.length; child++) {
    if (!walkAll(children[child], child, node, visitor)) return false
  }
  return true
}
