/**
 * The pre-publish report: one self-contained HTML page with each article's
 * text and every finding highlighted in place. Clicking a highlight shows the
 * reason and the fix; the places of a consistency group link to each other; a
 * summary by rule sits at the top. Overlapping findings nest, and a finding
 * that crosses another's edge is drawn in pieces that share its id.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rules} from '../../rules/index.js'
import {readPackageJson} from '../package-root.js'
import type {Severity} from '../rule.js'
import {escapeHtml, markdownInline, page} from './html-template.js'
import type {Reporter} from './index.js'
import {displayPath, relatedSpans, severityOf, spanOf} from './span.js'

const labels: Readonly<Record<Severity, string>> = {error: 'Error', warning: 'Warning', info: 'Note'}
const rank: Readonly<Record<Severity, number>> = {error: 0, warning: 1, info: 2}

/** One highlighted range: a finding, or another place of a consistency finding. */
interface Interval {
  /** Element id of this range (a finding's id, or `<finding id>-r<n>` for a related place). */
  id: string
  finding: string
  kind: 'finding' | 'related'
  start: number
  end: number
  rule: string
  severity: Severity
  /** Plain-text tooltip. */
  title: string
  relatedIndex?: number
}

/** What the page's script shows in a finding's card (every string already HTML). */
interface CardData {
  rule: string
  severity: Severity
  label: string
  line: number
  reason: string
  fix?: string
  related: Array<{id: string; line: number; text: string}>
}

interface RuleRow {
  rule: string
  severity: Severity
  count: number
  first: string
}

export const html: Reporter = function (all, options) {
  const files = options.quiet ? all.filter((file) => file.messages.length > 0) : all
  const cards: Record<string, CardData> = {}
  const rows = new Map<string, RuleRow>()
  const sections = files.map(function (file, fileIndex) {
    const intervals: Interval[] = []
    const items: string[] = []
    file.messages.forEach(function (message, index) {
      const id = `f${fileIndex}-m${index + 1}`
      const span = spanOf(message, file)
      const rule = message.ruleId ?? 'copydesk'
      const severity = severityOf(message)
      const related = relatedSpans(message, file).map((other, relatedIndex) => ({...other, id: `${id}-r${relatedIndex + 1}`}))
      const fix = fixText(message)
      cards[id] = {
        rule: escapeHtml(rule),
        severity,
        label: labels[severity],
        line: span.start.line,
        reason: markdownInline(message.reason),
        ...(fix ? {fix} : {}),
        related: related.map((other) => ({id: other.id, line: other.start.line, text: escapeHtml(other.text)}))
      }
      const title = `${labels[severity]} (${rule}): ${message.reason.replace(/`/g, '')}`
      intervals.push({id, finding: id, kind: 'finding', start: span.start.offset, end: span.end.offset, rule, severity, title})
      related.forEach(function (other, relatedIndex) {
        intervals.push({
          id: other.id,
          finding: id,
          kind: 'related',
          start: other.start.offset,
          end: other.end.offset,
          rule,
          severity,
          title: `Same group as line ${span.start.line}: ${message.reason.replace(/`/g, '')}`,
          relatedIndex
        })
      })
      const row = rows.get(rule)
      if (row) {
        row.count++
        if (rank[severity] < rank[row.severity]) row.severity = severity
      } else rows.set(rule, {rule, severity, count: 1, first: id})
      const links = related.map((other) => `<a href="#${other.id}">line ${other.start.line}</a>`).join(', ')
      items.push(
        `<li><a href="#${id}">Line ${span.start.line}</a> <span class="badge sev-${severity}">${labels[severity]}</span> <strong>${escapeHtml(rule)}</strong>: ${markdownInline(message.reason)}${fix ? ` ${fix}` : ''}${links ? ` Other places: ${links}.` : ''}</li>`
      )
    })
    const count = file.messages.length
    const list =
      count > 0
        ? `<details class="list"><summary>All ${count} finding${count === 1 ? '' : 's'} in this file as a list</summary><ol>${items.join('')}</ol></details>`
        : '<p class="clean">No findings in this file.</p>'
    return `<section class="file" id="f${fileIndex}">
<h2>${escapeHtml(displayPath(file))} <span class="n">· ${count} finding${count === 1 ? '' : 's'}</span></h2>
<div class="article">
${renderText(String(file.value ?? ''), intervals, fileIndex)}
</div>
${list}
</section>`
  })
  const total = files.reduce((sum, file) => sum + file.messages.length, 0)
  const names = files.length === 1 ? displayPath(files[0]) : `${files.length} files`
  return page({
    title: `copydesk report: ${names} (${total} finding${total === 1 ? '' : 's'})`,
    header: header(files, [...rows.values()], total),
    body: sections.join('\n'),
    data: cards
  })
}

function header(files: ReadonlyArray<VFile>, rows: RuleRow[], total: number): string {
  const bySeverity: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const file of files) for (const message of file.messages) bySeverity[severityOf(message)]++
  const counts = (Object.keys(bySeverity) as Severity[])
    .filter((severity) => bySeverity[severity] > 0)
    .map((severity) => `<li><span class="badge sev-${severity}">${labels[severity]}</span> ${bySeverity[severity]}</li>`)
    .join('')
  const descriptions = new Map(rules.map((rule) => [rule.meta.id, rule.meta.description]))
  rows.sort((a, b) => rank[a.severity] - rank[b.severity] || b.count - a.count || (a.rule < b.rule ? -1 : 1))
  const table = rows
    .map(
      (row) =>
        `<tr><td><label><input type="checkbox" checked data-toggle-rule="${escapeHtml(row.rule)}"> <strong>${escapeHtml(row.rule)}</strong></label><span class="badge sev-${row.severity}">${labels[row.severity]}</span></td><td>${markdownInline(descriptions.get(row.rule) ?? '')}</td><td class="count">${row.count}</td><td><a href="#${row.first}">show first</a></td></tr>`
    )
    .join('\n')
  const what = files.length === 1 ? escapeHtml(displayPath(files[0])) : `${files.length} files`
  return `<header class="report">
<h1>Copy-edit report</h1>
<p class="lede">${total} finding${total === 1 ? '' : 's'} in ${what} · copydesk ${escapeHtml(readPackageJson().version)}</p>
${counts ? `<ul class="counts">${counts}</ul>` : ''}
<p class="how">Highlighted passages are possible mistakes: <strong>red</strong> is almost certainly wrong, <strong>amber</strong> is worth a check, <strong>blue</strong> is a note. Click a highlight to see what is wrong and how to fix it; places underlined with dots belong to the same inconsistency. Untick a rule to hide its highlights.</p>
${rows.length > 0 ? `<table class="summary"><thead><tr><th>Rule</th><th>What it finds</th><th>Count</th><th></th></tr></thead><tbody>\n${table}\n</tbody></table>` : '<p class="clean">Nothing to fix.</p>'}
</header>`
}

/** The fix or suggestions, as HTML, if there are any. */
function fixText(message: VFileMessage): string | undefined {
  const expected = message.expected ?? []
  const actual = message.actual ?? ''
  if (expected.length === 0) return undefined
  if (message.data?.fixable) {
    return expected[0] === ''
      ? `Fix: delete <code>${escapeHtml(actual)}</code>.`
      : `Fix: replace <code>${escapeHtml(actual)}</code> with <code>${escapeHtml(expected[0])}</code>.`
  }
  const options = expected.slice(0, 5).map((option) => (option === '' ? 'delete it' : `<code>${escapeHtml(option)}</code>`))
  return `${options.length === 1 ? 'Suggestion' : 'Suggestions'}: ${options.join(', ')}.`
}

/**
 * The text, one paragraph per line, with the intervals as nested elements.
 * The text is cut at every interval edge; for each piece the open elements
 * are the intervals covering it (outermost first), so elements nest, and an
 * interval crossing another's edge is closed and reopened as a piece.
 */
function renderText(text: string, intervals: ReadonlyArray<Interval>, fileIndex: number): string {
  const ordered = [...intervals].sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === b.kind ? 0 : a.kind === 'finding' ? -1 : 1))
  const opened = new Set<string>()
  const paragraphs: string[] = []
  const breaks = /\r\n|\r|\n/g
  let lineStart = 0
  let line = 1
  for (;;) {
    const match = breaks.exec(text)
    // The empty "line" after a final line break is not shown.
    if (!match && lineStart === text.length && line > 1) break
    const lineEnd = match ? match.index : text.length
    const spanning = ordered.filter((interval) => interval.start <= lineEnd && interval.end >= lineStart)
    const cuts = new Set([lineStart, lineEnd])
    for (const interval of spanning) {
      if (interval.start > lineStart && interval.start < lineEnd) cuts.add(interval.start)
      if (interval.end > lineStart && interval.end < lineEnd) cuts.add(interval.end)
    }
    const points = [...cuts].sort((a, b) => a - b)
    let stack: Interval[] = []
    let out = ''
    points.forEach(function (point, index) {
      // Zero-width findings (a missing word) sit between characters.
      for (const interval of spanning) {
        if (interval.start === point && interval.end === point && !opened.has(interval.id)) {
          out += open(interval, true) + close(interval)
        }
      }
      const next = points[index + 1]
      if (next === undefined) return
      const covering = spanning.filter((interval) => interval.start < interval.end && interval.start <= point && interval.end >= next)
      let keep = 0
      while (keep < stack.length && keep < covering.length && stack[keep] === covering[keep]) keep++
      for (let at = stack.length - 1; at >= keep; at--) out += close(stack[at])
      for (let at = keep; at < covering.length; at++) {
        const first = !opened.has(covering[at].id)
        opened.add(covering[at].id)
        out += open(covering[at], first)
      }
      stack = covering
      out += escapeHtml(text.slice(point, next))
    })
    for (let at = stack.length - 1; at >= 0; at--) out += close(stack[at])
    const anchor = `f${fileIndex}-l${line}`
    paragraphs.push(`<p id="${anchor}"><a class="ln" href="#${anchor}" aria-hidden="true" tabindex="-1">${line}</a>${out || '<br>'}</p>`)
    if (!match) break
    lineStart = match.index + match[0].length
    line++
  }
  return paragraphs.join('\n')

  function open(interval: Interval, first: boolean): string {
    const id = first ? ` id="${interval.id}"` : ''
    opened.add(interval.id)
    if (interval.kind === 'related') {
      return `<span class="related"${id} data-related-of="${interval.finding}" data-related-index="${interval.relatedIndex}" tabindex="0" title="${escapeHtml(interval.title)}">`
    }
    const empty = interval.start === interval.end ? ' empty' : ''
    return `<mark class="finding sev-${interval.severity}${empty}"${id} data-finding="${interval.id}" data-rule="${escapeHtml(interval.rule)}" tabindex="0" title="${escapeHtml(interval.title)}">`
  }
}

function close(interval: Interval): string {
  return interval.kind === 'related' ? '</span>' : '</mark>'
}
