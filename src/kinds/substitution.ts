/**
 * The substitution kind: words or phrases to replace, with the replacement as
 * `expected[0]` so `copydesk fix` applies it.
 *
 *     export default substitutionRule(meta, {swap: {percent: 'per cent'}, message: 'house style writes per cent as two words'})
 *
 * With `case: 'fold'` (the default) a match at the start of a sentence keeps
 * its capital (`Percent` → `Per cent`), and a capitalised match elsewhere is
 * taken for a name and left alone (`Pearl Harbor`). With `inflect`, the
 * phrase's last word also matches its regular -s, -ed and -ing forms and the
 * replacement is inflected the same way (`organised` → `organized`).
 * Placeholders (`{day}`, `{month}` …) are copied from the match into the
 * replacement (`{month} {day}, {year}` → `{day} {month} {year}`).
 */
import type {Root} from 'nlcst'
import {defineRule, type Rule, type RuleMeta} from '../rule.js'
import {quotationPolicy, reasonFor, type QuotationMode} from './finding.js'
import {compilePatterns, fillTemplate, findMatches, inflectPhrase, keepPatterns, matchCase, type CaseMode} from './phrase-match.js'

export interface SubstitutionSpec {
  /** Phrase → replacement. */
  swap: Readonly<Record<string, string>>
  case?: CaseMode
  inflect?: boolean
  /** Phrases to leave alone where they overlap a swap (`could of course`). */
  keep?: ReadonlyArray<string>
  quotations?: QuotationMode
  /** Why, appended to "Unexpected `X`, expected `Y`" (or the whole reason with `{actual}`/`{expected}`). */
  message?: string
}

/** The replacement a phrase's match gets: placeholders filled, inflected like the match. */
export function replacementFor(spec: SubstitutionSpec, phrase: string, inflection: 's' | 'ed' | 'ing' | undefined, captures: Readonly<Record<string, string>>): string | undefined {
  const filled = fillTemplate(spec.swap[phrase], captures)
  return inflection ? inflectPhrase(filled, inflection) : filled
}

export function substitutionRule(meta: RuleMeta, spec: SubstitutionSpec): Rule {
  const mode = spec.case ?? 'fold'
  // Phrases to keep come first: on a tie they win.
  const patterns = [...keepPatterns(spec.keep ?? [], mode), ...compilePatterns(Object.keys(spec.swap), {case: mode, inflect: spec.inflect})]
  return defineRule({
    meta,
    create({file, report}) {
      return function (tree: Root) {
        const source = String(file.value)
        for (const match of findMatches(tree, source, patterns, {case: mode})) {
          let expected = replacementFor(spec, match.pattern.phrase, match.pattern.inflection, match.captures)
          if (expected === undefined) continue
          if (mode === 'fold' && !match.pattern.cased) expected = matchCase(expected, match.text)
          // A capital that only marks the start of a sentence stays (`Internet` → `internet`).
          if (match.line.words[match.firstWord]?.initial && expected.slice(1) === match.text.slice(1) && /^\p{Lu}/u.test(match.text)) continue
          // The sentence's full stop is shared with an abbreviation: `in the US.` → `in the U.S.`, `at 10 a.m.` → `at 10am.`
          let end = match.end
          if (match.stop === 'after' && expected.endsWith('.')) end++
          if (match.stop === 'inside' && !expected.endsWith('.')) expected += '.'
          const actual = source.slice(match.start, end)
          if (expected === actual) continue
          const finding = quotationPolicy(tree, file, {
            start: match.start,
            end,
            actual,
            expected: [expected],
            reason: reasonFor(`Unexpected \`${actual}\`, expected \`${expected}\``, spec.message, {actual, expected})
          }, spec.quotations ?? 'info')
          if (finding) report(finding)
        }
      }
    }
  })
}
