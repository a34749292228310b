/**
 * Inline control for markdown and HTML: comments that turn rules off and on
 * for part of a document.
 *
 *     <!-- copydesk-disable spelling, digit-letter -->   off from here on
 *     <!-- copydesk-enable spelling -->                  on again from here on
 *     <!-- copydesk-disable -->  /  <!-- copydesk-enable -->   every rule
 *     <!-- copydesk-disable-next-line spelling -->       off on the next line only
 *
 * Rule ids are separated by commas or spaces; none means every rule. It is
 * a filter over the messages after the rules ran: a message goes when its
 * start is inside a disabled stretch. Plain text has no comment syntax, so it
 * takes no inline control. An unknown rule id in a comment is reported (as
 * rule `inline-control`) rather than silently ignored.
 */
import type {VFile} from 'vfile'
import {rules} from '../rules/index.js'
import type {MarkupComment} from './markup.js'
import {fatalFor, locate, type MessageData} from './rule.js'

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line'

export interface Directive {
  kind: DirectiveKind
  /** Rule ids, with their offsets in the file; empty means every rule. */
  rules: Array<{id: string; start: number}>
  /** The comment's range. */
  start: number
  end: number
}

/** The pseudo rule id of messages about the comments themselves. */
export const inlineControlId = 'inline-control'

const directiveExpression = /^(\s*)copydesk-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/

/** The copydesk directives among a document's comments, in document order. */
export function directivesOf(comments: ReadonlyArray<MarkupComment>): Directive[] {
  const result: Directive[] = []
  for (const comment of comments) {
    const match = directiveExpression.exec(comment.value)
    if (!match) continue
    const [, lead, kind, rest] = match
    // The comment's inner text starts after `<!--`.
    const restStart = comment.start + 4 + lead.length + 'copydesk-'.length + kind.length
    const rules: Directive['rules'] = []
    const idExpression = /[^\s,]+/g
    let id
    while ((id = idExpression.exec(rest))) rules.push({id: id[0], start: restStart + id.index})
    result.push({kind: kind as DirectiveKind, rules, start: comment.start, end: comment.end})
  }
  return result.sort((a, b) => a.start - b.start)
}

/**
 * Drop the messages that inline comments turn off, and report rule ids the
 * comments name that do not exist.
 */
export function applyInlineControl(file: VFile, comments: ReadonlyArray<MarkupComment>): void {
  const directives = directivesOf(comments)
  if (directives.length === 0) return
  const where = locate(file)
  const known = new Set(rules.map((rule) => rule.meta.id))
  file.messages = file.messages.filter(function (message) {
    const place = message.place
    const offset = place && 'start' in place ? place.start.offset : undefined
    if (offset === undefined || !message.ruleId) return true
    return !disabledAt(directives, offset, place && 'start' in place ? place.start.line : 0, message.ruleId, where)
  })
  for (const directive of directives) {
    for (const rule of directive.rules) {
      if (known.has(rule.id)) continue
      const message = file.message(
        `Unknown rule id \`${rule.id}\` in a \`copydesk-${directive.kind}\` comment; run \`copydesk rules\` for the list.`,
        {place: {start: where.toPoint(rule.start)!, end: where.toPoint(rule.start + rule.id.length)!}, ruleId: inlineControlId, source: 'copydesk'}
      )
      message.fatal = fatalFor('warning')
      message.actual = rule.id
      message.expected = []
      const data: MessageData = {severity: 'warning', fixable: false}
      message.data = data
    }
  }
}

/** Whether the directives before `offset` turn rule `id` off there. */
function disabledAt(
  directives: ReadonlyArray<Directive>,
  offset: number,
  line: number,
  id: string,
  where: ReturnType<typeof locate>
): boolean {
  let all = false
  /** With `all`: rules enabled again; without: rules disabled. */
  const exceptions = new Set<string>()
  for (const directive of directives) {
    if (directive.end > offset) break
    const ids = directive.rules.map((rule) => rule.id)
    if (directive.kind === 'disable-next-line') {
      const commentLine = where.toPoint(directive.end)?.line ?? 0
      if (line === commentLine + 1 && (ids.length === 0 || ids.includes(id))) return true
      continue
    }
    const disable = directive.kind === 'disable'
    if (ids.length === 0) {
      all = disable
      exceptions.clear()
      continue
    }
    if (!ids.includes(id)) continue
    // Under a blanket disable the set holds re-enabled rules; otherwise disabled ones.
    if (disable === all) exceptions.delete(id)
    else exceptions.add(id)
  }
  return all ? !exceptions.has(id) : exceptions.has(id)
}
