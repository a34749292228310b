import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/index.js'
import {layout, stylish} from '../../src/reporters/stylish.js'
import {root} from '../helpers/cli.js'

const settings = [
  {color: false, quiet: false},
  {color: true, quiet: false},
  {color: false, quiet: true},
  {color: true, quiet: true}
]

async function linted(names: ReadonlyArray<string>): Promise<VFile[]> {
  return Promise.all(names.map(async (name) => check(fs.readFileSync(path.join(root, name), 'utf8'), {path: name})))
}

// The stylish report lays out the common case itself (vfile-reporter measures every cell with
// string-width, the slowest part of a cold run); it must print exactly what vfile-reporter prints.
describe('stylish reporter', function () {
  it('prints what vfile-reporter prints for the sample and the news corpus, with and without colour and --quiet', {timeout: 60_000}, async function () {
    const folder = 'tests/corpus/news'
    const names = fs
      .readdirSync(path.join(root, folder))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => `${folder}/${name}`)
    const files = await linted(['samples/isis-baghouz.txt', ...names])
    for (const options of settings) {
      expect(layout(files.slice(0, 1), options)).toBe(reporter(files.slice(0, 1), options))
      expect(layout(files, options)).toBe(reporter(files, options))
    }
  })

  it('prints what vfile-reporter prints for clean files, files out of order, info-only findings and code spans', async function () {
    const clean = new VFile({path: 'b/clean.txt', value: 'All quiet.\n'})
    const info = new VFile({path: 'a/info.txt', value: 'Some text here.\n'})
    info.message('Double ``code `inside` span`` and a lone ` mark.', {place: {line: 1, column: 6}, ruleId: 'x-rule', source: 'copydesk'}).fatal = undefined
    const mixed = new VFile({path: 'c/mixed.txt', value: 'A b c.\n'})
    mixed.message('Second at the same place.', {place: {start: {line: 1, column: 1}, end: {line: 1, column: 2}}, ruleId: 'b-rule', source: 'copydesk'}).fatal = false
    mixed.message('First at the same place.', {place: {start: {line: 1, column: 1}, end: {line: 1, column: 2}}, ruleId: 'a-rule', source: 'copydesk'}).fatal = true
    mixed.message('No place, “curly” quotes – and £5.', {ruleId: 'c-rule', source: 'copydesk'}).fatal = false
    for (const options of settings) {
      expect(layout([clean, mixed, info], options)).toBe(reporter([clean, mixed, info], options))
      expect(layout([clean], options)).toBe(reporter([clean], options))
    }
  })

  it('hands wide characters, causes and multi-line reasons to vfile-reporter', async function () {
    const wide = new VFile({path: 'wide.txt', value: '東京 office.\n'})
    wide.message('Unexpected `東京`.', {place: {line: 1, column: 1}, ruleId: 'spelling', source: 'copydesk'}).fatal = false
    const caused = new VFile({path: 'cause.txt', value: 'x\n'})
    caused.message('Broke.', {place: {line: 1, column: 1}, ruleId: 'r', source: 'copydesk', cause: new Error('inner')}).fatal = true
    const lines = new VFile({path: 'lines.txt', value: 'x\n'})
    lines.message('One\ntwo.', {place: {line: 1, column: 1}, ruleId: 'r', source: 'copydesk'}).fatal = false
    for (const file of [wide, caused, lines]) {
      expect(layout([file], settings[0])).toBeUndefined()
      expect(await stylish([file], settings[0])).toBe(reporter([file], settings[0]) + '\n')
    }
  })
})
