/** Metadata for rules built from a kind in the kind tests. */
import type {RuleMeta} from '../../src/rule.js'

export function metaFor(id: string, fixable: boolean, scope: RuleMeta['scope'] = 'sentence'): RuleMeta {
  return {id, description: `Test rule ${id}.`, category: 'style', severity: 'warning', fixable, scope, examples: []}
}
