#!/usr/bin/env node
// Rewrite docs/rules.md and README.md's generated sections from the built code: the rule table,
// the CLI flag tables and the sample report. Run `npm run docs` after changing
// a rule's metadata, a flag or a rule's findings on the sample.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import {flagsTables, replaceSection, rulesDoc, rulesTable} from '../dist/src/docs.js'

const readme = new URL('../README.md', import.meta.url)
let text = fs.readFileSync(readme, 'utf8')
text = replaceSection(text, 'rules', rulesTable())
text = replaceSection(text, 'flags', flagsTables())
// The bad-input table is generated into docs/errors.md by tests/reliability/bad-input.test.ts.
const errors = fs.readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8')
const table = /<!-- generated:errors -->\n([\s\S]*?)\n<!-- \/generated:errors -->/.exec(errors)[1]
text = replaceSection(text, 'errors', table)
let report = ''
try {
  report = execFileSync(process.execPath, ['dist/src/cli.js', 'samples/isis-baghouz.txt'], {env: {...process.env, NO_COLOR: '1'}, encoding: 'utf8'})
} catch (error) {
  report = error.stdout
}
text = replaceSection(text, 'sample-report', '```console\n$ npx copydesk samples/isis-baghouz.txt\n' + report.trimEnd() + '\n```')
fs.writeFileSync(readme, text)
fs.writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDoc())
console.log('README.md and docs/rules.md updated')
