/**
 * Project configuration: a `.copydeskrc.json` file, or a `copydesk` key in
 * `package.json`, found by walking up from each checked file (the nearest one
 * applies; configs do not cascade). The file is JSON with comments (JSONC):
 * `//` and `/* … *\/` comments and trailing commas are allowed.
 *
 *     {
 *       "dialect": "en-GB",
 *       "rules": {"spelling": "error", "repeated-word": "off", "spaced-hyphen": {"severity": "info"}},
 *       "dictionaries": ["words.txt"],
 *       "ignore": ["drafts/**", "*.draft.md"],
 *       "dash": "en"
 *     }
 *
 * Everything is validated when the file is loaded: an unknown key or rule
 * id, a bad value, invalid JSON or an unreadable word list is a one-line
 * `ConfigError` naming the file, the place and the key (exit code 2).
 * The schema is documented in docs/config.md.
 */
import fs from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {Node as JsonNode, ParseError} from 'jsonc-parser'
import type Picomatch from 'picomatch'
import {rules} from '../rules/index.js'
import {parseWordList} from './dictionary-file.js'
import {idPattern} from './house/validate.js'
import {editDistance} from './edit-distance.js'
import type {DialectSetting, RuleSetting} from './engine.js'
import type {CheckOptions} from './index.js'
import {describeIoError, LoadError} from './load.js'
import {severities, type Severity} from './rule.js'

/** The JSON and glob parsers (CommonJS packages) load only when a config file is found. */
const require = createRequire(import.meta.url)

function jsonc(): typeof import('jsonc-parser') {
  return require('jsonc-parser') as typeof import('jsonc-parser')
}

/** The project file's name. */
export const configFileName = '.copydeskrc.json'

/** The rule the top-level `dash` setting configures. */
export const dashRuleId = 'spaced-hyphen'

export type DashStyle = 'em' | 'en'

/** A rule's setting as written in the config file. */
export type RuleConfig = 'off' | Severity | {severity?: 'off' | Severity; options?: Record<string, unknown>}

/** A loaded, validated configuration. */
export interface ProjectConfig {
  /** The file it came from (`.copydeskrc.json`, `package.json` or the `--config` file). */
  path: string
  /** Its folder: dictionaries, ignore globs and styles are relative to it. */
  folder: string
  dialect?: DialectSetting
  /** Resolved rule settings, by id (the `dash` style folded into its rule). */
  rules: Record<string, RuleSetting>
  /** Absolute paths of the word lists. */
  dictionaries: string[]
  /** The words of those lists, in order. */
  words: string[]
  /** Ignore globs, relative to `folder`. */
  ignore: string[]
  dash?: DashStyle
  /** Absolute path of the house-style folder (docs/house-style.md). */
  styles?: string
}

/** A configuration problem: `file:line:column: key: problem`, one line, exit code 2. */
export class ConfigError extends LoadError {
  constructor(
    readonly file: string,
    readonly key: string | undefined,
    problem: string,
    where?: {line: number; column: number}
  ) {
    super(where ? `${file}:${where.line}:${where.column}` : file, key ? `\`${key}\`: ${problem}` : problem)
    this.name = 'ConfigError'
  }
}

/** The keys a config may have (keep sorted). */
export const configKeys: ReadonlyArray<string> = ['dash', 'dialect', 'dictionaries', 'ignore', 'rules', 'styles']

const dialects: ReadonlyArray<string> = ['auto', 'en-GB', 'en-US']
const dashes: ReadonlyArray<string> = ['em', 'en']
const ruleLevels: ReadonlyArray<string> = ['off', ...severities]
const levelsOrObject = `${ruleLevels.map((level) => `"${level}"`).join(', ')} or {"severity": …, "options": {…}}`

/**
 * Parse and validate the text of a config file. `shown` is the path used in
 * messages; `folder` the one relative paths start from. For `package.json`
 * the `copydesk` key is the config; undefined when there is none.
 */
export async function parseConfig(
  text: string,
  shown: string,
  folder: string,
  packageJson = false
): Promise<ProjectConfig | undefined> {
  const {findNodeAtLocation, parseTree} = jsonc()
  const errors: ParseError[] = []
  const root = parseTree(text, errors, {allowTrailingComma: true, disallowComments: false})
  if (errors.length > 0 || !root) {
    const error = errors[0]
    throw new ConfigError(shown, undefined, `invalid JSON: ${describeParseError(error?.error)}`, error ? pointAt(text, error.offset) : undefined)
  }
  let node: JsonNode | undefined = root
  let prefix = ''
  if (packageJson) {
    node = findNodeAtLocation(root, ['copydesk'])
    if (!node) return undefined
    prefix = 'copydesk.'
  }
  const fail = (at: JsonNode, key: string | undefined, problem: string): never => {
    throw new ConfigError(shown, key === undefined ? undefined : prefix + key, problem, pointAt(text, at.offset))
  }
  if (node.type !== 'object') fail(node, packageJson ? '' : undefined, 'must be a JSON object')
  const config: ProjectConfig = {path: shown, folder, rules: {}, dictionaries: [], words: [], ignore: []}
  const settings: Record<string, RuleSetting> = {}
  /** Ids of house rules set under `rules`, checked once the `styles` folder is loaded. */
  const houseIds: JsonNode[] = []
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children as [JsonNode, JsonNode]
    const key = String(keyNode.value)
    const value = valueNode.value
    switch (key) {
      case 'dialect':
        if (!dialects.includes(value)) fail(valueNode, key, `must be ${list(dialects)} ${got(valueNode, dialects)}`)
        config.dialect = value
        break
      case 'dash':
        if (!dashes.includes(value)) fail(valueNode, key, `must be ${list(dashes)} ${got(valueNode, dashes)}`)
        config.dash = value
        break
      case 'styles':
        if (typeof value !== 'string' || value === '') fail(valueNode, key, `must be a folder path ${got(valueNode)}`)
        config.styles = path.resolve(folder, value)
        break
      case 'ignore':
        for (const [index, item] of stringsOf(valueNode, key, fail).entries()) {
          if (item.value === '') fail(item, `${key}[${index}]`, 'must not be empty')
          const problem = globProblem(String(item.value))
          if (problem) fail(item, `${key}[${index}]`, problem)
          config.ignore.push(String(item.value))
        }
        break
      case 'dictionaries':
        for (const [index, item] of stringsOf(valueNode, key, fail).entries()) {
          const file = path.resolve(folder, String(item.value))
          config.dictionaries.push(file)
          try {
            config.words.push(...parseWordList(await fs.readFile(file, 'utf8')))
          } catch (error) {
            fail(item, `${key}[${index}]`, `cannot read word list \`${item.value}\`: ${describeIoError(error)}`)
          }
        }
        break
      case 'rules':
        if (valueNode.type !== 'object') fail(valueNode, key, `must be an object of rule ids ${got(valueNode)}`)
        for (const rule of valueNode.children ?? []) {
          const [idNode, settingNode] = rule.children as [JsonNode, JsonNode]
          const id = String(idNode.value)
          if (idPattern.test(id)) houseIds.push(idNode)
          settings[id] = ruleSetting(id, idNode, settingNode, (at, key, problem) => fail(at, `rules.${id}${key}`, problem))
        }
        break
      default:
        fail(keyNode, key, `unknown key${suggest(key, configKeys)}; the keys are ${list(configKeys)}`)
    }
  }
  if (houseIds.length > 0) {
    // The house-style loader (and its YAML parser) loads only for a config with `styles`.
    const house = config.styles === undefined ? undefined : await (await import('./house/load.js')).loadHouseStyle(config.styles)
    const known = house && new Set(house.rules.map((rule) => rule.meta.id))
    for (const idNode of houseIds) {
      if (!known) fail(idNode, `rules.${idNode.value}`, 'a house-style rule needs a `styles` folder')
      else if (!known.has(String(idNode.value))) fail(idNode, `rules.${idNode.value}`, 'unknown house-style rule id; run `copydesk rules` for the list')
    }
  }
  config.rules = withDash(settings, config.dash)
  return config
}

/** Load one config file given by path (`--config`); `package.json` must have a `copydesk` key. */
export async function loadConfigFile(file: string, shown = file): Promise<ProjectConfig> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigError(shown, undefined, `cannot read config: ${describeIoError(error)}`)
  }
  const packageJson = path.basename(file) === 'package.json'
  const config = await parseConfig(text, shown, path.dirname(path.resolve(file)), packageJson)
  if (!config) throw new ConfigError(shown, 'copydesk', 'missing: this package.json has no copydesk settings')
  return config
}

export interface ResolverOptions {
  /** Use this one file for every input instead of searching (`--config`). */
  explicit?: string
  /** Ignore config files altogether (`--no-config`). */
  disabled?: boolean
  /** The folder relative paths (and stdin) start from; also how paths are shown. */
  cwd?: string
}

/**
 * Finds the config that applies to each file, walking up from the file's
 * folder; each folder is looked at once and each config loaded once.
 */
export class ConfigResolver {
  private readonly folders = new Map<string, Promise<ProjectConfig | undefined>>()
  private explicit: Promise<ProjectConfig> | undefined
  private readonly cwd: string

  constructor(private readonly options: ResolverOptions = {}) {
    this.cwd = options.cwd ?? process.cwd()
  }

  /** The config for a file path (`-` or a stdin name is looked up from the working folder). */
  async configFor(file: string): Promise<ProjectConfig | undefined> {
    if (this.options.disabled) return undefined
    if (this.options.explicit !== undefined) {
      this.explicit ??= loadConfigFile(path.resolve(this.cwd, this.options.explicit), this.options.explicit)
      return this.explicit
    }
    return this.inFolder(path.dirname(path.resolve(this.cwd, file === '-' ? 'stdin' : file)))
  }

  private inFolder(folder: string): Promise<ProjectConfig | undefined> {
    let found = this.folders.get(folder)
    if (!found) {
      found = this.lookIn(folder)
      this.folders.set(folder, found)
    }
    return found
  }

  private async lookIn(folder: string): Promise<ProjectConfig | undefined> {
    const rc = path.join(folder, configFileName)
    if (await isFile(rc)) return loadConfigFile(rc, this.shown(rc))
    const manifest = path.join(folder, 'package.json')
    if (await isFile(manifest)) {
      const text = await fs.readFile(manifest, 'utf8').catch(() => '')
      // A broken package.json that never mentions copydesk is not ours to report.
      if (/"copydesk"\s*:/.test(text)) {
        const config = await parseConfig(text, this.shown(manifest), folder, true)
        if (config) return config
      }
    }
    const parent = path.dirname(folder)
    return parent === folder ? undefined : this.inFolder(parent)
  }

  /** Paths inside the working folder are shown relative to it. */
  private shown(file: string): string {
    const relative = path.relative(this.cwd, file)
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
  }
}

/**
 * The options for one file: the config's settings under the command-line
 * ones (a flag wins; `--dictionary` words add to the config's).
 */
export function mergeOptions(flags: CheckOptions, config: ProjectConfig | undefined): CheckOptions {
  if (!config) return flags
  return {
    ...flags,
    dialect: flags.dialect ?? config.dialect,
    words: [...config.words, ...(flags.words ?? [])],
    rules: {...config.rules, ...flags.rules},
    styles: flags.styles ?? config.styles
  }
}

/** Whether a config skips a file: its `ignore` globs match it, or it is one of its word lists. */
export function isIgnored(config: ProjectConfig, file: string, cwd = process.cwd()): boolean {
  if (file === '-') return false
  const absolute = path.resolve(cwd, file)
  if (config.dictionaries.includes(absolute)) return true
  if (config.ignore.length === 0) return false
  const relative = path.relative(config.folder, absolute).split(path.sep).join('/')
  if (relative.startsWith('../') || path.isAbsolute(relative)) return false
  return matcherFor(config)(relative)
}

/**
 * Why an `ignore` glob is refused, if it is. picomatch passes groups (`(a+)+`,
 * `(a|aa)`) through as regular expressions, and `*`s in one path segment
 * multiply: either can take minutes against one long file name. The globs
 * allowed are `*`, `**`, `?`, `[…]`, `{a,b}` and a leading `!`.
 */
export function globProblem(glob: string): string | undefined {
  if (/[()|]/.test(glob.replace(/\[[^\]]*\]/g, ''))) {
    return 'groups `(…)` and `|` are not supported in ignore globs (they can take exponential time); use `*`, `**`, `?`, `[…]` or `{a,b}`, and `[(]` for a literal parenthesis'
  }
  for (const segment of glob.split('/')) {
    if (segment !== '**' && (segment.match(/\*/g)?.length ?? 0) > maximumStars) {
      return `more than ${maximumStars} \`*\` in the path segment \`${segment}\` (matching it can take minutes); use fewer`
    }
  }
  return undefined
}

/** The most `*` in one path segment of an ignore glob: three keep matching fast on any file name. */
const maximumStars = 3

const matchers = new WeakMap<ProjectConfig, (file: string) => boolean>()

function matcherFor(config: ProjectConfig): (file: string) => boolean {
  let matcher = matchers.get(config)
  if (!matcher) {
    // `drafts/` ignores a folder; a pattern without a slash matches at any depth (as in .gitignore).
    const patterns = config.ignore.map((pattern) => (pattern.endsWith('/') ? `${pattern}**` : pattern))
    const picomatch = require('picomatch') as typeof Picomatch
    // `regex: false`: a `+` is a plain character, never a regular-expression quantifier.
    const nested = picomatch(patterns, {dot: true, regex: false})
    const anywhere = picomatch(patterns.filter((pattern) => !pattern.includes('/')), {dot: true, basename: true, regex: false})
    matcher = (file) => nested(file) || anywhere(file) || folderIgnored(file, nested)
    matchers.set(config, matcher)
  }
  return matcher
}

/** `drafts` (no trailing slash) also ignores everything inside the folder `drafts`. */
function folderIgnored(file: string, match: (file: string) => boolean): boolean {
  const parts = file.split('/')
  for (let length = 1; length < parts.length; length++) if (match(parts.slice(0, length).join('/'))) return true
  return false
}

/** The config's settings with `dash` folded into the spaced-hyphen rule's options (explicit rule options win). */
function withDash(settings: Record<string, RuleSetting>, dash: DashStyle | undefined): Record<string, RuleSetting> {
  if (!dash || !rules.some((rule) => rule.meta.id === dashRuleId)) return settings
  const current = settings[dashRuleId]
  return {...settings, [dashRuleId]: {...current, enabled: current?.enabled ?? true, options: {dash, ...current?.options}}}
}

type Fail = (at: JsonNode, key: string, problem: string) => never

function ruleSetting(id: string, idNode: JsonNode, node: JsonNode, fail: Fail): RuleSetting {
  const rule = rules.find((candidate) => candidate.meta.id === id)
  // A house-style rule (`house/per-cent`) is checked against the styles folder once it is loaded.
  const house = !rule && idPattern.test(id)
  if (!rule && !house) {
    fail(idNode, '', `unknown rule id${suggest(id, rules.map((candidate) => candidate.meta.id))}; run \`copydesk rules\` for the list`)
  }
  if (node.type === 'string') {
    if (!ruleLevels.includes(node.value)) fail(node, '', `must be ${levelsOrObject} ${got(node, ruleLevels)}`)
    return node.value === 'off' ? {enabled: false} : {enabled: true, severity: node.value}
  }
  if (node.type !== 'object') fail(node, '', `must be ${levelsOrObject} ${got(node)}`)
  const setting: RuleSetting = {enabled: true}
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children as [JsonNode, JsonNode]
    const key = String(keyNode.value)
    if (key === 'severity') {
      if (!ruleLevels.includes(valueNode.value)) fail(valueNode, '.severity', `must be ${list(ruleLevels)} ${got(valueNode, ruleLevels)}`)
      if (valueNode.value === 'off') setting.enabled = false
      else setting.severity = valueNode.value
    } else if (key === 'options') {
      if (house) fail(keyNode, '.options', 'a house-style rule takes no options')
      setting.options = ruleOptions(rule!.options as Record<string, unknown>, valueNode, fail)
    } else {
      fail(keyNode, `.${key}`, 'unknown key; a rule takes `severity` and `options`')
    }
  }
  return setting
}

/** Options are checked against the rule's defaults: known names, and the type of the default. */
function ruleOptions(defaults: Record<string, unknown>, node: JsonNode, fail: Fail): Record<string, unknown> {
  if (node.type !== 'object') fail(node, '.options', `must be an object ${got(node)}`)
  const known = Object.keys(defaults).sort()
  const result: Record<string, unknown> = {}
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children as [JsonNode, JsonNode]
    const key = String(keyNode.value)
    if (!known.includes(key)) {
      fail(keyNode, `.options.${key}`, known.length > 0 ? `unknown option${suggest(key, known)}; this rule takes ${list(known)}` : 'unknown option; this rule takes none')
    }
    const expected = typeOf(defaults[key])
    const actual = typeOf(valueNode.value)
    if (expected !== 'null' && actual !== expected) fail(valueNode, `.options.${key}`, `must be ${article(expected)} ${got(valueNode)}`)
    result[key] = valueNode.value
  }
  return result
}

function stringsOf(node: JsonNode, key: string, fail: Fail): JsonNode[] {
  if (node.type !== 'array') fail(node, key, `must be an array of strings ${got(node)}`)
  const items = node.children ?? []
  items.forEach((item, index) => {
    if (item.type !== 'string') fail(item, `${key}[${index}]`, `must be a string ${got(item)}`)
  })
  return items
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile()
  } catch {
    return false
  }
}

/** 1-based line and column of an offset. */
function pointAt(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/)
  return {line: before.length, column: before[before.length - 1].length + 1}
}

const parseErrors: Readonly<Record<string, string>> = {
  CloseBraceExpected: 'expected `}`',
  CloseBracketExpected: 'expected `]`',
  ColonExpected: 'expected `:`',
  CommaExpected: 'expected `,`',
  EndOfFileExpected: 'unexpected text after the end',
  InvalidCharacter: 'invalid character in a string',
  InvalidCommentToken: 'invalid comment',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidNumberFormat: 'invalid number',
  InvalidSymbol: 'unexpected character',
  InvalidUnicode: 'invalid \\u escape',
  PropertyNameExpected: 'expected a property name in double quotes',
  UnexpectedEndOfComment: 'unclosed comment',
  UnexpectedEndOfNumber: 'unfinished number',
  UnexpectedEndOfString: 'unclosed string',
  ValueExpected: 'expected a value'
}

function describeParseError(code: ParseError['error'] | undefined): string {
  if (code === undefined) return 'empty file'
  const name = jsonc().printParseErrorCode(code)
  return parseErrors[name] ?? name
}

function typeOf(value: unknown): string {
  return value === null || value === undefined ? 'null' : Array.isArray(value) ? 'array' : typeof value
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

/** A value as written, shortened. */
function show(node: JsonNode): string {
  const text = JSON.stringify(node.value ?? (node.type === 'object' ? {} : node.type === 'array' ? [] : null))
  return text.length > 40 ? text.slice(0, 37) + '…' : text
}

function list(values: ReadonlyArray<string>): string {
  const quoted = values.map((value) => `"${value}"`)
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted.join('')
}

/** The candidate nearest a misspelt value (edit distance of at most 2, ignoring case), if any. */
function closest(value: unknown, candidates: ReadonlyArray<string>): string | undefined {
  if (typeof value !== 'string') return
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase(), 2)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** ` (did you mean "x"?)` for a near miss, else nothing. */
function suggest(value: unknown, candidates: ReadonlyArray<string>): string {
  const best = closest(value, candidates)
  return best ? ` (did you mean "${best}"?)` : ''
}

/** `(got "x")`, or `(got "x"; did you mean "y"?)` for a near miss. */
function got(node: JsonNode, candidates: ReadonlyArray<string> = []): string {
  const best = closest(node.value, candidates)
  return `(got ${show(node)}${best ? `; did you mean "${best}"?` : ''})`
}
