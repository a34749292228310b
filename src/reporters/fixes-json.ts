/**
 * `fix --format json`: the safe fixes as data for editors. One entry per
 * file: `fixes` (range, old, new, ruleId, reason) on the original text, which
 * can be applied back to front; `skipped` (overlapping another fix) and
 * `ambiguous` (suggestions but no safe fix) for a person to decide.
 */
import type {VFileMessage} from 'vfile-message'
import type {Fix, FixedFile} from '../fix.js'

interface Point {
  line: number
  column: number
  offset: number
}

function rangeOf(message: VFileMessage): {start: Point; end: Point} | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const point = (value: {line: number; column: number; offset?: number}) => ({line: value.line, column: value.column, offset: value.offset ?? 0})
  return {start: point(place.start), end: point(place.end)}
}

function fixData(fix: Fix) {
  return {range: rangeOf(fix.message), old: fix.old, new: fix.new, ruleId: fix.ruleId, reason: fix.message.reason}
}

export function fixesJson(files: ReadonlyArray<FixedFile>): string {
  const value = files.map((file) => ({
    path: file.path,
    fixes: file.fixes.first.applied.map(fixData),
    skipped: file.fixes.first.skipped.map(fixData),
    ambiguous: file.ambiguous.map((message) => ({
      range: rangeOf(message),
      actual: message.actual,
      expected: message.expected,
      ruleId: message.ruleId,
      reason: message.reason
    })),
    /** Fixes found only after re-linting the fixed text (not in `fixes`: their offsets are not the original's). */
    laterFixes: file.fixes.later
  }))
  return JSON.stringify(value, null, 2) + '\n'
}
