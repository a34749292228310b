/**
 * Document-level mentions for consistency rules, collected once per tree.
 * Each collector caches its own result; `mentionsOf(tree)` gathers them lazily
 * so a rule pays only for what it reads.
 */
import type {Root} from 'nlcst'
import {quantitiesOf, type Quantity} from './quantities.js'

export * from './agreements.js'
export * from './compounds.js'
export * from './names.js'
export * from './quantities.js'
export * from './quote-marks.js'
export * from './spellings.js'

export interface Mentions {
  /** Every number with what it counts, its qualifiers, unit and kind. */
  readonly quantities: ReadonlyArray<Quantity>
}

const cache = new WeakMap<Root, Mentions>()

/** The mentions of a document; each kind is collected on first use and kept for the tree's life. */
export function mentionsOf(tree: Root): Mentions {
  let mentions = cache.get(tree)
  if (!mentions) {
    mentions = {
      get quantities() {
        return quantitiesOf(tree)
      }
    }
    cache.set(tree, mentions)
  }
  return mentions
}
