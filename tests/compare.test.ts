import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {compareDrafts} from '../src/compare.js'
import {check} from '../src/index.js'
import {runCli} from './helpers/cli.js'

const timeout = {timeout: 120_000}
const oldDraft = 'samples/isis-baghouz.txt'
const newDraft = 'samples/isis-baghouz.draft2.txt'
const onlyDigitLetter = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'digit-letter']))

async function compareTexts(oldText: string, newText: string) {
  const oldFile = await check(oldText, {rules: onlyDigitLetter, path: 'old.txt'})
  const newFile = await check(newText, {rules: onlyDigitLetter, path: 'new.txt'})
  const result = compareDrafts(oldFile, newFile)
  const describe = (messages: typeof result.introduced) => messages.map((message) => `${message.line}:${message.column} ${message.actual}`)
  return {introduced: describe(result.introduced), resolved: describe(result.resolved), kept: result.kept, hunks: result.hunks}
}

describe('compareDrafts', function () {
  it('does not count a finding that only moved because text was added before it', async function () {
    const result = await compareTexts(
      'Headline\nAbout 1oo people came.\n',
      'Headline\nA new first paragraph.\nAbout 1oo people came, officials said.\n'
    )
    expect(result).toMatchObject({introduced: [], resolved: [], kept: 1})
  })

  it('does not count a finding in a paragraph moved whole', async function () {
    const result = await compareTexts(
      'Headline\nAbout 1oo people came.\nThe second paragraph.\nThe third paragraph.\n',
      'Headline\nThe second paragraph.\nThe third paragraph.\nAbout 1oo people came.\n'
    )
    expect(result).toMatchObject({introduced: [], resolved: [], kept: 1})
  })

  it('finds what the new draft fixed and what it broke', async function () {
    const result = await compareTexts('Headline\nAbout 1oo people came in 2019.\n', 'Headline\nAbout 100 people came in 2O19.\n')
    expect(result.introduced).toEqual(['2:26 2O19'])
    expect(result.resolved).toEqual(['2:7 1oo'])
    expect(result.hunks.map((hunk) => [hunk.removed, hunk.added])).toEqual([
      ['1oo', '100'],
      ['2019', '2O19']
    ])
  })

  it('counts an edit of the flagged word itself as resolved and introduced', async function () {
    const result = await compareTexts('Headline\nAbout 1oo people.\n', 'Headline\nAbout 3oo people.\n')
    expect(result).toMatchObject({introduced: ['2:7 3oo'], resolved: ['2:7 1oo'], kept: 0})
  })

  it('counts a repeated finding once per place', async function () {
    const result = await compareTexts('Headline\n1oo and 1oo.\n', 'Headline\n1oo and 1oo and 1oo.\n')
    expect(result.introduced).toHaveLength(1)
    expect(result.resolved).toEqual([])
    expect(result.kept).toBe(2)
  })
})

describe('copydesk compare (built binary)', function () {
  it('shows the word diff of two drafts, then introduced and resolved findings', timeout, async function () {
    const run = await runCli(['compare', oldDraft, newDraft])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`${newDraft}:8\nTrump has [-bren-]{+been+} showing off before-and-after [-map-]{+maps that+} demonstrate`)
    expect(run.stdout).toContain('has been "[-1oo-]{+100+} per cent eliminated"')
    expect(run.stdout).toContain('{+Aid agencies said the camp had taken in more than 60,000 people since the start of 2O19.+}')
    const introduced = run.stdout.slice(run.stdout.indexOf('Introduced'), run.stdout.indexOf('Resolved'))
    const resolved = run.stdout.slice(run.stdout.indexOf('Resolved'), run.stdout.indexOf('Unchanged'))
    expect(introduced).toContain(`${newDraft}:13:56 warning spelling: Unexpected \`teh\``)
    expect(introduced).toContain(`${newDraft}:18:84 warning digit-letter: Unexpected \`2O19\``)
    expect(resolved).toContain(`${oldDraft}:8:11 warning spelling: Unexpected \`bren\``)
    expect(resolved).toContain(`${oldDraft}:11:55 warning digit-letter: Unexpected \`1oo\``)
    // Unchanged and moved findings are neither: `ain` stayed, the `SDF forces` paragraph moved.
    expect(run.stdout).not.toMatch(/`ain`/)
    expect(run.stdout).not.toMatch(/SDF forces` repeats/)
    expect(run.stdout).not.toContain('\u001B[')
  })

  it('gives hunks, introduced and resolved as JSON in the message contract shape', timeout, async function () {
    const run = await runCli(['compare', '--format', 'json', oldDraft, newDraft])
    expect(run.code).toBe(1)
    const result = JSON.parse(run.stdout)
    expect(Object.keys(result)).toEqual(['old', 'new', 'hunks', 'introduced', 'resolved'])
    expect(result.hunks).toContainEqual({
      old: {start: {line: 11, column: 55, offset: 1455}, end: {line: 11, column: 58, offset: 1458}},
      new: {start: {line: 11, column: 55, offset: 1461}, end: {line: 11, column: 58, offset: 1464}},
      removed: '1oo',
      added: '100'
    })
    const brief = (messages: Array<{ruleId: string; actual: string; line: number}>) => messages.map((message) => `${message.line} ${message.ruleId} ${message.actual}`)
    expect(brief(result.introduced)).toEqual(expect.arrayContaining(['13 spelling teh', '18 digit-letter 2O19']))
    expect(brief(result.resolved)).toEqual(expect.arrayContaining(['8 spelling bren', '11 digit-letter 1oo']))
    // Unchanged and moved findings are neither.
    expect(brief(result.resolved).concat(brief(result.introduced)).filter((line) => / (ain|forces)$/.test(line))).toEqual([])
    expect(result.introduced.find((message: {actual: string}) => message.actual === '2O19')).toMatchObject({
      ruleId: 'digit-letter',
      source: 'copydesk',
      expected: ['2019'],
      place: {start: {line: 18, column: 84}, end: {line: 18, column: 88}},
      data: {severity: 'warning', fixable: true}
    })
  })

  it('exits 0 with --fail-on never, and 0 when nothing was introduced', timeout, async function () {
    expect((await runCli(['compare', '--fail-on', 'never', oldDraft, newDraft])).code).toBe(0)
    const reverse = await runCli(['compare', '--format', 'json', '--fail-on', 'info', newDraft, oldDraft])
    const result = JSON.parse(reverse.stdout)
    expect(result.introduced.map((message: {actual: string}) => message.actual)).toEqual(expect.arrayContaining(['bren', '1oo']))
    expect(reverse.code).toBe(1)
    const same = await runCli(['compare', oldDraft, oldDraft])
    expect(same.code).toBe(0)
    expect(same.stdout).toMatch(/^The drafts have the same text\.\n\nIntroduced \(0\)\nResolved \(0\)\n/)
  })

  it('uses colours on a terminal (FORCE_COLOR) instead of markers', timeout, async function () {
    const run = await runCli(['compare', oldDraft, newDraft], {env: {NO_COLOR: undefined, FORCE_COLOR: '1'}})
    expect(run.stdout).toContain('\u001B[')
    expect(run.stdout).not.toContain('{+100+}')
  })

  it('reads one draft from stdin', timeout, async function () {
    const run = await runCli(['compare', 'samples/isis-baghouz.txt', '-', '--format', 'json'], {input: 'Headline\nAbout 3oo people.\n'})
    const result = JSON.parse(run.stdout)
    expect(result.new).toBe('<stdin>')
    expect(result.introduced.map((message: {actual: string}) => message.actual)).toEqual(['3oo'])
    expect(result.resolved.map((message: {actual: string}) => message.actual)).toContain('1oo')
  })

  it('needs exactly two drafts (exit 2)', timeout, async function () {
    const run = await runCli(['compare', oldDraft])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('copydesk: compare takes two files: OLD NEW (see --help)\n')
  })
})
