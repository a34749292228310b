/**
 * The HTML report's page: inline CSS and script, nothing loaded from
 * elsewhere, so the file can be mailed or opened from disk as it is.
 */

export interface PageParts {
  title: string
  /** Summary markup (already escaped). */
  header: string
  /** The articles (already escaped). */
  body: string
  /** Data for the script: finding id → details (serialised safely here). */
  data: unknown
}

/** Escape text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => entities[character])
}

const entities: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** A reason or description (markdown with backticks) as HTML: `x` becomes <code>x</code>. */
export function markdownInline(value: string): string {
  return escapeHtml(value).replace(/`([^`]+)`/g, '<code>$1</code>')
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

export function page(parts: PageParts): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="copydesk">
<title>${escapeHtml(parts.title)}</title>
<style>${css}</style>
</head>
<body>
${parts.header}
<main>
${parts.body}
</main>
<aside id="copydesk-card" class="card" role="dialog" aria-live="polite" hidden></aside>
<script type="application/json" id="copydesk-data">${scriptJson(parts.data)}</script>
<script>${script}</script>
</body>
</html>
`
}

const css = `
:root { --error: #c62828; --error-bg: #fde2e1; --warning: #b26a00; --warning-bg: #fff1c2; --info: #1f5fa8; --info-bg: #e1ecfb; --ink: #1d1d1f; --muted: #5f6368; --rule: #e3e3e3; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fafaf7; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header.report, main { max-width: 52rem; margin: 0 auto; padding: 1.25rem 1.5rem; }
header.report h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; }
header.report .lede { margin: 0 0 1rem; color: var(--muted); }
.counts { display: flex; gap: .5rem; flex-wrap: wrap; margin: 0 0 1rem; padding: 0; list-style: none; }
.counts li { padding: .2rem .7rem; border-radius: 999px; background: #fff; border: 1px solid var(--rule); font-weight: 600; }
table.summary { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--rule); }
table.summary th, table.summary td { text-align: left; padding: .45rem .7rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
table.summary th { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
table.summary td { font-size: .95rem; }
table.summary td:last-child { white-space: nowrap; }
table.summary td.count { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
table.summary label { cursor: pointer; display: flex; gap: .4rem; align-items: baseline; }
table.summary label strong { white-space: nowrap; }
table.summary td .badge { margin-left: 1.35rem; }
.how { font-size: .95rem; color: var(--muted); }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .3rem; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: #fff; }
.badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); } .badge.sev-info { background: var(--info); }
code { font: .92em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: rgba(0,0,0,.06); padding: 0 .2em; border-radius: .2rem; }
section.file { margin: 2rem 0; }
section.file h2 { font-size: 1.1rem; margin: 0 0 .5rem; word-break: break-all; }
section.file h2 .n { color: var(--muted); font-weight: 400; }
.article { background: #fff; border: 1px solid var(--rule); border-radius: .4rem; padding: 1rem 1.25rem 1rem 3.5rem; font: 17px/1.65 Georgia, "Times New Roman", serif; }
.article p { position: relative; margin: 0 0 .75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.article p .ln { position: absolute; left: -2.75rem; width: 2.2rem; text-align: right; color: #a0a0a0; font: 12px/2.1 system-ui, sans-serif; text-decoration: none; user-select: none; }
mark.finding { color: inherit; cursor: pointer; border-radius: .15rem; padding: 0 .05em; border-bottom: 2px solid; }
mark.finding.sev-error { background: var(--error-bg); border-color: var(--error); }
mark.finding.sev-warning { background: var(--warning-bg); border-color: var(--warning); }
mark.finding.sev-info { background: var(--info-bg); border-color: var(--info); }
mark.finding mark.finding { background-image: linear-gradient(rgba(0,0,0,.07), rgba(0,0,0,.07)); }
mark.finding.empty::before { content: "\\2038"; font-weight: 700; color: var(--error); }
mark.finding.muted, mark.finding.muted.empty::before { background: none; border-color: transparent; color: inherit; cursor: default; }
mark.finding.muted.empty::before { content: ""; }
.related { cursor: pointer; border-bottom: 2px dotted var(--muted); }
.active, mark.finding.active { outline: 2px solid #222; outline-offset: 1px; }
.flash { animation: flash 1.2s ease-out; }
@keyframes flash { from { box-shadow: 0 0 0 6px rgba(255, 193, 7, .8); } to { box-shadow: 0 0 0 0 rgba(255, 193, 7, 0); } }
.card { position: absolute; z-index: 10; max-width: 26rem; background: #fff; border: 1px solid #bbb; border-radius: .5rem; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: .75rem 1rem; font-size: .95rem; }
.card .head { display: flex; gap: .5rem; align-items: center; margin-bottom: .35rem; }
.card .rule { font-weight: 700; }
.card .where { color: var(--muted); margin-left: auto; }
.card button.close { border: 0; background: none; font-size: 1.3rem; line-height: 1; cursor: pointer; color: var(--muted); }
.card p { margin: .35rem 0; }
.card .fix { font-weight: 600; }
.card ul { margin: .25rem 0 0; padding-left: 1.1rem; }
details.list { margin-top: .75rem; }
details.list summary { cursor: pointer; color: var(--muted); }
details.list ol { padding-left: 1.3rem; }
details.list li { margin: .4rem 0; }
.clean { color: #2e7d32; font-weight: 600; }
@media print { .card { display: none; } details.list { display: block; } mark.finding { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`

/** Click (or Enter) on a highlight shows its card; links in cards and lists jump between a group's places. */
const script = `
(function () {
  'use strict'
  var data = JSON.parse(document.getElementById('copydesk-data').textContent)
  var card = document.getElementById('copydesk-card')
  var active = []
  function pieces(id) { return document.querySelectorAll('[data-finding="' + id + '"]') }
  function clear() {
    active.forEach(function (element) { element.classList.remove('active') })
    active = []
  }
  function hide() { card.hidden = true; clear() }
  function show(id, anchor, relatedIndex) {
    var finding = data[id]
    if (!finding) return
    clear()
    pieces(id).forEach(function (element) { element.classList.add('active'); active.push(element) })
    var html = '<div class="head"><span class="badge sev-' + finding.severity + '">' + finding.label + '</span>' +
      '<span class="rule">' + finding.rule + '</span><span class="where">line ' + finding.line + '</span>' +
      '<button class="close" type="button" aria-label="Close">\\u00d7</button></div>'
    if (relatedIndex !== undefined) {
      html += '<p>This passage belongs to the finding on <a href="#' + id + '">line ' + finding.line + '</a>:</p>'
    }
    html += '<p class="reason">' + finding.reason + '</p>'
    if (finding.fix) html += '<p class="fix">' + finding.fix + '</p>'
    if (finding.related.length) {
      html += '<p>Other places in this group:</p><ul>' + finding.related.map(function (other) {
        return '<li><a href="#' + other.id + '">line ' + other.line + '</a>: <code>' + other.text + '</code></li>'
      }).join('') + '</ul>'
    }
    card.innerHTML = html
    card.hidden = false
    var box = anchor.getBoundingClientRect()
    var left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8))
    card.style.left = left + 'px'
    card.style.top = (window.scrollY + box.bottom + 6) + 'px'
  }
  function target(element) {
    var mark = element.closest('[data-finding]')
    if (mark) return {id: mark.getAttribute('data-finding'), anchor: mark}
    var related = element.closest('[data-related-of]')
    if (related) return {id: related.getAttribute('data-related-of'), anchor: related, index: Number(related.getAttribute('data-related-index'))}
  }
  function jump(hash) {
    var element = hash && document.getElementById(decodeURIComponent(hash.slice(1)))
    if (!element) return false
    var found = target(element)
    if (!found) return false
    element.scrollIntoView({block: 'center'})
    element.classList.remove('flash')
    void element.offsetWidth
    element.classList.add('flash')
    show(found.id, element, found.index)
    return true
  }
  document.addEventListener('click', function (event) {
    var element = event.target
    if (element.closest('button.close')) { hide(); return }
    var link = element.closest('a[href^="#"]')
    if (link) {
      if (jump(link.getAttribute('href'))) { event.preventDefault(); history.replaceState(null, '', link.getAttribute('href')) }
      return
    }
    if (card.contains(element)) return
    var found = target(element)
    if (found) show(found.id, found.anchor, found.index)
    else hide()
  })
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide()
    if (event.key === 'Enter' && document.activeElement) {
      var found = target(document.activeElement)
      if (found) show(found.id, found.anchor, found.index)
    }
  })
  document.querySelectorAll('input[data-toggle-rule]').forEach(function (box) {
    box.addEventListener('change', function () {
      var rule = box.getAttribute('data-toggle-rule')
      document.querySelectorAll('mark.finding[data-rule="' + rule + '"]').forEach(function (mark) { mark.classList.toggle('muted', !box.checked) })
    })
  })
  if (location.hash) jump(location.hash)
})()
`
