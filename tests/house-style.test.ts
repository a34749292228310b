/**
 * The house-style documentation's examples, run through the built CLI
 * (`node dist/src/cli.js`; `npm test` builds first): every ```sh block that
 * starts with `$ copydesk …` in docs/house-style.md (and any such block about
 * house styles in README.md) must print exactly the lines under it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli} from './helpers/cli.js'

interface Example {
  source: string
  args: string[]
  /** Keep only output lines containing this (`| grep X`). */
  grep?: string
  output: string[]
}

function examplesIn(file: string, filter: (block: string) => boolean = () => true): Example[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  const examples: Example[] = []
  for (const match of text.matchAll(/```sh\n\$ copydesk ([^\n]*)\n([\s\S]*?)```/g)) {
    if (!filter(match[0])) continue
    const [command, grep] = match[1].split(' | grep ')
    examples.push({source: file, args: command.split(' '), grep, output: match[2].replace(/\n$/, '').split('\n')})
  }
  return examples
}

const examples = [
  ...examplesIn('docs/house-style.md'),
  ...(fs.existsSync(path.join(root, 'README.md')) ? examplesIn('README.md', (block) => block.includes('house-style')) : [])
]

describe('house-style examples', function () {
  it('has the sample folder example', function () {
    expect(examples.map((example) => example.args.join(' '))).toContain('samples/house-style/article.txt')
  })

  for (const example of examples) {
    it(`prints what ${example.source} shows for \`copydesk ${example.args.join(' ')}\``, {timeout: 60_000}, async function () {
      const run = await runCli(example.args)
      let lines = (run.stdout + run.stderr).replace(/\n$/, '').split('\n').map((line) => line.trimEnd())
      if (example.grep) lines = lines.filter((line) => line.includes(example.grep!))
      expect(lines).toEqual(example.output.map((line) => line.trimEnd()))
    })
  }

  it('exits 1 on the sample article and 2 on a broken styles folder', {timeout: 60_000}, async function () {
    expect((await runCli(['samples/house-style/article.txt'])).code).toBe(1)
    const broken = await runCli(['rules', '--styles', 'tests/fixtures/house-style-broken'])
    expect(broken.code).toBe(2)
    expect(broken.stdout).toBe('')
  })

  it('fails a check with exit 2 and one line when the config names a broken styles folder', {timeout: 60_000}, async function () {
    const run = await runCli(['--config', 'tests/fixtures/house-style-broken.json', 'samples/house-style/article.txt'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'copydesk: tests/fixtures/house-style-broken/cent.yaml:6: house/cent: the rule matches its own replacement: `cent` → `per cent` contains `cent`, so `fix` would loop\n'
    )
  })

  it('applies the sample house rules through `copydesk fix` until nothing is left', {timeout: 60_000}, async function () {
    const run = await runCli(['fix', '--format', 'json', 'samples/house-style/article.txt'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('house/per-cent')
    expect(run.stdout).toContain('house/sdf')
  })
})
