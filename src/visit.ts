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
 * The visitor may return `false` to stop the walk, or `'skip'` to leave out
 * the node's children (untyped walks); anything else goes on.
 */
import type {Nodes, Parents} from 'nlcst'

export type VisitResult = void | boolean | 'skip'
export type Visitor<T extends Nodes> = (node: T, index: number | undefined, parent: Parents | undefined) => VisitResult

export function visit<Type extends Nodes['type']>(tree: Nodes, type: Type, visitor: Visitor<Extract<Nodes, {type: Type}>>): void
export function visit(tree: Nodes, visitor: Visitor<Nodes>): void
export function visit(tree: Nodes, type: string | Visitor<Nodes>, visitor?: Visitor<Nodes>): void {
  if (typeof type === 'function') walkAll(tree, undefined, undefined, type)
  else walkType(tree, undefined, undefined, type, visitor!)
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
