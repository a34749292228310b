/**
 * The existence kind: words or phrases to avoid, with the reason. No fix:
 * what to write instead depends on the sentence.
 *
 *     export default existenceRule(meta, {phrases: ['very unique'], message: '`unique` admits no degree'})
 */
import type {Root} from 'nlcst'
import {defineRule, type Rule, type RuleMeta} from '../rule.js'
import {quotationPolicy, reasonFor, type QuotationMode} from './finding.js'
import {compilePatterns, findMatches, keepPatterns, type CaseMode} from './phrase-match.js'

export interface ExistenceSpec {
  phrases: ReadonlyArray<string>
  case?: CaseMode
  inflect?: boolean
  /** Phrases to leave alone where they overlap one to avoid. */
  keep?: ReadonlyArray<string>
  quotations?: QuotationMode
  /** Why, appended to "Avoid `X`" (or the whole reason with `{actual}`). */
  message?: string
}

export function existenceRule(meta: RuleMeta, spec: ExistenceSpec): Rule {
  const mode = spec.case ?? 'fold'
  // Phrases to keep come first: on a tie they win.
  const patterns = [...keepPatterns(spec.keep ?? [], mode), ...compilePatterns(spec.phrases, {case: mode, inflect: spec.inflect})]
  return defineRule({
    meta,
    create({file, report}) {
      return function (tree: Root) {
        for (const match of findMatches(tree, String(file.value), patterns, {case: mode})) {
          const finding = quotationPolicy(tree, file, {
            start: match.start,
            end: match.end,
            actual: match.text,
            reason: reasonFor(`Avoid \`${match.text}\``, spec.message, {actual: match.text})
          }, spec.quotations ?? 'info')
          if (finding) report(finding)
        }
      }
    }
  })
}
