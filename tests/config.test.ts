import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {ConfigError, ConfigResolver, dashRuleId, isIgnored, loadConfigFile, mergeOptions, parseConfig} from '../src/config.js'
import {root, runCli} from './helpers/cli.js'

const fixtures = path.join(root, 'tests/fixtures')
const nested = path.join(fixtures, 'config-nested')
const timeout = {timeout: 60_000}

/** The one-line error a config text gives, as the CLI prints it after `copydesk: `. */
async function problem(text: string, packageJson = false): Promise<string> {
  try {
    await parseConfig(text, 'cfg.json', nested, packageJson)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigError')
}

describe('parseConfig', function () {
  it('reads every key, with comments and trailing commas', async function () {
    const config = await parseConfig(
      `// house settings
      {
        "dialect": "en-GB", /* British */
        "rules": {"digit-letter": "error", "repeated-word": "off", "spelling": {"severity": "info"}},
        "dictionaries": ["words.txt"],
        "ignore": ["drafts/"],
        "styles": "styles",
      }`,
      'cfg.json',
      nested
    )
    expect(config).toMatchObject({
      path: 'cfg.json',
      folder: nested,
      dialect: 'en-GB',
      dictionaries: [path.join(nested, 'words.txt')],
      words: ['flurbing'],
      ignore: ['drafts/'],
      styles: path.join(nested, 'styles')
    })
    expect(config!.rules['digit-letter']).toEqual({enabled: true, severity: 'error'})
    expect(config!.rules['repeated-word']).toEqual({enabled: false})
    expect(config!.rules.spelling).toEqual({enabled: true, severity: 'info'})
  })

  it('reads the copydesk key of a package.json, and nothing when there is none', async function () {
    expect((await parseConfig('{"name": "x", "copydesk": {"dialect": "en-US"}}', 'package.json', nested, true))?.dialect).toBe('en-US')
    expect(await parseConfig('{"name": "x"}', 'package.json', nested, true)).toBeUndefined()
  })

  it('folds `dash` into the spaced-hyphen rule, under its own options', async function () {
    const registered = rules.some((rule) => rule.meta.id === dashRuleId)
    const config = await parseConfig('{"dash": "en"}', 'cfg.json', nested)
    expect(config!.dash).toBe('en')
    expect(config!.rules[dashRuleId]).toEqual(registered ? {enabled: true, options: {dash: 'en'}} : undefined)
    if (registered) {
      const off = await parseConfig(`{"dash": "en", "rules": {"${dashRuleId}": "off"}}`, 'cfg.json', nested)
      expect(off!.rules[dashRuleId]).toEqual({enabled: false, options: {dash: 'en'}})
    }
  })

  const invalid: Array<[string, string, string]> = [
    ['an unknown key, with a suggestion', '{"rule": {}}', 'cfg.json:1:2: `rule`: unknown key (did you mean "rules"?); the keys are "dash", "dialect", "dictionaries", "ignore", "rules" or "styles"'],
    ['an unknown rule id, with a suggestion', '{"rules": {"speling": "off"}}', 'cfg.json:1:12: `rules.speling`: unknown rule id (did you mean "spelling"?); run `copydesk rules` for the list'],
    ['a bad rule level', '{"rules": {"spelling": "of"}}', 'cfg.json:1:24: `rules.spelling`: must be "off", "error", "warning", "info" or {"severity": …, "options": {…}} (got "of"; did you mean "off"?)'],
    ['a rule set to true', '{"rules": {"spelling": true}}', 'cfg.json:1:24: `rules.spelling`: must be "off", "error", "warning", "info" or {"severity": …, "options": {…}} (got true)'],
    ['a bad severity', '{"rules": {"spelling": {"severity": "warn"}}}', 'cfg.json:1:37: `rules.spelling.severity`: must be "off", "error", "warning" or "info" (got "warn")'],
    ['an unknown key in a rule', '{"rules": {"spelling": {"level": "info"}}}', 'cfg.json:1:25: `rules.spelling.level`: unknown key; a rule takes `severity` and `options`'],
    ['options that are not an object', '{"rules": {"spelling": {"options": []}}}', 'cfg.json:1:36: `rules.spelling.options`: must be an object (got [])'],
    ['a bad dialect, with a suggestion', '{"dialect": "en-gb"}', 'cfg.json:1:13: `dialect`: must be "auto", "en-GB" or "en-US" (got "en-gb"; did you mean "en-GB"?)'],
    ['a bad dash', '{"dash": "emdash"}', 'cfg.json:1:10: `dash`: must be "em" or "en" (got "emdash")'],
    ['ignore as a string', '{"ignore": "drafts/"}', 'cfg.json:1:12: `ignore`: must be an array of strings (got "drafts/")'],
    ['an ignore glob that is not a string', '{"ignore": ["a", 3]}', 'cfg.json:1:18: `ignore[1]`: must be a string (got 3)'],
    ['an empty ignore glob', '{"ignore": [""]}', 'cfg.json:1:13: `ignore[0]`: must not be empty'],
    ['a missing word list', '{"dictionaries": ["missing.txt"]}', 'cfg.json:1:19: `dictionaries[0]`: cannot read word list `missing.txt`: no such file or directory'],
    ['a word list that is a folder', '{"dictionaries": ["sub"]}', 'cfg.json:1:19: `dictionaries[0]`: cannot read word list `sub`: is a directory, expected a file'],
    ['styles that is not a path', '{"styles": true}', 'cfg.json:1:12: `styles`: must be a folder path (got true)'],
    ['a top level that is not an object', '["rules"]', 'cfg.json:1:1: must be a JSON object'],
    ['invalid JSON, with its line and column', '{\n  "dialect": "en-GB"\n  "dash": "en"\n}', 'cfg.json:3:3: invalid JSON: expected `,`'],
    ['an unclosed comment', '{} /* note', 'cfg.json:1:4: invalid JSON: unclosed comment'],
    ['an empty file', '', 'cfg.json:1:1: invalid JSON: expected a value']
  ]
  for (const [description, text, message] of invalid) {
    it(`rejects ${description}`, async function () {
      expect(await problem(text)).toBe(message)
    })
  }

  it('rejects a copydesk key in package.json that is not an object, naming the key', async function () {
    expect(await problem('{"copydesk": "en-GB"}', true)).toBe('cfg.json:1:14: `copydesk.`: must be a JSON object')
  })

  it('checks rule options against the rule’s defaults', async function () {
    const without = rules.find((rule) => Object.keys(rule.options).length === 0)!
    expect(await problem(`{"rules": {"${without.meta.id}": {"options": {"max": 3}}}}`)).toMatch(
      new RegExp(`\`rules\\.${without.meta.id}\\.options\\.max\`: unknown option; this rule takes none$`)
    )
    const withOptions = rules.find((rule) => Object.keys(rule.options).length > 0)
    if (withOptions) {
      const [name, value] = Object.entries(withOptions.options as Record<string, unknown>)[0]
      const wrong = typeof value === 'string' ? 3 : '"x"'
      expect(await problem(`{"rules": {"${withOptions.meta.id}": {"options": {"${name}": ${wrong}}}}}`)).toMatch(/options\.\w+`: must be an? \w+ \(got /)
      const config = await parseConfig(`{"rules": {"${withOptions.meta.id}": {"options": {"${name}": ${JSON.stringify(value)}}}}}`, 'cfg.json', nested)
      expect(config!.rules[withOptions.meta.id].options).toEqual({[name]: value})
    }
  })
})

describe('ConfigResolver', function () {
  it('finds the nearest config walking up, and does not cascade', async function () {
    const resolver = new ConfigResolver({cwd: root})
    const top = await resolver.configFor(path.join(nested, 'article.txt'))
    expect(top?.path).toBe('tests/fixtures/config-nested/.copydeskrc.json')
    expect((await resolver.configFor(path.join(nested, 'drafts/old.txt')))?.path).toBe(top?.path)
    const sub = await resolver.configFor(path.join(nested, 'sub/article.md'))
    expect(sub?.path).toBe('tests/fixtures/config-nested/sub/.copydeskrc.json')
    expect(sub?.rules).toEqual({})
    expect(sub?.dialect).toBeUndefined()
  })

  it('loads each config once', async function () {
    const resolver = new ConfigResolver({cwd: root})
    expect(await resolver.configFor(path.join(nested, 'article.txt'))).toBe(await resolver.configFor(path.join(nested, 'notes.draft.md')))
  })

  it('reads the copydesk key of package.json', async function () {
    const config = await new ConfigResolver({cwd: root}).configFor(path.join(fixtures, 'config-package-json/article.txt'))
    expect(config?.path).toBe('tests/fixtures/config-package-json/package.json')
    expect(config?.rules['digit-letter']).toEqual({enabled: true, severity: 'info'})
  })

  it('finds nothing outside any project', async function () {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-'))
    expect(await new ConfigResolver({cwd: folder}).configFor('article.txt')).toBeUndefined()
  })

  it('uses the --config file for every input, and none with --no-config', async function () {
    const explicit = new ConfigResolver({cwd: root, explicit: 'tests/fixtures/config-package-json/package.json'})
    expect((await explicit.configFor(path.join(nested, 'article.txt')))?.path).toBe('tests/fixtures/config-package-json/package.json')
    expect(await new ConfigResolver({cwd: root, disabled: true}).configFor(path.join(nested, 'article.txt'))).toBeUndefined()
  })

  it('rejects a --config package.json without a copydesk key', async function () {
    await expect(loadConfigFile(path.join(root, 'package.json'), 'package.json')).rejects.toThrow(
      'package.json: `copydesk`: missing: this package.json has no copydesk settings'
    )
  })
})

describe('isIgnored', function () {
  it('matches globs relative to the config, folders and bare names at any depth', async function () {
    const config = (await parseConfig('{"ignore": ["drafts/", "*.draft.md", "archive", "sub/old-*.txt"]}', 'cfg.json', nested))!
    const ignored = (file: string) => isIgnored(config, path.join(nested, file))
    expect(ignored('drafts/old.txt')).toBe(true)
    expect(ignored('drafts/2019/old.txt')).toBe(true)
    expect(ignored('notes.draft.md')).toBe(true)
    expect(ignored('sub/deep/notes.draft.md')).toBe(true)
    expect(ignored('archive/2019.txt')).toBe(true)
    expect(ignored('sub/old-1.txt')).toBe(true)
    expect(ignored('sub/deep/old-1.txt')).toBe(false)
    expect(ignored('article.txt')).toBe(false)
    expect(ignored('drafts.txt')).toBe(false)
    expect(isIgnored(config, path.join(root, 'drafts/old.txt'))).toBe(false)
  })

  it('skips the config’s own word lists', async function () {
    const config = (await parseConfig('{"dictionaries": ["words.txt"]}', 'cfg.json', nested))!
    expect(isIgnored(config, path.join(nested, 'words.txt'))).toBe(true)
  })
})

describe('mergeOptions', function () {
  it('lets flags win and adds --dictionary words to the config’s', async function () {
    const config = (await parseConfig('{"dialect": "en-GB", "rules": {"spelling": "off"}, "dictionaries": ["words.txt"]}', 'cfg.json', nested))!
    expect(mergeOptions({words: ['zanzo']}, config)).toEqual({
      dialect: 'en-GB',
      words: ['flurbing', 'zanzo'],
      rules: {spelling: {enabled: false}}
    })
    expect(mergeOptions({dialect: 'en-US', words: [], rules: {spelling: {enabled: true}}}, config)).toMatchObject({
      dialect: 'en-US',
      rules: {spelling: {enabled: true}}
    })
    expect(mergeOptions({dialect: 'auto'}, undefined)).toEqual({dialect: 'auto'})
  })
})

interface JsonFile {
  path: string
  messages: Array<{ruleId: string; actual: string; line: number; column: number; fatal?: boolean | null}>
}

function summary(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonFile[]).flatMap((file) =>
    file.messages.map((message) => `${file.path} ${message.line}:${message.column} ${message.ruleId} ${message.actual} ${message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'}`)
  )
}

describe('the CLI with config files (built binary)', function () {
  it('applies the nearest config to each file: rules, severities, word lists and ignore globs', timeout, async function () {
    const run = await runCli(['--format', 'json', '.'], {cwd: nested})
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
    // article.txt: digit-letter raised to error, repeated-word off, `flurbing` accepted from words.txt;
    // sub/: its own empty config, so both rules at their defaults; drafts/, *.draft.md and words.txt skipped.
    expect(summary(run.stdout)).toEqual([
      'article.txt 2:13 digit-letter 1oo error',
      'sub/article.md 3:22 digit-letter 4oo warning',
      'sub/article.md 3:42 repeated-word  the warning'
    ])
  })

  it('warns about an ignored file named on the command line, and exits 0', timeout, async function () {
    const run = await runCli(['drafts/old.txt', 'words.txt'], {cwd: nested})
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      'copydesk: warning: drafts/old.txt: skipped: excluded by its config (`ignore`, or a word list); --no-config checks it\n' +
        'copydesk: warning: words.txt: skipped: excluded by its config (`ignore`, or a word list); --no-config checks it\n'
    )
  })

  it('ignores config files with --no-config', timeout, async function () {
    const run = await runCli(['--format', 'json', '--no-config', 'article.txt', 'drafts/old.txt'], {cwd: nested})
    const lines = summary(run.stdout)
    expect(lines).toEqual(expect.arrayContaining(['article.txt 2:13 digit-letter 1oo warning', 'drafts/old.txt 1:28 digit-letter 2oo warning']))
    expect(lines.some((line) => line.includes('spelling flurbing'))).toBe(true)
    expect(lines.some((line) => line.includes('repeated-word'))).toBe(true)
  })

  it('uses one file for every input with --config', timeout, async function () {
    const run = await runCli(['--format', 'json', '--config', '../config-package-json/package.json', 'article.txt'], {cwd: nested})
    expect(summary(run.stdout)).toEqual(expect.arrayContaining(['article.txt 2:13 digit-letter 1oo info']))
  })

  it('adds --dictionary words to the config’s word lists', timeout, async function () {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-'))
    fs.writeFileSync(path.join(folder, 'extra.txt'), 'plen\n')
    fs.writeFileSync(path.join(folder, 'article.txt'), 'The flurbing works and the plen.\n')
    const config = path.join(nested, '.copydeskrc.json')
    const without = await runCli(['--format', 'json', '--config', config, 'article.txt'], {cwd: folder})
    expect(summary(without.stdout).map((line) => line.split(' ')[3])).toEqual(['plen'])
    const withList = await runCli(['--format', 'json', '--config', config, '--dictionary', 'extra.txt', 'article.txt'], {cwd: folder})
    expect(summary(withList.stdout)).toEqual([])
  })

  it('looks up the config of --stdin-filename', timeout, async function () {
    const run = await runCli(['-', '--format', 'json', '--stdin-filename', 'article.txt'], {cwd: nested, input: 'Some 7oo flurbing letters.\n'})
    expect(summary(run.stdout)).toEqual(['article.txt 1:6 digit-letter 7oo error'])
  })

  it('exits 2 with one line naming the file, the place and the key for a bad config', timeout, async function () {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-'))
    fs.writeFileSync(path.join(folder, '.copydeskrc.json'), '{\n  "rules": {"repeated-words": "off"}\n}\n')
    fs.writeFileSync(path.join(folder, 'article.txt'), 'Text.\n')
    const run = await runCli(['article.txt'], {cwd: folder})
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      'copydesk: .copydeskrc.json:2:13: `rules.repeated-words`: unknown rule id (did you mean "repeated-word"?); run `copydesk rules` for the list\n'
    )
  })

  it('exits 2 for a word list that is a folder', timeout, async function () {
    const run = await runCli(['article.txt'], {cwd: path.join(fixtures, 'config-word-list-folder')})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('copydesk: .copydeskrc.json:1:19: `dictionaries[0]`: cannot read word list `words`: is a directory, expected a file\n')
  })

  it('refuses --config with --no-config', timeout, async function () {
    const run = await runCli(['--config', 'x.json', '--no-config', 'article.txt'], {cwd: nested})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('copydesk: --config and --no-config cannot be used together\n')
  })
})
