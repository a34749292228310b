/**
 * Applying suggested fixes. A fix replaces `[place.start.offset,
 * place.end.offset)` with `expected[0]`, only for fixable findings. Fixes are
 * applied back to front; a fix that overlaps one already kept is skipped.
 */
import type {VFileMessage} from 'vfile-message'
import './rule.js'

export interface Fix {
  start: number
  end: number
  old: string
  new: string
  ruleId: string
  message: VFileMessage
}

export interface FixResult {
  output: string
  applied: Fix[]
  /** Fixable findings that were not applied because they overlap an applied one. */
  skipped: Fix[]
  /** Findings with no safe fix. */
  remaining: VFileMessage[]
}

/** The fix a message offers, if it is safe to apply automatically. */
export function fixOf(message: VFileMessage): Fix | undefined {
  const data = message.data
  const place = message.place
  if (!data?.fixable || !place || !('start' in place) || !message.expected?.length) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined) return undefined
  return {start, end, old: message.actual ?? '', new: message.expected[0], ruleId: message.ruleId ?? '', message}
}

/** Apply every safe fix in `messages` to `text` (keep the first of overlapping fixes). */
export function applyFixes(text: string, messages: ReadonlyArray<VFileMessage>): FixResult {
  const candidates: Fix[] = []
  const remaining: VFileMessage[] = []
  for (const message of messages) {
    const fix = fixOf(message)
    if (fix) candidates.push(fix)
    else remaining.push(message)
  }
  // Keep the first fix (document order) of any overlapping run.
  const ordered = [...candidates].sort((a, b) => a.start - b.start || a.end - b.end)
  const applied: Fix[] = []
  const skipped: Fix[] = []
  let reach = -1
  let lastStart = -1
  for (const fix of ordered) {
    const overlaps = fix.start < reach || (fix.start === lastStart && fix.start === fix.end)
    if (overlaps || (applied.length > 0 && fix.start === lastStart)) skipped.push(fix)
    else {
      applied.push(fix)
      reach = fix.end
      lastStart = fix.start
    }
  }
  let output = text
  for (let index = applied.length - 1; index >= 0; index--) {
    const fix = applied[index]
    output = output.slice(0, fix.start) + fix.new + output.slice(fix.end)
  }
  return {output, applied, skipped, remaining}
}

/** Findings that offer suggestions but no safe fix: listed for a person to decide, never applied. */
export function ambiguousOf(messages: ReadonlyArray<VFileMessage>): VFileMessage[] {
  return messages.filter((message) => !fixOf(message) && (message.expected?.length ?? 0) > 0)
}

/** The applied fix that made `skipped` be dropped (the first one it overlaps). */
export function blockerOf(skipped: Fix, applied: ReadonlyArray<Fix>): Fix | undefined {
  return applied.find(
    (fix) => fix.start === skipped.start || (skipped.start < fix.end && fix.start < skipped.end)
  )
}

export interface SettledFixes {
  /** The text once no safe fix is left (or the pass limit was reached). */
  output: string
  /** The first pass, on the original text: its offsets are the original's. */
  first: FixResult
  /** Fixes applied by later passes, on the re-linted text. */
  later: number
  /** Passes that applied at least one fix. */
  passes: number
  /** False when fixes were still being found at the pass limit. */
  settled: boolean
}

/**
 * Apply safe fixes, re-lint, and repeat until nothing is left to fix, so that
 * fixing the output again changes nothing. `messages` are the findings on
 * `text`; `relint` lints a changed text. Pure apart from what `relint` does.
 */
export async function fixUntilSettled(
  text: string,
  messages: ReadonlyArray<VFileMessage>,
  relint: (text: string) => Promise<ReadonlyArray<VFileMessage>>,
  maxPasses = 10
): Promise<SettledFixes> {
  const first = applyFixes(text, messages)
  let output = first.output
  let later = 0
  let passes = first.applied.length > 0 ? 1 : 0
  let settled = first.applied.length === 0
  while (!settled && passes < maxPasses) {
    const next = applyFixes(output, await relint(output))
    if (next.applied.length === 0 || next.output === output) settled = true
    else {
      later += next.applied.length
      passes++
      output = next.output
    }
  }
  return {output, first, later, passes, settled}
}

/** One file after fixing: what the fix reporters print. */
export interface FixedFile {
  /** The path as printed (relative to the working folder, `/` separators). */
  path: string
  /** The original text. */
  text: string
  fixes: SettledFixes
  /** Findings with suggestions but no safe fix, on the original text. */
  ambiguous: VFileMessage[]
}
