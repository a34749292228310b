/**
 * The data kind `consistency`: either-or forms that must not be mixed in one
 * article (`email`/`e-mail`, `toward`/`towards`). Each group is one thing; the
 * shared consistency helper (consistency.ts) picks the finding: one per mixed
 * group, on the minority form, with the majority form as the fix.
 *
 *     export default eitherOrRule(meta, {groups: [['email', 'e-mail']]})
 */
import type {Root} from 'nlcst'
import {defineRule, type Rule, type RuleMeta} from '../rule.js'
import {consistencyFinding, hereAndThere, splitGroup, type Occurrence} from './consistency.js'
import {quotationPolicy, reasonFor, type QuotationMode} from './finding.js'
import {compilePatterns, findMatches, inflectPhrase, matchCase, type CaseMode, type Inflection} from './phrase-match.js'

export interface EitherOrSpec {
  /** Each group lists the forms of one thing; two or more. */
  groups: ReadonlyArray<ReadonlyArray<string>>
  case?: CaseMode
  inflect?: boolean
  quotations?: QuotationMode
  /** Why, appended to "`e-mail` here, `email` on line 3" (or the whole reason with `{actual}`/`{expected}`). */
  message?: string
}

interface FormOccurrence extends Occurrence {
  inflection?: Inflection
}

export function eitherOrRule(meta: RuleMeta, spec: EitherOrSpec): Rule {
  const mode = spec.case ?? 'fold'
  const owner = new Map<string, {group: number; form: number}>()
  spec.groups.forEach(function (forms, group) {
    forms.forEach(function (phrase, form) {
      if (!owner.has(phrase)) owner.set(phrase, {group, form})
    })
  })
  const patterns = compilePatterns(spec.groups.flat(), {case: mode, inflect: spec.inflect})
  return defineRule({
    meta,
    create({file, report}) {
      return function (tree: Root) {
        const byGroup = new Map<number, FormOccurrence[]>()
        for (const match of findMatches(tree, String(file.value), patterns, {case: mode})) {
          const {group, form} = owner.get(match.pattern.phrase)!
          const list = byGroup.get(group) ?? []
          list.push({start: match.start, end: match.end, form: String(form), text: match.text, inflection: match.pattern.inflection})
          byGroup.set(group, list)
        }
        for (const [group, occurrences] of [...byGroup].sort((a, b) => a[0] - b[0])) {
          const split = splitGroup(occurrences)
          if (!split) continue
          const base = spec.groups[group][Number(split.majority.form)]
          const inflected = split.flagged.inflection ? inflectPhrase(base, split.flagged.inflection) ?? base : base
          const expected = mode === 'fold' ? matchCase(inflected, split.flagged.text!) : inflected
          const finding = quotationPolicy(tree, file, consistencyFinding(split, {
            expected: [expected],
            fixable: split.clear,
            reason: reasonFor(hereAndThere(file, split), spec.message ?? 'use one form throughout', {actual: split.flagged.text!, expected})
          }), spec.quotations ?? 'info')
          if (finding) report(finding)
        }
      }
    }
  })
}
