/**
 * The rule contract, written once: rule metadata, `defineRule()` and the
 * `report()` helper that turns a finding into a VFileMessage following the
 * message contract in docs/architecture.md.
 */
import type {Node, Root} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

/** The closed set of finding kinds. */
export type Category =
  /** A misspelt word or mangled token: "bren" for "been", "1oo" for "100". */
  | 'typo'
  /** The article disagrees with itself: two figures, two spellings of a name. */
  | 'consistency'
  /** Marks and spacing: "ISIS ," or a spaced hyphen used as a dash. */
  | 'punctuation'
  /** Sentence structure: "a significant progress", a missing word. */
  | 'grammar'
  /** House style and usage: redundant acronyms, lower-case proper nouns. */
  | 'style'
  /** Text that is not part of the article: "Post a Comment", "Share this article". */
  | 'residue'

export const categories: ReadonlyArray<Category> = [
  'consistency',
  'grammar',
  'punctuation',
  'residue',
  'style',
  'typo'
]

export type Severity = 'error' | 'warning' | 'info'
export const severities: ReadonlyArray<Severity> = ['error', 'warning', 'info']

export interface RuleExample {
  bad: string
  good: string
}

export interface RuleMeta {
  /** Stable kebab-case id, equal to the file name; used in config and output. */
  id: string
  /** One sentence: what the rule finds. */
  description: string
  category: Category
  /** Default severity; config may override it. */
  severity: Severity
  /** `expected[0]` is safe to apply at the message range. */
  fixable: boolean
  /** The unit the rule looks at. */
  scope: 'word' | 'sentence' | 'paragraph' | 'document'
  /** Feeds the docs and the registry test: `bad` is flagged and fixes to `good`. */
  examples: ReadonlyArray<RuleExample>
}

/** A place elsewhere in the document that belongs to the same finding. */
export interface RelatedLocation {
  line: number
  column: number
  offset: number
  text: string
}

export interface Finding {
  /** The flagged node: its position gives the range. */
  node?: Node
  /** Or an explicit half-open range of UTF-16 offsets in the original text. */
  start?: number
  end?: number
  reason: string
  /** The flagged text; defaults to the text of the range. */
  actual?: string
  /** Replacements, best first; `expected[0]` is the fix. */
  expected?: ReadonlyArray<string>
  /** Other places of the same finding (consistency rules): offset ranges. */
  related?: ReadonlyArray<{start: number; end: number}>
  /** Override the configured severity for this one finding (e.g. `info` inside a quotation). */
  severity?: Severity
  /** Set to false when this finding's fix must not be applied automatically. */
  fixable?: boolean
  /** Extra rule-specific data (kept under `message.data`). */
  data?: Record<string, unknown>
}

export type Report = (finding: Finding) => void

/** What copydesk keeps on every message beyond vfile's own fields. */
export interface MessageData {
  /** The level the finding was reported at (after config and per-finding overrides). */
  severity: Severity
  /** `expected[0]` is safe to apply automatically at the message's range. */
  fixable: boolean
  /** Other locations of a consistency finding. */
  related?: RelatedLocation[]
  [key: string]: unknown
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** copydesk's extra fields (see MessageData). */
    data?: MessageData
  }
}

/** Options every rule accepts from the engine. */
export interface BaseOptions {
  severity?: Severity
}

export interface RuleContext<Options> {
  options: Options
  file: VFile
  report: Report
}

export interface Rule<Options extends object = object> {
  meta: RuleMeta
  /** Typed defaults for rule-specific options. */
  options: Options
  /** The unified plugin: attach it with `processor.use(rule.plugin, options)`. */
  plugin: Plugin<[(Partial<Options> & BaseOptions)?], Root>
}

export interface RuleDefinition<Options extends object> {
  meta: RuleMeta
  options?: Options
  /** Return the check for one tree; it reports through `context.report`. */
  create(context: RuleContext<Options>): (tree: Root) => void | Promise<void>
}

export const docsUrl = 'https://github.com/copydesk/copydesk/blob/main/docs/rules.md'

/** Define a rule: metadata plus a check, wrapped as a unified plugin. */
export function defineRule<Options extends object = object>(
  definition: RuleDefinition<Options>
): Rule<Options> {
  const {meta} = definition
  const defaults = (definition.options ?? {}) as Options
  const plugin: Plugin<[(Partial<Options> & BaseOptions)?], Root> = function (settings) {
    const {severity = meta.severity, ...rest} = settings ?? {}
    const options = {...defaults, ...rest} as Options
    const transformer: Transformer<Root> = function (tree, file) {
      const report = createReporter(meta, severity, file)
      return definition.create({options, file, report})(tree) as undefined
    }
    return transformer
  }
  return {meta, options: defaults, plugin}
}

const locators = new WeakMap<VFile, ReturnType<typeof location>>()

/** Line/column/offset conversion for a file, built once per file. */
export function locate(file: VFile): ReturnType<typeof location> {
  let locator = locators.get(file)
  if (!locator) {
    locator = location(file)
    locators.set(file, locator)
  }
  return locator
}

export function fatalFor(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/**
 * A VFileMessage is an Error, and V8 records a stack trace for every one it
 * creates, which vfile-message then replaces with ''. Not recording it made a
 * warm run on the sample about 5% faster.
 */
export function withoutStackTrace<T>(create: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return create()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Build the `report()` function for one rule on one file: the message contract lives here. */
export function createReporter(meta: RuleMeta, severity: Severity, file: VFile): Report {
  const text = String(file.value)
  const where = locate(file)
  return function report(finding) {
    const start = finding.start ?? finding.node?.position?.start.offset
    const end = finding.end ?? finding.node?.position?.end.offset
    if (start === undefined || end === undefined || start > end || end > text.length) {
      throw new Error(`copydesk rule ${meta.id} reported an invalid range ${start}-${end}`)
    }
    const startPoint = where.toPoint(start)
    const endPoint = where.toPoint(end)
    /* v8 ignore next 3 -- toPoint only fails for offsets outside the text, checked above */
    if (!startPoint || !endPoint) {
      throw new Error(`copydesk rule ${meta.id} reported a range outside the text`)
    }
    const message = withoutStackTrace(() =>
      file.message(finding.reason, {
        place: {start: startPoint, end: endPoint},
        ruleId: meta.id,
        source: 'copydesk'
      })
    )
    const level = finding.severity ?? severity
    message.fatal = fatalFor(level)
    message.actual = finding.actual ?? text.slice(start, end)
    message.expected = [...(finding.expected ?? [])]
    message.url = `${docsUrl}#${meta.id}`
    const data: MessageData = {
      ...finding.data,
      severity: level,
      fixable: meta.fixable && finding.fixable !== false && message.expected.length > 0
    }
    if (finding.related) {
      data.related = finding.related.map(function (range) {
        const point = where.toPoint(range.start)!
        return {
          line: point.line,
          column: point.column,
          offset: range.start,
          text: text.slice(range.start, range.end)
        }
      })
    }
    message.data = data
  }
}
