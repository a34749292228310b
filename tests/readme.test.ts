/**
 * The README cannot drift from the code: its generated sections (rules, flags,
 * the sample report) and docs/rules.md must equal what `npm run docs` writes,
 * and every ```sh block that starts with `$ copydesk …` must print exactly the
 * lines under it (a trailing `| tail -N` or `| grep X` is applied).
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {flagsTables, rulesDoc, rulesTable, sectionOf} from '../src/docs.js'
import {root, runCli} from './helpers/cli.js'

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')

describe('README.md', function () {
  it('opens with the two commands for a fresh clone', function () {
    expect(readme.split('\n').slice(0, 6).join('\n')).toBe(
      '# copydesk\n\n```sh\nnpm ci && npx copydesk samples/isis-baghouz.txt\nnpm test\n```'
    )
  })

  it('has the rule table generated from rule metadata', function () {
    expect(sectionOf(readme, 'rules')).toBe(rulesTable())
  })

  it('has the flag tables generated from the commands', function () {
    expect(sectionOf(readme, 'flags')).toBe(flagsTables())
  })

  it('has the bad-input table of docs/errors.md', function () {
    const errors = fs.readFileSync(path.join(root, 'docs/errors.md'), 'utf8')
    expect(sectionOf(readme, 'errors')).toBe(sectionOf(errors, 'errors'))
    expect(sectionOf(readme, 'errors')).toMatch(/\| A binary file and a clean text file \|/)
  })

  it('has docs/rules.md generated from rule metadata', function () {
    expect(fs.readFileSync(path.join(root, 'docs/rules.md'), 'utf8')).toBe(rulesDoc())
  })

  it('shows the real report on the sample', {timeout: 60_000}, async function () {
    const run = await runCli(['samples/isis-baghouz.txt'])
    expect(sectionOf(readme, 'sample-report')).toBe('```console\n$ npx copydesk samples/isis-baghouz.txt\n' + run.stdout.trimEnd() + '\n```')
  })

  const examples = [...readme.matchAll(/```sh\n\$ copydesk ([^\n]*)\n([\s\S]*?)```/g)]
  it('has runnable examples', function () {
    expect(examples.length).toBeGreaterThanOrEqual(4)
  })
  for (const [, line, output] of examples) {
    it(`prints what it shows for \`copydesk ${line}\``, {timeout: 60_000}, async function () {
      const [command, ...pipes] = line.split(' | ')
      const run = await runCli(command.split(' '))
      let lines = (run.stdout + run.stderr).replace(/\n$/, '').split('\n').map((text) => text.trimEnd())
      for (const pipe of pipes) {
        const tail = /^tail -(\d+)$/.exec(pipe)
        const grep = /^grep (.+)$/.exec(pipe)
        if (tail) lines = lines.slice(-Number(tail[1]))
        else if (grep) lines = lines.filter((text) => text.includes(grep[1]))
        else throw new Error(`unsupported pipe in README example: ${pipe}`)
      }
      expect(lines).toEqual(output.replace(/\n$/, '').split('\n').map((text) => text.trimEnd()))
    })
  }
})
