/**
 * Word-level diffs of prose, paragraph by paragraph. Articles are one long
 * line per paragraph, so a line diff says only "this paragraph changed"; this
 * shows `[-1oo-]{+100+}` inside it. Lines are matched first (jsdiff
 * diffLines), then words inside each changed block (diffWordsWithSpace, so a
 * removed space before a comma shows too). Pure.
 */
import {diffLines, diffWordsWithSpace} from 'diff'

/** One change: `[oldStart, oldEnd)` of the old text became `[newStart, newEnd)` of the new. */
export interface WordHunk {
  oldStart: number
  oldEnd: number
  newStart: number
  newEnd: number
  removed: string
  added: string
}

/** Word-level changes from `oldText` to `newText`, in order. */
export function wordHunks(oldText: string, newText: string): WordHunk[] {
  const hunks: WordHunk[] = []
  let oldOffset = 0
  let newOffset = 0
  let removed = ''
  let added = ''
  const flush = function () {
    if (removed || added) {
      hunks.push(...blockHunks(removed, added, oldOffset - removed.length, newOffset - added.length))
    }
    removed = ''
    added = ''
  }
  for (const change of diffLines(oldText, newText)) {
    if (change.removed) {
      removed += change.value
      oldOffset += change.value.length
    } else if (change.added) {
      added += change.value
      newOffset += change.value.length
    } else {
      flush()
      oldOffset += change.value.length
      newOffset += change.value.length
    }
  }
  flush()
  return hunks
}

/** Word changes inside one block of changed lines, merged across single spaces. */
function blockHunks(oldBlock: string, newBlock: string, oldBase: number, newBase: number): WordHunk[] {
  const hunks: WordHunk[] = []
  let oldOffset = 0
  let newOffset = 0
  let current: WordHunk | undefined
  for (const change of diffWordsWithSpace(oldBlock, newBlock)) {
    const length = change.value.length
    if (change.removed || change.added) {
      if (!current) {
        current = {oldStart: oldOffset, oldEnd: oldOffset, newStart: newOffset, newEnd: newOffset, removed: '', added: ''}
        hunks.push(current)
      }
      if (change.removed) {
        current.removed += change.value
        oldOffset += length
        current.oldEnd = oldOffset
      } else {
        current.added += change.value
        newOffset += length
        current.newEnd = newOffset
      }
      continue
    }
    oldOffset += length
    newOffset += length
    // A run of spaces between two changes joins them: `[-a b-]{+x y+}`, not `[-a-]{+x+} [-b-]{+y+}`.
    current = undefined
  }
  const merged: WordHunk[] = []
  for (const hunk of hunks) {
    const previous = merged.at(-1)
    const gap = previous ? oldBlock.slice(previous.oldEnd, hunk.oldStart) : undefined
    if (previous && gap !== undefined && /^[ \t]{0,2}$/.test(gap) && (previous.removed || previous.added) && (hunk.removed || hunk.added)) {
      previous.removed = oldBlock.slice(previous.oldStart, hunk.oldEnd)
      previous.added = newBlock.slice(previous.newStart, hunk.newEnd)
      previous.oldEnd = hunk.oldEnd
      previous.newEnd = hunk.newEnd
    } else merged.push({...hunk})
  }
  return merged.map(trimSpaces).map((hunk) => ({
    ...hunk,
    oldStart: hunk.oldStart + oldBase,
    oldEnd: hunk.oldEnd + oldBase,
    newStart: hunk.newStart + newBase,
    newEnd: hunk.newEnd + newBase
  }))
}

/** Leave out white space both sides share at the ends of a change: `[-a b-]{+x y+} `, not `[-a b -]{+x y +}`. */
function trimSpaces(hunk: WordHunk): WordHunk {
  let {oldStart, oldEnd, newStart, newEnd, removed, added} = hunk
  while (removed && added && /\s/.test(removed.at(-1)!) && removed.at(-1) === added.at(-1)) {
    removed = removed.slice(0, -1)
    added = added.slice(0, -1)
    oldEnd--
    newEnd--
  }
  while (removed && added && /\s/.test(removed[0]) && removed[0] === added[0]) {
    removed = removed.slice(1)
    added = added.slice(1)
    oldStart++
    newStart++
  }
  return {oldStart, oldEnd, newStart, newEnd, removed, added}
}

/**
 * Map an offset of the old text to the new text (where the character at
 * `offset` went), or undefined when that character was changed. `hunks` are
 * from `wordHunks`.
 */
export function mapOffset(hunks: ReadonlyArray<WordHunk>, offset: number): number | undefined {
  let delta = 0
  for (const hunk of hunks) {
    if (hunk.oldStart > offset) break
    if (offset < hunk.oldEnd) return undefined
    delta += hunk.newEnd - hunk.newStart - (hunk.oldEnd - hunk.oldStart)
  }
  return offset + delta
}

/**
 * Map a half-open range of the old text to the new text, or undefined when
 * any of it changed (an insertion strictly inside it counts as a change).
 */
export function mapRange(hunks: ReadonlyArray<WordHunk>, start: number, end: number): [number, number] | undefined {
  for (const hunk of hunks) {
    if (hunk.oldStart > end) break
    const touches = hunk.oldStart < end && hunk.oldEnd > start
    const insideInsert = hunk.oldStart === hunk.oldEnd && hunk.oldStart > start && hunk.oldStart < end
    if (touches || insideInsert) return undefined
  }
  const newStart = mapOffset(hunks, start)
  const newEnd = start === end ? newStart : mapOffset(hunks, end - 1)
  if (newStart === undefined || newEnd === undefined) return undefined
  return [newStart, start === end ? newStart : newEnd + 1]
}

export interface RenderOptions {
  /** ANSI colours instead of `[-…-]{+…+}` markers. */
  color?: boolean
  /** Printed before each paragraph's line number: `label:line`. */
  label?: string
}

const ansi = {
  removed: '\u001B[31;9m',
  added: '\u001B[32;4m',
  removedSpace: '\u001B[41m',
  addedSpace: '\u001B[42m',
  label: '\u001B[36m',
  reset: '\u001B[0m'
}

/**
 * The changed paragraphs of `newText`, each after a `label:line` header, with
 * the changes marked inline. '' when nothing changed.
 */
export function renderWordDiff(newText: string, hunks: ReadonlyArray<WordHunk>, options: RenderOptions = {}): string {
  const units: Array<{start: number; end: number; hunks: WordHunk[]}> = []
  for (const hunk of hunks) {
    const start = lineStart(newText, hunk.newStart)
    const last = hunk.newEnd > hunk.newStart && newText[hunk.newEnd - 1] === '\n' ? hunk.newEnd - 1 : Math.max(hunk.newStart, hunk.newEnd)
    const end = lineEnd(newText, last)
    const previous = units.at(-1)
    if (previous && start <= previous.end) {
      previous.end = Math.max(previous.end, end)
      previous.hunks.push(hunk)
    } else units.push({start, end, hunks: [hunk]})
  }
  const blocks = units.map(function (unit) {
    let body = ''
    let position = unit.start
    for (const hunk of unit.hunks) {
      body += newText.slice(position, hunk.newStart)
      if (hunk.removed) body += mark(hunk.removed, 'removed', options.color)
      if (hunk.added) body += mark(hunk.added, 'added', options.color)
      position = hunk.newEnd
    }
    body += newText.slice(position, Math.max(position, unit.end))
    const line = lineNumber(newText, unit.start)
    const header = `${options.label ? options.label + ':' : 'line '}${line}`
    const lines = body.replace(/\r(?=\n|$)/g, '').replace(/\n+$/, '')
    return `${options.color ? ansi.label + header + ansi.reset : header}\n${lines}\n`
  })
  return blocks.join('\n')
}

/** Mark a change; a change spanning lines is marked on each line. */
function mark(text: string, kind: 'removed' | 'added', color: boolean | undefined): string {
  return text
    .split('\n')
    .map(function (part) {
      const clean = part.replace(/\r$/, '')
      if (!clean) return ''
      if (!color) return kind === 'removed' ? `[-${clean}-]` : `{+${clean}+}`
      const style = /^\s+$/.test(clean) ? (kind === 'removed' ? ansi.removedSpace : ansi.addedSpace) : ansi[kind]
      return style + clean + ansi.reset
    })
    .join('\n')
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset)
  return end === -1 ? text.length : end
}

/** 1-based line number of an offset. */
export function lineNumber(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}
