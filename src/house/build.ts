/**
 * Turn validated house-style rules into engine rules: each kind's rule with
 * metadata drawn from the data (id, message, severity, category, examples).
 */
import {eitherOrRule} from '../kinds/either-or.js'
import {existenceRule} from '../kinds/existence.js'
import {firstMentionRule} from '../kinds/first-mention.js'
import {substitutionRule} from '../kinds/substitution.js'
import type {Rule, RuleMeta} from '../rule.js'
import {examplePairs, type RuleSpec} from './validate.js'

export function buildRule(spec: RuleSpec): Rule {
  const meta: RuleMeta = {
    id: spec.id,
    description: spec.description ?? describe(spec.message),
    category: spec.category,
    severity: spec.severity,
    fixable: spec.kind !== 'existence',
    scope: spec.kind === 'consistency' || spec.kind === 'first-mention' ? 'document' : 'sentence',
    examples: examplePairs(spec.examples)
  }
  const shared = {message: spec.message, ...(spec.quotations ? {quotations: spec.quotations} : {})}
  switch (spec.kind) {
    case 'substitution':
      return substitutionRule(meta, {...shared, swap: spec.swap, keep: spec.keep, case: spec.case, inflect: spec.inflect})
    case 'existence':
      return existenceRule(meta, {...shared, phrases: spec.phrases, keep: spec.keep, case: spec.case, inflect: spec.inflect})
    case 'consistency':
      return eitherOrRule(meta, {...shared, groups: spec.groups, case: spec.case, inflect: spec.inflect})
    case 'first-mention':
      return firstMentionRule(meta, {...shared, name: spec.name, short: spec.short})
  }
}

/** A message as a description: capital first letter, full stop at the end. */
function describe(message: string): string {
  const text = message.replace(/\{(?:actual|expected)\}/g, '…')
  return text[0].toUpperCase() + text.slice(1).replace(/[.]?$/, '.')
}
