/**
 * The human-readable report, the default format: vfile-reporter's layout,
 * byte for byte. The common case (messages without causes or line breaks,
 * text in Latin script and common punctuation) is laid out here, because
 * vfile-reporter measures every cell with string-width (an Intl.Segmenter
 * and an emoji regex per character): about 50 ms of a 300 ms cold run for
 * the sample's 26 findings. Anything else goes to vfile-reporter itself.
 * tests/reporters/stylish.test.ts compares the two.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {AsyncReporter, ReporterOptions} from './index.js'

export const stylish: AsyncReporter = async function (files, options) {
  const report = layout(files, options) ?? (await import('vfile-reporter')).reporter([...files], {color: options.color, quiet: options.quiet})
  return report ? report + '\n' : ''
}

interface Colors {
  bold: string
  underline: string
  normalIntensity: string
  noUnderline: string
  red: string
  cyan: string
  green: string
  yellow: string
  defaultColor: string
}

/** A cell: its text (maybe coloured) and its width on screen. */
interface Cell {
  text: string
  width: number
}

/** vfile-reporter's report, or undefined when a message needs vfile-reporter's own handling. */
export function layout(files: ReadonlyArray<VFile>, options: ReporterOptions): string | undefined {
  const on = options.color
  const colors: Colors = {
    bold: on ? '\u001B[1m' : '',
    underline: on ? '\u001B[4m' : '',
    normalIntensity: on ? '\u001B[22m' : '',
    noUnderline: on ? '\u001B[24m' : '',
    red: on ? '\u001B[31m' : '',
    cyan: on ? '\u001B[36m' : '',
    green: on ? '\u001B[32m' : '',
    yellow: on ? '\u001B[33m' : '',
    defaultColor: on ? '\u001B[39m' : ''
  }
  const rows: Array<Cell[] | string> = []
  const counts = {fatal: 0, warn: 0, info: 0}
  let lastWasMessage = false
  const sorted = files.length > 1 ? [...files].sort((a, b) => collate(a.path || '', b.path || '')) : files
  for (const file of sorted) {
    const messageRows: Cell[][] = []
    const messages = [...file.messages].sort(compareMessage)
    for (const message of messages) {
      const row = messageRow(message, colors)
      if (!row) return undefined
      messageRows.push(row)
      counts[severityOf(message.fatal)]++
    }
    if (options.quiet && messageRows.length === 0) continue
    const line = fileLine(file, colors)
    if (lastWasMessage) rows.push('')
    rows.push(line)
    rows.push(...messageRows)
    lastWasMessage = messageRows.length > 0
  }
  if (counts.fatal || counts.warn) rows.push('', byline(counts, colors))
  return serializeRows(rows)
}

function severityOf(fatal: boolean | null | undefined): 'fatal' | 'warn' | 'info' {
  return fatal ? 'fatal' : fatal === false ? 'warn' : 'info'
}

function label(fatal: boolean | null | undefined): string {
  return fatal ? 'error' : fatal === false ? 'warning' : 'info'
}

function messageRow(message: VFileMessage, colors: Colors): Cell[] | undefined {
  // Causes, stacks and multi-line reasons have extra lines: vfile-reporter's business.
  if (message.cause || message.stack || /[\r\n]/.test(message.message)) return undefined
  const reason = message.message
  const ruleId = message.ruleId || ''
  const source = message.source || ''
  if (!narrow(reason) || !narrow(ruleId) || !narrow(source)) return undefined
  const name = label(message.fatal)
  const position = stringifyPlace(message.place)
  return [
    {text: position, width: position.length},
    {text: (name === 'error' ? colors.red : colors.yellow) + name + colors.defaultColor, width: name.length},
    {text: colors.cyan ? formatReason(reason, colors) : reason, width: reason.length},
    {text: ruleId, width: ruleId.length},
    {text: source, width: source.length}
  ]
}

function fileLine(file: VFile, colors: Colors): string {
  const stats = {fatal: 0, total: file.messages.length}
  for (const message of file.messages) if (message.fatal) stats.fatal++
  const name = file.history[0] || '<stdin>'
  const left =
    colors.underline +
    (stats.fatal ? colors.red : stats.total ? colors.yellow : colors.green) +
    name +
    colors.defaultColor +
    colors.noUnderline +
    (file.stored && name !== file.path ? ' > ' + file.path : '')
  const right = file.stored ? colors.yellow + 'written' + colors.defaultColor : stats.total ? '' : 'no issues found'
  return left && right ? left + ': ' + right : left + right
}

function byline(counts: {fatal: number; warn: number; info: number}, colors: Colors): string {
  let result = ''
  if (counts.fatal) result = `${colors.red}✖${colors.defaultColor} ${counts.fatal} error${counts.fatal === 1 ? '' : 's'}`
  if (counts.warn) {
    result = (result ? result + ', ' : '') + `${colors.yellow}⚠${colors.defaultColor} ${counts.warn} warning${counts.warn === 1 ? '' : 's'}`
  }
  const total = counts.fatal + counts.warn + counts.info
  if (total !== counts.fatal && total !== counts.warn) result = total + ' messages (' + result + ')'
  return result
}

/** Code spans (runs of backticks closed by a run of the same length) in cyan. */
function formatReason(reason: string, colors: Colors): string {
  const splits: Array<{index: number; size: number}> = []
  let index = reason.indexOf('`')
  while (index !== -1) {
    const split = {index, size: 1}
    splits.push(split)
    while (reason.codePointAt(index + 1) === 96) {
      split.size++
      index++
    }
    index = reason.indexOf('`', index + 1)
  }
  const result: string[] = []
  let textStart = 0
  for (let open = 0; open < splits.length; open++) {
    let close = open + 1
    while (close < splits.length && splits[close].size !== splits[open].size) close++
    if (close < splits.length) {
      const codeStart = splits[open].index
      const codeEnd = splits[close].index + splits[close].size
      result.push(reason.slice(textStart, codeStart) + colors.cyan + reason.slice(codeStart, codeEnd) + colors.defaultColor)
      textStart = codeEnd
      open = close
    }
  }
  result.push(reason.slice(textStart))
  return colors.bold + result.join('') + colors.normalIntensity
}

function serializeRows(rows: ReadonlyArray<Cell[] | string>): string {
  const sizes: number[] = []
  for (const row of rows) {
    if (typeof row === 'string') continue
    row.forEach(function (cell, index) {
      if (cell.width > (sizes[index] ?? 0)) sizes[index] = cell.width
    })
  }
  return rows
    .map(function (row) {
      if (typeof row === 'string') return row.trimEnd()
      return row
        .map((cell, index) => cell.text + ' '.repeat((sizes[index] ?? 0) + 1 - cell.width))
        .join('')
        .trimEnd()
    })
    .join('\n')
}

type Point = {line?: number; column?: number} | undefined

/** unist-util-stringify-position for a message's place. */
function stringifyPlace(place: VFileMessage['place']): string {
  if (!place || typeof place !== 'object') return ''
  if ('start' in place || 'end' in place) {
    const {start, end} = place as {start?: Point; end?: Point}
    return point(start) + '-' + point(end)
  }
  if ('line' in place || 'column' in place) return point(place)
  return ''
}

function point(value: Point): string {
  return `${value?.line || 1}:${value?.column || 1}`
}

/**
 * Every character is one column wide, as string-width counts it: printable
 * ASCII, Latin-1 and Latin Extended letters (not the soft hyphen, © or ®,
 * which string-width treats apart), dashes, quotation marks, the ellipsis
 * and the euro sign.
 */
function narrow(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x20 && code <= 0x7e) continue
    if (code >= 0xa0 && code <= 0x24f && code !== 0xad && code !== 0xa9 && code !== 0xae) continue
    if ((code >= 0x2010 && code <= 0x2026) || code === 0x20ac) continue
    return false
  }
  return true
}

let collator: Intl.Collator | undefined

/** String#localeCompare, as vfile-sort orders files and messages. */
function collate(a: string, b: string): number {
  collator ??= new Intl.Collator()
  return collator.compare(a, b)
}

/** vfile-sort's message order: line, column, fatal first, then source, rule and reason. */
function compareMessage(a: VFileMessage, b: VFileMessage): number {
  return (
    (a.line || 0) - (b.line || 0) ||
    (a.column || 0) - (b.column || 0) ||
    fatalScore(a.fatal) - fatalScore(b.fatal) ||
    collate(a.source || '', b.source || '') ||
    collate(a.ruleId || '', b.ruleId || '') ||
    collate(a.reason || '', b.reason || '')
  )
}

function fatalScore(fatal: boolean | null | undefined): number {
  return fatal ? 0 : fatal === false ? 1 : 2
}
