/**
 * Validation of house-style files: every problem is one line naming the file
 * (and line) and the rule, `styles/per-cent.yaml:3: house/per-cent: the swap
 * is empty`, thrown as a HouseStyleError (exit code 2 through the CLI).
 *
 * A file holds one rule (an object with an `id`) or a set:
 *
 *     extends: news-uk          # optional: a preset or a folder, relative to this one
 *     disable: [news-uk/toward] # optional: ids of extended rules to drop
 *     rules:                    # optional: a list of rules
 *       - id: house/per-cent
 *         kind: substitution
 *         message: house style writes per cent as two words
 *         swap: {percent: per cent}
 *
 * The format is documented in docs/house-style.md.
 */
import {categories, severities, type Category, type RuleExample, type Severity} from '../rule.js'
import {quotationModes, type QuotationMode} from '../kinds/finding.js'
import {LoadError} from '../load.js'
import {
  compilePatterns,
  fillTemplate,
  inflectPhrase,
  inflections,
  matchInText,
  phraseProblem,
  type CaseMode,
  type Pattern
} from '../kinds/phrase-match.js'
import {providedBy, sampleValues} from '../kinds/placeholders.js'

/** A house-style problem: `file:line: rule: problem`, one line. */
export class HouseStyleError extends LoadError {
  constructor(file: string, rule: string | undefined, problem: string, line?: number) {
    super(line === undefined ? file : `${file}:${line}`, rule === undefined ? problem : `${rule}: ${problem}`)
    this.name = 'HouseStyleError'
  }
}

/** The kinds a rule may have. Keep sorted. */
export const kinds = ['consistency', 'existence', 'first-mention', 'substitution'] as const
export type Kind = (typeof kinds)[number]

/** An example: `good` must not be flagged; `bad`, when given, must be, and fixing it gives `good`. */
export interface Example {
  bad?: string
  good: string
}

interface Common {
  id: string
  kind: Kind
  message: string
  severity: Severity
  category: Category
  description?: string
  quotations?: QuotationMode
  examples: Example[]
  /** Where the rule was written, for messages. */
  file: string
  line?: number
}

export type RuleSpec =
  | (Common & {kind: 'substitution'; swap: Record<string, string>; keep: string[]; case: CaseMode; inflect: boolean})
  | (Common & {kind: 'existence'; phrases: string[]; keep: string[]; case: CaseMode; inflect: boolean})
  | (Common & {kind: 'consistency'; groups: string[][]; case: CaseMode; inflect: boolean})
  | (Common & {kind: 'first-mention'; name: string[]; short: string[]})

/** One validated file. */
export interface StyleFile {
  file: string
  extends: Array<{value: string; line?: number}>
  disable: Array<{id: string; line?: number}>
  rules: RuleSpec[]
}

type Path = ReadonlyArray<string | number>
/** The line a value was written on, when the parser knows it. */
export type LineOf = (path: Path) => number | undefined

/** Keys every rule may have. Keep sorted. */
const commonKeys: ReadonlyArray<string> = ['category', 'description', 'examples', 'id', 'kind', 'message', 'quotations', 'severity']
/** Keys each kind adds. */
const kindKeys: Readonly<Record<Kind, ReadonlyArray<string>>> = {
  consistency: ['case', 'groups', 'inflect'],
  existence: ['case', 'inflect', 'keep', 'phrases'],
  'first-mention': ['name', 'short'],
  substitution: ['case', 'inflect', 'keep', 'swap']
}
/** Keys of a set file. Keep sorted. */
const setKeys: ReadonlyArray<string> = ['disable', 'extends', 'rules']
const caseModes: ReadonlyArray<CaseMode> = ['exact', 'fold']
export const idPattern = /^[a-z\d]+(?:-[a-z\d]+)*\/[a-z\d]+(?:-[a-z\d]+)*$/

/** Validate the parsed contents of one file. */
export function validateFile(data: unknown, file: string, lineOf: LineOf = () => undefined): StyleFile {
  const result: StyleFile = {file, extends: [], disable: [], rules: []}
  if (!isObject(data)) throw new HouseStyleError(file, undefined, `must hold a rule (with an \`id\`) or a set (\`extends\`, \`disable\`, \`rules\`), got ${typeName(data)}`, lineOf([]))
  if ('id' in data || 'kind' in data) {
    result.rules.push(validateRule(data, file, [], lineOf))
    return result
  }
  for (const key of Object.keys(data)) {
    if (!setKeys.includes(key)) {
      throw new HouseStyleError(file, undefined, `unknown key \`${key}\`; a file holds a rule (with an \`id\`) or ${setKeys.map((k) => `\`${k}\``).join(', ')}`, lineOf([key]))
    }
  }
  if (data.extends !== undefined) {
    const values = typeof data.extends === 'string' ? [data.extends] : data.extends
    if (!Array.isArray(values) || values.length === 0 || !values.every((value) => typeof value === 'string' && value !== '')) {
      throw new HouseStyleError(file, undefined, '`extends` must be a preset name or folder, or a list of them', lineOf(['extends']))
    }
    values.forEach((value: string, index: number) => result.extends.push({value, line: lineOf(typeof data.extends === 'string' ? ['extends'] : ['extends', index])}))
  }
  if (data.disable !== undefined) {
    if (!Array.isArray(data.disable) || !data.disable.every((id) => typeof id === 'string' && id !== '')) {
      throw new HouseStyleError(file, undefined, '`disable` must be a list of rule ids', lineOf(['disable']))
    }
    data.disable.forEach((id: string, index: number) => result.disable.push({id, line: lineOf(['disable', index])}))
  }
  if (data.rules !== undefined) {
    if (!Array.isArray(data.rules)) throw new HouseStyleError(file, undefined, '`rules` must be a list of rules', lineOf(['rules']))
    data.rules.forEach((rule: unknown, index: number) => result.rules.push(validateRule(rule, file, ['rules', index], lineOf)))
  }
  return result
}

function validateRule(data: unknown, file: string, at: Path, lineOf: LineOf): RuleSpec {
  const line = lineOf(at)
  const label = at.length > 0 ? `rule ${Number(at[at.length - 1]) + 1}` : 'the rule'
  if (!isObject(data)) throw new HouseStyleError(file, label, `must be an object, got ${typeName(data)}`, line)
  const id = data.id
  if (typeof id !== 'string' || id === '') throw new HouseStyleError(file, label, 'missing `id` (like `house/per-cent`)', line)
  if (!idPattern.test(id)) throw new HouseStyleError(file, id, 'the id must be `<style>/<name>` in lower-case kebab-case, like `house/per-cent`', line)
  const fail = (problem: string, key?: string | number, ...more: Array<string | number>): never => {
    throw new HouseStyleError(file, id, problem, (key === undefined ? undefined : lineOf([...at, key, ...more])) ?? line)
  }
  const kind = data.kind
  if (kind === undefined) fail(`missing \`kind\`; the kinds are ${kinds.join(', ')}`)
  if (typeof kind !== 'string' || !(kinds as ReadonlyArray<string>).includes(kind)) {
    fail(`unknown kind \`${String(kind)}\`; the kinds are ${kinds.join(', ')}`, 'kind')
  }
  const known = [...commonKeys, ...kindKeys[kind as Kind]]
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) fail(`unknown field \`${key}\` for ${/^[aeiou]/.test(kind as string) ? 'an' : 'a'} ${kind} rule; the fields are ${[...known].sort().join(', ')}`, key)
  }
  const message = data.message
  if (message === undefined || (typeof message === 'string' && message.trim() === '')) fail('missing `message`', 'message')
  if (typeof message !== 'string') fail('`message` must be a string', 'message')
  const severity = data.severity ?? 'warning'
  if (!severities.includes(severity)) fail(`\`severity\` must be ${severities.join(', ')} (got \`${String(severity)}\`)`, 'severity')
  const category = data.category ?? 'style'
  if (!categories.includes(category)) fail(`\`category\` must be ${categories.join(', ')} (got \`${String(category)}\`)`, 'category')
  if (data.description !== undefined && (typeof data.description !== 'string' || data.description.trim() === '')) fail('`description` must be a non-empty string', 'description')
  const quotations = data.quotations
  if (quotations !== undefined && !quotationModes.includes(quotations)) fail(`\`quotations\` must be ${quotationModes.join(', ')} (got \`${String(quotations)}\`)`, 'quotations')
  const common: Common = {
    id,
    kind: kind as Kind,
    message: (message as string).trim(),
    severity,
    category,
    ...(data.description === undefined ? {} : {description: data.description}),
    ...(quotations === undefined ? {} : {quotations}),
    examples: examplesOf(data.examples, fail),
    file,
    line
  }
  const caseMode = data.case ?? 'fold'
  if (!caseModes.includes(caseMode)) fail(`\`case\` must be fold or exact (got \`${String(caseMode)}\`)`, 'case')
  const inflect = data.inflect ?? false
  if (typeof inflect !== 'boolean') fail('`inflect` must be true or false', 'inflect')
  const keep = data.keep === undefined ? [] : stringList(data.keep, 'keep', fail)
  keep.forEach((phrase, index) => {
    const problem = phraseProblem(phrase)
    if (problem) fail(problem, 'keep', index)
  })

  switch (kind as Kind) {
    case 'substitution': {
      const swap = data.swap
      if (swap === undefined) fail('missing `swap` (phrase: replacement)')
      if (!isObject(swap) || Object.keys(swap).length === 0) fail('the swap is empty: give `phrase: replacement` pairs', 'swap')
      const result: Record<string, string> = {}
      for (const [phrase, replacement] of Object.entries(swap as Record<string, unknown>)) {
        const problem = phraseProblem(phrase)
        if (problem) fail(`empty swap: ${problem}`, 'swap', phrase)
        if (typeof replacement !== 'string' || replacement.trim() === '') fail(`empty swap: \`${phrase}\` has no replacement`, 'swap', phrase)
        const placeholders = providedBy([...phrase.matchAll(/\{([a-z]+)\}/g)].map((match) => match[1]))
        for (const match of (replacement as string).matchAll(/\{([^{}]*)\}/g)) {
          if (!placeholders.has(match[1])) fail(`the replacement \`${replacement}\` uses \`{${match[1]}}\`, which \`${phrase}\` does not match`, 'swap', phrase)
        }
        if (inflect && !inflectPhrase(replacement as string, 's')) fail(`\`inflect\` needs the replacement \`${replacement}\` to end in a plain word`, 'swap', phrase)
        result[phrase] = replacement as string
      }
      const spec = {...common, kind: 'substitution' as const, swap: result, keep, case: caseMode, inflect}
      const loop = selfLoop(spec)
      if (loop) fail(loop.problem, 'swap', loop.phrase)
      return spec
    }
    case 'existence': {
      const phrases = stringList(data.phrases, 'phrases', fail)
      phrases.forEach((phrase, index) => {
        const problem = phraseProblem(phrase)
        if (problem) fail(problem, 'phrases', index)
      })
      return {...common, kind: 'existence', phrases, keep, case: caseMode, inflect}
    }
    case 'consistency': {
      const groups = data.groups
      if (!Array.isArray(groups) || groups.length === 0) fail('`groups` must be a list of groups, each a list of two or more forms', 'groups')
      const result = (groups as unknown[]).map(function (group, index) {
        if (!Array.isArray(group) || group.length < 2 || !group.every((form) => typeof form === 'string')) {
          fail('each group must list two or more forms', 'groups', index)
        }
        const forms = group as string[]
        for (const form of forms) {
          const problem = phraseProblem(form)
          if (problem) fail(problem, 'groups', index)
        }
        const folded = forms.map((form) => (caseMode === 'fold' ? form.toLowerCase() : form))
        if (new Set(folded).size !== folded.length) fail(`a form is listed twice in [${forms.join(', ')}]`, 'groups', index)
        return forms
      })
      return {...common, kind: 'consistency', groups: result, case: caseMode, inflect}
    }
    case 'first-mention': {
      const name = stringList(data.name, 'name', fail)
      const short = stringList(data.short, 'short', fail)
      for (const phrase of [...name, ...short]) {
        const problem = phraseProblem(phrase)
        if (problem) fail(problem, name.includes(phrase) ? 'name' : 'short')
        if (/\{/.test(phrase)) fail(`placeholders are not allowed in a first-mention rule (\`${phrase}\`)`, name.includes(phrase) ? 'name' : 'short')
      }
      return {...common, kind: 'first-mention', name, short}
    }
  }
}

function examplesOf(value: unknown, fail: (problem: string, ...path: Array<string | number>) => never): Example[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) fail('`examples` must be a list of {bad, good}', 'examples')
  return (value as unknown[]).map(function (example, index) {
    if (!isObject(example) || typeof example.good !== 'string' || (example.bad !== undefined && typeof example.bad !== 'string')) {
      fail('each example needs `good` (not flagged) and may have `bad` (flagged)', 'examples', index)
    }
    const {bad, good, ...rest} = example as {bad?: string; good: string}
    if (Object.keys(rest).length > 0) fail(`unknown field \`${Object.keys(rest)[0]}\` in an example; use \`bad\` and \`good\``, 'examples', index)
    return bad === undefined ? {good} : {bad, good}
  })
}

function stringList(value: unknown, key: string, fail: (problem: string, key?: string) => never): string[] {
  if (value === undefined) fail(`missing \`${key}\``)
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === 'string')) {
    fail(`\`${key}\` must be a phrase or a list of phrases`, key)
  }
  return list as string[]
}

/** The example pairs a rule's metadata carries (bad and good). */
export function examplePairs(examples: ReadonlyArray<Example>): RuleExample[] {
  return examples.filter((example): example is RuleExample => example.bad !== undefined)
}

/** Every replacement a substitution can produce, with placeholders filled and inflected like the match. */
export function replacementsOf(spec: Extract<RuleSpec, {kind: 'substitution'}>): Array<{phrase: string; replacement: string}> {
  const result: Array<{phrase: string; replacement: string}> = []
  for (const [phrase, template] of Object.entries(spec.swap)) {
    const filled = fillTemplate(template, sampleValues)
    result.push({phrase, replacement: filled})
    if (spec.inflect) {
      for (const inflection of inflections) {
        const form = inflectPhrase(filled, inflection)
        if (form) result.push({phrase, replacement: form})
      }
    }
  }
  return result
}

export function patternsOf(spec: Extract<RuleSpec, {kind: 'substitution'}>): Pattern[] {
  return compilePatterns(Object.keys(spec.swap), {case: spec.case, inflect: spec.inflect})
}

/** A rule whose replacement it matches again would rewrite its own fix for ever under `fix`. */
function selfLoop(spec: Extract<RuleSpec, {kind: 'substitution'}>): {phrase: string; problem: string} | undefined {
  const patterns = patternsOf(spec)
  for (const {phrase, replacement} of replacementsOf(spec)) {
    const found = matchInText(replacement, patterns, spec.case)
    if (found === undefined) continue
    const problem =
      spec.case === 'fold' && phrase.toLowerCase() === replacement.toLowerCase()
        ? `the rule matches its own replacement: \`${phrase}\` → \`${replacement}\` differ only in case; set \`case: exact\``
        : `the rule matches its own replacement: \`${phrase}\` → \`${replacement}\` contains \`${found}\`, so \`fix\` would loop`
    return {phrase, problem}
  }
  return undefined
}

/**
 * Across a whole style: a replacement that another substitution rule matches
 * would make two rules rewrite each other's fixes. Throws for the first one.
 */
export function checkConflicts(specs: ReadonlyArray<RuleSpec>): void {
  const substitutions = specs.filter((spec): spec is Extract<RuleSpec, {kind: 'substitution'}> => spec.kind === 'substitution')
  const compiled = substitutions.map((spec) => ({spec, patterns: patternsOf(spec)}))
  for (const spec of substitutions) {
    for (const {phrase, replacement} of replacementsOf(spec)) {
      for (const other of compiled) {
        if (other.spec === spec) continue
        const found = matchInText(replacement, other.patterns, other.spec.case)
        if (found !== undefined) {
          throw new HouseStyleError(
            spec.file,
            spec.id,
            `the replacement \`${replacement}\` (for \`${phrase}\`) is matched by ${other.spec.id} (\`${found}\`), so \`fix\` would loop; disable or change one of them`,
            spec.line
          )
        }
      }
    }
  }
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function typeName(value: unknown): string {
  return value === null || value === undefined ? 'nothing' : Array.isArray(value) ? 'a list' : `a ${typeof value}`
}
