/**
 * The HTML report in a real browser: Debian's Chromium driven by
 * playwright-core (which downloads nothing). Checks the highlights against
 * the findings, the cards, the links between a consistency group's places,
 * overlapping findings, escaping and that the page loads nothing from
 * elsewhere; leaves a screenshot in the temp folder.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {check} from '../src/index.js'
import {html} from '../src/reporters/html.js'
import {fakeFile, fakeMeta, sampleFindings} from './helpers/findings.js'
import {cli} from './helpers/cli.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const chromiumPath = '/usr/bin/chromium'
const samplePath = 'samples/isis-baghouz.txt'
const timeout = 60_000

let context: BrowserContext
let folder: string
/** Requests for anything but the report file itself. */
const outside: string[] = []

function write(name: string, files: VFile[]): string {
  const file = path.join(folder, name)
  fs.writeFileSync(file, html(files, {color: false, quiet: false}))
  return file
}

async function openReport(file: string): Promise<Page> {
  const page = await context.newPage()
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('pageerror', (error) => {
    throw error
  })
  await page.goto(pathToFileURL(file).href)
  expect(dialogs).toEqual([])
  return page
}

/** Each finding's highlighted text: its pieces joined, by finding id. */
function highlights(page: Page): Promise<Record<string, string>> {
  return page.evaluate(function () {
    const result: Record<string, string> = {}
    for (const mark of document.querySelectorAll('mark.finding[id]')) {
      const pieces = document.querySelectorAll(`[data-finding="${mark.id}"]`)
      result[mark.id] = [...pieces].map((piece) => piece.textContent).join('')
    }
    return result
  })
}

describe('html report in Chromium', function () {
  beforeAll(async function () {
    if (!fs.existsSync(chromiumPath)) {
      throw new Error(`${chromiumPath} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does this`)
    }
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-html-'))
    context = await chromium.launchPersistentContext(path.join(folder, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ],
      viewport: {width: 1100, height: 1400}
    })
    context.on('request', (request) => {
      if (!request.url().startsWith('file:')) outside.push(request.url())
    })
  }, timeout)

  afterAll(async function () {
    await context?.close()
    expect(outside).toEqual([])
  })

  it('highlights every finding of the sample in place, with its text', async function () {
    const file = await check(new VFile({path: samplePath, value: fs.readFileSync(path.join(root, samplePath), 'utf8')}))
    const page = await openReport(write('sample.html', [file]))
    const shown = await highlights(page)
    expect(Object.keys(shown)).toHaveLength(file.messages.length)
    // Finding n of the file is element f0-m<n>; nesting may change document order, not the ids.
    expect(shown).toEqual(Object.fromEntries(file.messages.map((message, index) => [`f0-m${index + 1}`, message.actual])))
    // The article's text is all there, line by line, once.
    const lines = await page.$$eval('section.file .article p', (paragraphs) =>
      paragraphs.map((paragraph) => [...paragraph.childNodes].filter((node) => !(node as Element).classList?.contains('ln')).map((node) => node.textContent).join(''))
    )
    expect(lines.join('\n')).toBe(String(file.value).replace(/\n$/, ''))
    // A summary row per rule, with counts adding up to the findings.
    const counts = await page.$$eval('table.summary td.count', (cells) => cells.map((cell) => Number(cell.textContent)))
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(file.messages.length)
  }, timeout)

  it('shows the reason and the fix when a highlight is clicked, and leaves a screenshot', async function () {
    const file = await check(new VFile({path: samplePath, value: fs.readFileSync(path.join(root, samplePath), 'utf8')}))
    const page = await openReport(write('sample.html', [file]))
    expect(await page.isVisible('#copydesk-card')).toBe(false)
    const digit = page.locator('mark.finding[data-rule="digit-letter"]').first()
    expect(await digit.textContent()).toBe('1oo')
    await digit.click()
    const card = page.locator('#copydesk-card')
    expect(await card.isVisible()).toBe(true)
    const text = await card.innerText()
    expect(text).toContain('digit-letter')
    expect(text).toMatch(/letters inside a number/)
    expect(text).toContain('Fix: replace 1oo with 100.')
    expect(await digit.getAttribute('class')).toContain('active')
    const shot = path.join(os.tmpdir(), 'copydesk-html-report.png')
    await page.screenshot({path: shot})
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000)
    await page.keyboard.press('Escape')
    expect(await card.isVisible()).toBe(false)
  }, timeout)

  it('links the places of a consistency group both ways', async function () {
    const page = await openReport(write('group.html', [sampleFindings()]))
    const conflict = page.locator('mark.finding[data-rule="number-conflict"]')
    expect(await conflict.textContent()).toBe('45')
    const id = (await conflict.getAttribute('id'))!
    await conflict.click()
    const card = page.locator('#copydesk-card')
    expect(await card.innerText()).toContain('Other places in this group')
    const links = await card.locator('li a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
    expect(links).toEqual([`#${id}-r1`, `#${id}-r2`])
    expect(await page.locator(`#${id}-r2`).textContent()).toBe('40')
    // Follow the link to the other place: its card links back to the finding.
    await card.locator('li a').nth(1).click()
    expect(await page.locator(`#${id}-r2`).getAttribute('class')).toContain('flash')
    expect(await card.innerText()).toContain('This passage belongs to the finding on line 3')
    await card.locator(`a[href="#${id}"]`).click()
    expect(await conflict.getAttribute('class')).toContain('active')
    // Clicking the other place in the text opens the same finding.
    await page.locator('body').click({position: {x: 5, y: 5}})
    await page.locator(`#${id}-r1`).click()
    expect(await card.innerText()).toContain('Conflicting figures')
    // A rule can be hidden from the summary table.
    await page.locator('input[data-toggle-rule="digit-letter"]').uncheck()
    expect(await page.locator('mark.finding[data-rule="digit-letter"]').getAttribute('class')).toContain('muted')
  }, timeout)

  it('draws overlapping and crossing findings without losing or doubling text', async function () {
    const text = 'Police said the the 3oo protesters left.\nA second line, after a break.'
    const file = fakeFile('overlap.txt', text, [
      {rule: fakeMeta('repeated-word'), at: 'the the', reason: 'Unexpected repeated `the`.', expected: ['the']},
      {rule: fakeMeta('spelling'), at: 'the 3oo', reason: 'Crossing range.', expected: []},
      {rule: fakeMeta('digit-letter'), at: '3oo', reason: 'Unexpected `3oo`, expected `300`.', expected: ['300']},
      {rule: fakeMeta('missing-word', {fixable: false}), at: '', nth: 41, reason: 'A word is missing here.'},
      {rule: fakeMeta('line-break', {fixable: false}), at: 'left.\nA second', reason: 'Spans a line break.'}
    ])
    const page = await openReport(write('overlap.html', [file]))
    const shown = await highlights(page)
    expect(shown).toEqual({'f0-m1': 'the the', 'f0-m2': 'the 3oo', 'f0-m3': '3oo', 'f0-m4': 'left.A second', 'f0-m5': ''})
    const lines = await page.$$eval('section.file .article p', (paragraphs) =>
      paragraphs.map((paragraph) => [...paragraph.childNodes].filter((node) => !(node as Element).classList?.contains('ln')).map((node) => node.textContent).join(''))
    )
    expect(lines).toEqual(text.split('\n'))
    // The crossing finding is drawn in two pieces, one of them carrying the id.
    expect(await page.locator('[data-finding="f0-m2"]').count()).toBe(2)
    expect(await page.locator('mark.finding.empty').count()).toBe(1)
  }, timeout)

  it('escapes the article and the reasons', async function () {
    const text = 'The <script>alert("x")</script> tag & 5oo "quotes".'
    const file = fakeFile('<b>bold</b>.html', text, [
      {rule: fakeMeta('digit-letter'), at: '5oo', reason: 'Unexpected `<img src=x onerror=alert(1)>`, expected `500`.', expected: ['<i>500</i>']}
    ])
    const page = await openReport(write('escape.html', [file]))
    expect(await page.locator('script').count()).toBe(2)
    expect(await page.locator('section.file .article img, section.file .article i').count()).toBe(0)
    expect(await page.locator('section.file h2').innerText()).toContain('<b>bold</b>.html')
    await page.locator('mark.finding').click()
    const card = await page.locator('#copydesk-card').innerText()
    expect(card).toContain('<img src=x onerror=alert(1)>')
    expect(card).toContain('Fix: replace 5oo with <i>500</i>.')
  }, timeout)

  it('is written by `--format html --output FILE`, self-contained', function () {
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: build first (npm run build)`)
    const output = path.join(folder, 'cli.html')
    const run = spawnSync(process.execPath, [cli, samplePath, '--format', 'html', '--output', output], {cwd: root, encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe('')
    expect([0, 1]).toContain(run.status)
    const page = fs.readFileSync(output, 'utf8')
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).not.toMatch(/<link\b|\bsrc=|@import|url\(/i)
    const stdout = spawnSync(process.execPath, [cli, samplePath, '--format', 'html'], {cwd: root, encoding: 'utf8'})
    expect(stdout.stdout === page, 'stdout and --output give the same page').toBe(true)
  }, timeout)
})
