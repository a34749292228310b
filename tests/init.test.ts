import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {starterConfig} from '../src/commands/init.js'
import {parseConfig} from '../src/config.js'
import {runCli} from './helpers/cli.js'

const timeout = {timeout: 60_000}

function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-init-'))
}

describe('the starter config', function () {
  it('is valid and holds the defaults', async function () {
    const config = await parseConfig(starterConfig(), '.copydeskrc.json', tempFolder())
    expect(config).toMatchObject({dialect: 'auto', dictionaries: [], words: [], ignore: []})
    // Every rule stays at its default; only `dash` may configure the spaced-hyphen rule.
    expect(Object.keys(config!.rules).filter((id) => id !== 'spaced-hyphen')).toEqual([])
  })

  it('lists every rule, commented out, with its default severity and description', function () {
    const text = starterConfig()
    for (const rule of rules) {
      expect(text).toContain(`// "${rule.meta.id}": "${rule.meta.severity}",`)
      expect(text).toContain(`// ${rule.meta.description}`)
    }
  })

  it('stays valid with any one rule line uncommented', async function () {
    const text = starterConfig()
    const line = text.split('\n').find((candidate) => candidate.includes(`// "${rules[0].meta.id}"`))!
    const edited = text.replace(line, line.replace('// "', '"').replace(`"${rules[0].meta.severity}"`, '"off"'))
    const config = await parseConfig(edited, '.copydeskrc.json', tempFolder())
    expect(config!.rules[rules[0].meta.id]).toEqual({enabled: false})
  })
})

describe('copydesk init (built binary)', function () {
  it('writes .copydeskrc.json in the current folder', timeout, async function () {
    const folder = tempFolder()
    const run = await runCli(['init'], {cwd: folder})
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('Wrote .copydeskrc.json: every setting at its default, every rule listed; edit it to taste.\n')
    expect(fs.readFileSync(path.join(folder, '.copydeskrc.json'), 'utf8')).toBe(starterConfig())
    // The folder now checks cleanly with it.
    fs.writeFileSync(path.join(folder, 'article.txt'), 'About 1oo homes.\n')
    const check = await runCli(['--format', 'json', 'article.txt'], {cwd: folder})
    expect(check.stderr).toBe('')
    expect(check.code).toBe(1)
  })

  it('writes into the folder given', timeout, async function () {
    const folder = tempFolder()
    fs.mkdirSync(path.join(folder, 'site'))
    const run = await runCli(['init', 'site'], {cwd: folder})
    expect(run.code).toBe(0)
    expect(fs.existsSync(path.join(folder, 'site/.copydeskrc.json'))).toBe(true)
  })

  it('refuses to overwrite an existing config and exits 2', timeout, async function () {
    const folder = tempFolder()
    fs.writeFileSync(path.join(folder, '.copydeskrc.json'), '{"dialect": "en-GB"}\n')
    const run = await runCli(['init'], {cwd: folder})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('copydesk: .copydeskrc.json: already exists; not overwritten (edit it, or delete it first)\n')
    expect(fs.readFileSync(path.join(folder, '.copydeskrc.json'), 'utf8')).toBe('{"dialect": "en-GB"}\n')
  })

  it('exits 2 for a folder that does not exist', timeout, async function () {
    const run = await runCli(['init', 'missing'], {cwd: tempFolder()})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('copydesk: missing/.copydeskrc.json: cannot write: no such file or directory\n')
  })
})
