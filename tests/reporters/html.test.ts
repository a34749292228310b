import {describe, expect, it} from 'vitest'
import {html} from '../../src/reporters/html.js'
import {escapeHtml, markdownInline} from '../../src/reporters/html-template.js'
import {fakeFile, fakeMeta, sampleFindings} from '../helpers/findings.js'

// The page in a browser is tested in tests/html-report.test.ts; these are the string-level checks.
describe('html reporter', function () {
  it('writes one page with a section per file and a summary row per rule', function () {
    const page = html([sampleFindings(), fakeFile('clean.txt', 'All quiet.', [])], {color: false, quiet: false})
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).toContain('<title>copydesk report: 2 files (4 findings)</title>')
    expect(page.match(/<section class="file"/g)).toHaveLength(2)
    expect(page.match(/<tr><td><label>/g)).toHaveLength(4)
    expect(page).toContain('No findings in this file.')
  })

  it('leaves out clean files with quiet', function () {
    const page = html([sampleFindings(), fakeFile('clean.txt', 'All quiet.', [])], {color: false, quiet: true})
    expect(page.match(/<section class="file"/g)).toHaveLength(1)
    expect(page).not.toContain('clean.txt')
  })

  it('keeps `</script>` in the data from closing the script element', function () {
    const file = fakeFile('x.txt', 'Up 5oo per cent.', [
      {rule: fakeMeta('digit-letter'), at: '5oo', reason: 'Bad `</script><script>alert(1)</script>`.', expected: ['500']}
    ])
    const page = html([file], {color: false, quiet: false})
    expect(page.match(/<\/script>/g)).toHaveLength(2)
  })

  it('splits CRLF text into paragraphs without the carriage returns', function () {
    const file = fakeFile('crlf.txt', 'Headline here\r\nAbout 5oo people came.\r\n', [
      {rule: fakeMeta('digit-letter'), at: '5oo', reason: 'Unexpected `5oo`.', expected: ['500']}
    ])
    const page = html([file], {color: false, quiet: false})
    expect(page).not.toContain('\r')
    expect(page).toMatch(/<p id="f0-l2"><a [^>]*>2<\/a>About <mark [^>]*id="f0-m1"[^>]*>5oo<\/mark> people came\.<\/p>/)
    expect(page).not.toContain('id="f0-l3"')
  })

  it('escapes text and turns backticks into code', function () {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;')
    expect(markdownInline('Unexpected `<b>`, expected `b`.')).toBe('Unexpected <code>&lt;b&gt;</code>, expected <code>b</code>.')
  })
})
