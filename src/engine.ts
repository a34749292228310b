/**
 * Builds the unified processor from resolved settings and runs it on files.
 * One processor per distinct rule set, kept warm for the life of the process.
 */
import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {rules as registry} from '../rules/index.js'
import type {Dialect} from './dictionaries.js'
import {formatOf, type Format} from './format.js'
import {applyInlineControl} from './inline-control.js'
import {toString} from './nlcst.js'
import {parsePlainText} from './parse.js'
import {lintInSections, sectionLength, wordDialect} from './sections.js'
import type {Rule, Severity} from './rule.js'
import {visit} from './visit.js'

export type DialectSetting = Dialect | 'auto'

/** A rule's resolved setting: off, or on with a severity and options. */
export interface RuleSetting {
  enabled: boolean
  severity?: Severity
  options?: Record<string, unknown>
}

export interface EngineSettings {
  dialect: DialectSetting
  words: ReadonlySet<string>
  rules: Readonly<Record<string, RuleSetting>>
  /** How to parse the text; by default from the file's extension (`.md`, `.html`…), else plain text. */
  format?: Format
  /** Rules built from data (house styles), run after the built-in ones and set in `rules` by id like them. */
  extra?: ReadonlyArray<Rule<any>>
}

const processors = new Map<string, Processor<Root, Root, Root>>()
/** A number per extra rule object, so that the same loaded house rules reuse their processor. */
const extraKeys = new WeakMap<Rule<any>, number>()
let extraCount = 0

function processorFor(settings: EngineSettings): Processor<Root, Root, Root> {
  const extra = settings.extra ?? []
  for (const rule of extra) if (!extraKeys.has(rule)) extraKeys.set(rule, ++extraCount)
  const key = JSON.stringify(settings.rules) + extra.map((rule) => ` +${extraKeys.get(rule)}`).join('')
  let processor = processors.get(key)
  if (!processor) {
    const base = unified().use(parsePlainText) as unknown as Processor<Root, Root, Root>
    for (const rule of [...registry, ...extra]) {
      const setting = settings.rules[rule.meta.id]
      if (setting && !setting.enabled) continue
      base.use(rule.plugin, {...setting?.options, ...(setting?.severity ? {severity: setting.severity} : {})})
    }
    processor = base.freeze()
    processors.set(key, processor)
  }
  return processor
}

/** Count British and American spellings; the majority wins, American on a tie or no evidence. */
export function detectDialect(tree: Root): Dialect {
  let british = 0
  let american = 0
  visit(tree, 'WordNode', function (node) {
    const dialect = wordDialect(toString(node))
    if (dialect === 'en-GB') british++
    else if (dialect === 'en-US') american++
  })
  return british > american ? 'en-GB' : 'en-US'
}

/** Lint one file in place: parse, detect the dialect, run the rules, sort the messages. */
export async function lint(file: VFile, settings: EngineSettings): Promise<VFile> {
  const processor = processorFor(settings)
  const format = formatOf(file, settings.format)
  // A very long plain text is linted in sections: bounded memory, linear time (src/sections.ts).
  if (format === 'plain' && String(file.value).length > sectionLength) {
    await lintInSections(file, settings, lint)
    return file
  }
  // The markdown and HTML parsers load on first use: plain text never needs them.
  const markup = format === 'plain' ? undefined : await import('./markup.js')
  const {tree, comments} = markup && format !== 'plain' ? markup.parseMarkup(file, format) : {tree: processor.parse(file), comments: []}
  const dialect = settings.dialect === 'auto' ? detectDialect(tree) : settings.dialect
  file.data.copydesk = {dialect, words: settings.words}
  await processor.run(tree, file)
  if (markup) markup.settleMarkupMessages(file)
  applyInlineControl(file, comments)
  sortMessages(file)
  dropDuplicates(file)
  return file
}

/** A stable order: by position, then rule id, then reason. */
export function sortMessages(file: VFile): void {
  file.messages.sort(function (a, b) {
    return (
      (a.place && 'start' in a.place ? a.place.start.offset ?? 0 : 0) -
        (b.place && 'start' in b.place ? b.place.start.offset ?? 0 : 0) ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.reason, b.reason)
    )
  })
}

/**
 * Two rules may reach the same conclusion by different roads: "Lousiana" is
 * both unknown to the dictionary (spelling) and a variant of the article's
 * "Louisiana" (name-consistency). Keep one message per range and fix: the one
 * with related locations, else the first in sorted order.
 */
export function dropDuplicates(file: VFile): void {
  const kept = new Map<string, number>()
  const result: VFile['messages'] = []
  for (const message of file.messages) {
    const place = message.place && 'start' in message.place ? message.place : undefined
    const fix = message.expected?.[0]
    if (!place || fix === undefined) {
      result.push(message)
      continue
    }
    const key = `${place.start.offset}:${place.end.offset}:${fix}`
    const index = kept.get(key)
    if (index === undefined) {
      kept.set(key, result.length)
      result.push(message)
    } else if (!result[index].data?.related && message.data?.related) {
      result[index] = message
    }
  }
  file.messages = result
}

function compare(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0
}
