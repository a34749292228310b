/**
 * What every finding must satisfy, whatever the text: a range inside the
 * text, `actual` equal to the text of the range, line and column computed
 * from the offset (with CR LF, CR and LF line breaks), related locations
 * inside the text too. Shared by the reliability tests.
 */
import type {VFile} from 'vfile'

/** 1-based line and column of each offset, counting `\r\n`, `\r` and `\n` as one break each. */
export function pointOf(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}

/** A fast `pointOf` for many offsets: line starts found once. */
export function pointer(text: string): (offset: number) => {line: number; column: number} {
  const starts = [0]
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
  return function (offset) {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low] + 1}
  }
}

/** The problems with a linted file's findings (an empty list when all is well). */
export function findingProblems(file: VFile, text = String(file.value)): string[] {
  const problems: string[] = []
  const at = pointer(text)
  for (const message of file.messages) {
    const name = `${message.ruleId} ${JSON.stringify(message.actual)}`
    const place = message.place && 'start' in message.place ? message.place : undefined
    if (!place) {
      problems.push(`${name}: no range`)
      continue
    }
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined || !(start >= 0 && start <= end && end <= text.length)) {
      problems.push(`${name}: range ${start}-${end} outside a text of ${text.length}`)
      continue
    }
    if (message.actual !== text.slice(start, end)) problems.push(`${name}: actual is not the text of ${start}-${end} (${JSON.stringify(text.slice(start, end))})`)
    for (const [point, offset] of [[place.start, start], [place.end, end]] as const) {
      const expected = at(offset)
      if (point.line !== expected.line || point.column !== expected.column) {
        problems.push(`${name}: ${point.line}:${point.column} for offset ${offset}, expected ${expected.line}:${expected.column}`)
      }
    }
    if (surrogateSplit(text, start) || surrogateSplit(text, end)) problems.push(`${name}: range ${start}-${end} splits a surrogate pair`)
    for (const other of message.data?.related ?? []) {
      if (!(other.offset >= 0 && other.offset + other.text.length <= text.length) || text.slice(other.offset, other.offset + other.text.length) !== other.text) {
        problems.push(`${name}: related ${JSON.stringify(other.text)} at ${other.offset} is not in the text`)
      }
    }
  }
  return problems
}

/** Whether `offset` falls between the two halves of a surrogate pair. */
export function surrogateSplit(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}
