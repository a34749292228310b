/**
 * reviewdog's diagnostic format (rdjson: a `DiagnosticResult`), so a CI job
 * can post findings as review comments and safe fixes as one-click
 * suggestions: `copydesk check --format rdjson | reviewdog -f=rdjson`.
 * Columns are 1-based UTF-8 byte counts and ranges are end-exclusive, as the
 * format requires.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fixOf, type Fix, type FixedFile} from '../fix.js'
import {docsUrl, type RelatedLocation} from '../rule.js'
import type {Reporter} from './index.js'

interface Position {
  line: number
  column: number
}

interface Range {
  start: Position
  end: Position
}

interface Location {
  path: string
  range: Range
}

export interface Diagnostic {
  message: string
  location: Location
  severity: 'ERROR' | 'WARNING' | 'INFO'
  source: {name: string}
  code: {value: string; url?: string}
  suggestions?: Array<{range: Range; text: string}>
  related_locations?: Array<{message?: string; location: Location}>
}

export interface DiagnosticResult {
  source: {name: string; url: string}
  diagnostics: Diagnostic[]
}

const severities = {error: 'ERROR', warning: 'WARNING', info: 'INFO'} as const

/** Line and UTF-8 byte column (both 1-based) of a UTF-16 offset. */
export function positionAt(text: string, offset: number): Position {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < lineStart; index = text.indexOf('\n', index + 1)) line++
  return {line, column: Buffer.byteLength(text.slice(lineStart, offset), 'utf8') + 1}
}

function rangeAt(text: string, start: number, end: number): Range {
  return {start: positionAt(text, start), end: positionAt(text, end)}
}

function offsetsOf(message: VFileMessage): [number, number] {
  const place = message.place
  if (place && 'start' in place) return [place.start.offset ?? 0, place.end.offset ?? place.start.offset ?? 0]
  return [0, 0]
}

/** One finding as a diagnostic; `fix` (when given) becomes its suggestion. */
export function diagnosticOf(path: string, text: string, message: VFileMessage, fix?: Fix): Diagnostic {
  const [start, end] = offsetsOf(message)
  const diagnostic: Diagnostic = {
    message: message.reason,
    location: {path, range: rangeAt(text, start, end)},
    severity: severities[message.data?.severity ?? 'warning'],
    source: {name: 'copydesk'},
    code: {value: message.ruleId ?? 'copydesk', ...(message.url ? {url: message.url} : {})}
  }
  if (fix) diagnostic.suggestions = [{range: rangeAt(text, fix.start, fix.end), text: fix.new}]
  const related: RelatedLocation[] = message.data?.related ?? []
  if (related.length > 0) {
    diagnostic.related_locations = related.map((location) => ({
      message: location.text,
      location: {path, range: rangeAt(text, location.offset, location.offset + location.text.length)}
    }))
  }
  return diagnostic
}

function result(diagnostics: Diagnostic[]): string {
  const value: DiagnosticResult = {source: {name: 'copydesk', url: docsUrl}, diagnostics}
  return JSON.stringify(value, null, 2) + '\n'
}

/** `check --format rdjson`: every finding; safe fixes as suggestions. */
export const rdjson: Reporter = function (files: ReadonlyArray<VFile>) {
  const diagnostics: Diagnostic[] = []
  for (const file of files) {
    const text = String(file.value)
    for (const message of file.messages) diagnostics.push(diagnosticOf(file.path, text, message, fixOf(message)))
  }
  return result(diagnostics)
}

/** `fix --format rdjson`: each safe fix of the first pass, with its suggestion. */
export function rdjsonFixes(files: ReadonlyArray<FixedFile>): string {
  const diagnostics: Diagnostic[] = []
  for (const file of files) {
    for (const fix of file.fixes.first.applied) diagnostics.push(diagnosticOf(file.path, file.text, fix.message, fix))
  }
  return result(diagnostics)
}
