/**
 * The Node API: the same code the CLI uses.
 *
 *     import {check} from 'copydesk'
 *     const file = await check('About 1oo people.')
 *     file.messages // [{ruleId: 'digit-letter', actual: '1oo', expected: ['100'], …}]
 */
import {VFile} from 'vfile'
import {rules} from '../rules/index.js'
import type {Comparison} from './compare.js'
import {lint, type DialectSetting, type RuleSetting} from './engine.js'
import {fixUntilSettled} from './fix.js'
import type {Format} from './format.js'
import type {Rule, Severity} from './rule.js'

export {rules}
export {applyFixes, type FixResult} from './fix.js'
export type {Comparison} from './compare.js'
export type {Category, RuleMeta, Severity} from './rule.js'
export type {Dialect} from './dictionaries.js'
export type {DialectSetting, Format, RuleSetting}

export interface CheckOptions {
  /** `auto` (default) detects British or American spelling per document. */
  dialect?: DialectSetting
  /** Extra words accepted as correctly spelt. */
  words?: Iterable<string>
  /** Per rule: `false` turns it off, a severity changes its level, or a full setting. */
  rules?: Record<string, boolean | Severity | RuleSetting>
  /** The file's path, used in reports. */
  path?: string
  /** `plain`, `markdown` or `html`; by default from the path's extension (`.md`, `.markdown`, `.html`, `.htm`), else plain. */
  format?: Format
  /** A house-style folder (rules as data, docs/house-style.md); relative paths start at the working folder. */
  styles?: string
}

/** Lint a text (or a VFile) and return the VFile with its messages, sorted by position. */
export async function check(input: string | VFile, options: CheckOptions = {}): Promise<VFile> {
  const file = typeof input === 'string' ? new VFile({value: input, path: options.path}) : input
  // House styles (YAML) and the word diff load only when asked for.
  const house = options.styles === undefined ? undefined : await (await import('./house/load.js')).loadHouseStyle(options.styles)
  return lint(file, {
    dialect: options.dialect ?? 'auto',
    words: new Set(options.words ?? []),
    rules: resolveRules(options.rules ?? {}, house?.rules),
    format: options.format,
    extra: house?.rules
  })
}

export interface FixOutcome {
  /** The text with every safe fix applied, re-checked until nothing is left to fix. */
  output: string
  /** The findings on the original text. */
  file: VFile
  /** How many fixes were applied in all passes. */
  applied: number
  /** Findings on the output that have no safe fix (left for a person). */
  remaining: VFile['messages']
}

/** Apply every safe fix to a text (the API behind `copydesk fix --write`), idempotently. */
export async function fix(input: string | VFile, options: CheckOptions = {}): Promise<FixOutcome> {
  const file = await check(input, options)
  const text = String(file.value)
  const relint = async (value: string) => (await check(value, {...options, path: file.path})).messages
  const settled = await fixUntilSettled(text, file.messages, relint)
  const last = settled.output === text ? file : await check(settled.output, {...options, path: file.path})
  return {output: settled.output, file, applied: settled.first.applied.length + settled.later, remaining: last.messages}
}

/** Compare two drafts (the API behind `copydesk compare`): word-level hunks, findings introduced and resolved. */
export async function compare(
  oldDraft: string | VFile,
  newDraft: string | VFile,
  options: CheckOptions = {}
): Promise<Comparison> {
  const [oldFile, newFile] = await Promise.all([check(oldDraft, options), check(newDraft, options)])
  return (await import('./compare.js')).compareDrafts(oldFile, newFile)
}

/** Normalise the shorthand rule settings; unknown rule ids (built-in or in `extra`, the house rules) are an error. */
export function resolveRules(
  input: Record<string, boolean | Severity | RuleSetting>,
  extra: ReadonlyArray<Rule<any>> = []
): Record<string, RuleSetting> {
  const known = new Set([...rules, ...extra].map((rule) => rule.meta.id))
  const result: Record<string, RuleSetting> = {}
  for (const id of Object.keys(input).sort()) {
    if (!known.has(id)) throw new Error(`Unknown rule id \`${id}\`; run \`copydesk rules\` for the list`)
    const value = input[id]
    result[id] =
      typeof value === 'boolean'
        ? {enabled: value}
        : typeof value === 'string'
          ? {enabled: true, severity: value}
          : value
  }
  return result
}
