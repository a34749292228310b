/**
 * Where a message sits, in the forms reporters need: line/column (1-based,
 * UTF-16 columns, end exclusive) and half-open UTF-16 offsets. Also the
 * related locations of consistency findings as full ranges, and a file's path
 * relative to where copydesk ran.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {locate, type Severity} from '../rule.js'

export interface SpanPoint {
  line: number
  column: number
  offset: number
}

export interface Span {
  start: SpanPoint
  end: SpanPoint
}

export interface RelatedSpan extends Span {
  text: string
}

const origin: SpanPoint = {line: 1, column: 1, offset: 0}

/** The message's range; a message without a place (none from rules) sits at the start. */
export function spanOf(message: VFileMessage, file: VFile): Span {
  const place = message.place
  if (!place) return {start: origin, end: origin}
  const start = 'start' in place ? place.start : place
  const end = 'end' in place ? place.end : place
  return {start: complete(start, file), end: complete(end, file)}
}

/** The other locations of a consistency finding (`data.related`), each with its end. */
export function relatedSpans(message: VFileMessage, file: VFile): RelatedSpan[] {
  const where = locate(file)
  return (message.data?.related ?? []).map(function (related) {
    const endOffset = related.offset + related.text.length
    const end = where.toPoint(endOffset) ?? {line: related.line, column: related.column + related.text.length}
    return {
      start: {line: related.line, column: related.column, offset: related.offset},
      end: {line: end.line, column: end.column, offset: endOffset},
      text: related.text
    }
  })
}

/** The level a message was reported at. */
export function severityOf(message: VFileMessage): Severity {
  return message.data?.severity ?? (message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info')
}

/** The file's path relative to the folder copydesk ran in, with forward slashes. */
export function displayPath(file: VFile): string {
  if (!file.path) return '<stdin>'
  const relative = path.isAbsolute(file.path) ? path.relative(file.cwd, file.path) : path.normalize(file.path)
  return relative.split(path.sep).join('/')
}

function complete(point: {line: number; column: number; offset?: number}, file: VFile): SpanPoint {
  const offset = point.offset ?? locate(file).toOffset(point) ?? 0
  return {line: point.line, column: point.column, offset}
}
