/**
 * The first-mention kind: a name that must be written in full before its
 * short form is used ("Syrian Democratic Forces" before "SDF").
 *
 *     export default firstMentionRule(meta, {name: ['Syrian Democratic Forces'], short: ['SDF']})
 *
 * Only running copy counts: the headline, standfirst, subheads, bylines,
 * datelines, captions, pull quotes and page residue may use the short form and
 * do not spell the name out (a one-line text is read as copy). The short form
 * is matched as written (capitals matter) and also inside a hyphenated word
 * (`SDF-led`) or before a possessive (`SDF's`); the name is matched with case
 * folded. One finding, on the first short form, fixed by writing the name
 * there (not offered as a fix inside a hyphenated word or a possessive).
 */
import type {Root} from 'nlcst'
import type {ParagraphKind} from '../paragraph-kind.js'
import {defineRule, type Rule, type RuleMeta} from '../rule.js'
import {lineAt} from './consistency.js'
import {quotationPolicy, reasonFor, type QuotationMode} from './finding.js'
import {compilePatterns, findMatches, type LeafLine} from './phrase-match.js'

export interface FirstMentionSpec {
  /** The name in full; the first is the fix. */
  name: ReadonlyArray<string>
  /** Its short forms: acronyms, surnames. */
  short: ReadonlyArray<string>
  quotations?: QuotationMode
  /** Why, after "`SDF` is used before `Syrian Democratic Forces` is written in full". */
  message?: string
}

/** Paragraph kinds that are running copy. Keep sorted. */
const copyKinds: ReadonlyArray<ParagraphKind> = ['body', 'list-item']

export function firstMentionRule(meta: RuleMeta, spec: FirstMentionSpec): Rule {
  const names = compilePatterns(spec.name, {case: 'fold'})
  const shorts = compilePatterns(spec.short, {case: 'exact'})
  return defineRule({
    meta,
    create({file, report}) {
      return function (tree: Root) {
        const source = String(file.value)
        const lines = (line: LeafLine, single: boolean): boolean => single || (line.line !== undefined && copyKinds.includes(line.line.kind) && !line.line.titleCase)
        const full = findMatches(tree, source, names, {case: 'fold', guardNames: false, lines})
        const short = findMatches(tree, source, shorts, {case: 'exact', parts: true, guardNames: false, lines}).filter(
          (match) => !full.some((name) => match.start < name.end && name.start < match.end)
        )
        const first = short[0]
        if (!first || (full[0] && full[0].start < first.start)) return
        const name = spec.name[0]
        const later = full[0] ? ` (it is written in full only on line ${lineAt(file, full[0].start)})` : ''
        const finding = quotationPolicy(tree, file, {
          start: first.start,
          end: first.end,
          actual: first.text,
          expected: [name],
          fixable: !first.partial,
          reason: reasonFor(`\`${first.text}\` is used before \`${name}\` is written in full${later}`, spec.message ?? 'spell the name out on first mention', {actual: first.text, expected: name})
        }, spec.quotations ?? 'info')
        if (finding) report(finding)
      }
    }
  })
}
