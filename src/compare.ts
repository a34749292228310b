/**
 * Two drafts of one article: the word-level changes between them, and the
 * findings the new draft introduced or resolved. A finding is matched across
 * the edit by mapping its range through the diff (same rule, same text, same
 * place after the edit), then, for paragraphs moved whole, by its paragraph's
 * text; a finding that only moved is neither introduced nor resolved. Pure.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import './rule.js'
import {mapRange, wordHunks, type WordHunk} from './word-diff.js'

export interface Comparison {
  hunks: WordHunk[]
  /** Findings in the new draft with no counterpart in the old one. */
  introduced: VFileMessage[]
  /** Findings in the old draft with no counterpart in the new one. */
  resolved: VFileMessage[]
  /** Findings present in both drafts (possibly moved). */
  kept: number
}

function rangeOf(message: VFileMessage): [number, number] | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  return start === undefined || end === undefined ? undefined : [start, end]
}

/** The line holding an offset and the offset's column in it: identifies a finding in a paragraph that moved. */
function paragraphKey(message: VFileMessage, text: string): string | undefined {
  const range = rangeOf(message)
  if (!range) return undefined
  const start = text.lastIndexOf('\n', range[0] - 1) + 1
  const newline = text.indexOf('\n', range[1])
  const end = newline === -1 ? text.length : newline
  return `${message.ruleId}\u0000${range[0] - start}\u0000${range[1] - range[0]}\u0000${text.slice(start, end).replace(/\r$/, '')}`
}

/** Compare two linted drafts (their VFiles carry the text and the messages). */
export function compareDrafts(oldFile: VFile, newFile: VFile): Comparison {
  const oldText = String(oldFile.value)
  const newText = String(newFile.value)
  const hunks = wordHunks(oldText, newText)
  const byPlace = new Map<string, VFileMessage[]>()
  const placeKey = (ruleId: string | undefined, start: number, end: number, actual: string | undefined) =>
    `${ruleId}\u0000${start}\u0000${end}\u0000${actual}`
  for (const message of newFile.messages) {
    const range = rangeOf(message)
    if (!range) continue
    const key = placeKey(message.ruleId, range[0], range[1], message.actual)
    byPlace.set(key, [...(byPlace.get(key) ?? []), message])
  }
  const matched = new Set<VFileMessage>()
  const unmatched: VFileMessage[] = []
  for (const message of oldFile.messages) {
    const range = rangeOf(message)
    const mapped = range ? mapRange(hunks, range[0], range[1]) : undefined
    const candidates = mapped ? byPlace.get(placeKey(message.ruleId, mapped[0], mapped[1], message.actual)) : undefined
    const partner = candidates?.find((candidate) => !matched.has(candidate))
    if (partner) matched.add(partner)
    else unmatched.push(message)
  }
  // Second chance: a paragraph moved whole keeps its findings.
  const byParagraph = new Map<string, VFileMessage[]>()
  for (const message of newFile.messages) {
    if (matched.has(message)) continue
    const key = paragraphKey(message, newText)
    if (key) byParagraph.set(key, [...(byParagraph.get(key) ?? []), message])
  }
  const resolved: VFileMessage[] = []
  for (const message of unmatched) {
    const key = paragraphKey(message, oldText)
    const partner = key ? byParagraph.get(key)?.find((candidate) => !matched.has(candidate)) : undefined
    if (partner) matched.add(partner)
    else resolved.push(message)
  }
  const introduced = newFile.messages.filter((message) => !matched.has(message))
  return {hunks, introduced, resolved, kept: matched.size}
}
