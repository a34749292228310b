/**
 * House-style validation: every problem is one line naming the file (and
 * line) and the rule, thrown when the folder is loaded.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {check} from '../src/index.js'
import {parseConfig} from '../src/config.js'
import {loadHouseStyle} from '../src/house/load.js'

let counter = 0

/** A fresh folder holding `files`; returns its path. */
function folder(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `copydesk-house-${counter++}-`))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), {recursive: true})
    fs.writeFileSync(path.join(root, name), text)
  }
  return root
}

/** The one-line error loading a folder with these files gives. */
async function problem(files: Record<string, string>): Promise<string> {
  const root = folder(files)
  try {
    await loadHouseStyle(root, root)
  } catch (error) {
    const message = (error as Error).message
    expect(message).not.toContain('\n')
    return message
  }
  throw new Error('expected a validation error')
}

const perCent = 'id: house/per-cent\nkind: substitution\nmessage: two words\nswap:\n  percent: per cent\n'

describe('house-style validation', function () {
  it('reports bad YAML with the file and line', async function () {
    expect(await problem({'bad.yaml': 'id: house/x\nkind: [substitution\nmessage: x\n'})).toMatch(/^bad\.yaml:\d+: invalid YAML: /)
  })

  it('reports bad JSON with the file', async function () {
    expect(await problem({'bad.json': '{"id": "house/x", "kind": }'})).toMatch(/^bad\.json: invalid JSON: /)
  })

  it('reports an unknown kind naming the file and the rule', async function () {
    expect(await problem({'a.yaml': 'id: house/per-cent\nkind: substitute\nmessage: two words\nswap: {percent: per cent}\n'})).toBe(
      'a.yaml:2: house/per-cent: unknown kind `substitute`; the kinds are consistency, existence, first-mention, substitution'
    )
  })

  it('reports a missing kind', async function () {
    expect(await problem({'a.yaml': 'id: house/per-cent\nmessage: two words\n'})).toBe(
      'a.yaml:1: house/per-cent: missing `kind`; the kinds are consistency, existence, first-mention, substitution'
    )
  })

  it('reports a missing message', async function () {
    expect(await problem({'a.yaml': 'id: house/per-cent\nkind: substitution\nswap: {percent: per cent}\n'})).toBe('a.yaml:1: house/per-cent: missing `message`')
  })

  it('reports an empty message', async function () {
    expect(await problem({'a.yaml': "id: house/per-cent\nkind: substitution\nmessage: ''\nswap: {percent: per cent}\n"})).toBe('a.yaml:3: house/per-cent: missing `message`')
  })

  it('reports a duplicate id with both files', async function () {
    expect(await problem({'a.yaml': perCent, 'b.yaml': perCent})).toBe('b.yaml:1: house/per-cent: duplicate id (also in a.yaml:1)')
  })

  it('reports a duplicate id inside one file', async function () {
    const rules = `rules:\n  - ${perCent.trim().split('\n').join('\n    ')}\n  - ${perCent.trim().split('\n').join('\n    ')}\n`
    expect(await problem({'set.yaml': rules})).toBe('set.yaml:7: house/per-cent: duplicate id (also in set.yaml:2)')
  })

  it('reports an empty swap', async function () {
    expect(await problem({'a.yaml': 'id: house/per-cent\nkind: substitution\nmessage: two words\nswap: {}\n'})).toBe(
      'a.yaml:4: house/per-cent: the swap is empty: give `phrase: replacement` pairs'
    )
  })

  it('reports a swap with no replacement', async function () {
    expect(await problem({'a.yaml': "id: house/per-cent\nkind: substitution\nmessage: two words\nswap:\n  percent: ''\n"})).toBe(
      'a.yaml:5: house/per-cent: empty swap: `percent` has no replacement'
    )
  })

  it('reports a missing swap', async function () {
    expect(await problem({'a.yaml': 'id: house/per-cent\nkind: substitution\nmessage: two words\n'})).toBe('a.yaml:1: house/per-cent: missing `swap` (phrase: replacement)')
  })

  it('reports a rule that matches its own replacement', async function () {
    expect(await problem({'a.yaml': 'id: house/cent\nkind: substitution\nmessage: two words\nswap:\n  cent: per cent\n'})).toBe(
      'a.yaml:5: house/cent: the rule matches its own replacement: `cent` → `per cent` contains `cent`, so `fix` would loop'
    )
  })

  it('reports an inflected form that matches its own replacement', async function () {
    expect(await problem({'a.yaml': 'id: house/organise\nkind: substitution\nmessage: -ise\ninflect: true\nswap:\n  organise: organises\n'})).toMatch(
      /^a\.yaml:6: house\/organise: the rule matches its own replacement: `organise` → `organises` contains `organises`/
    )
  })

  it('reports a swap that only changes case without `case: exact`', async function () {
    expect(await problem({'a.yaml': 'id: house/internet\nkind: substitution\nmessage: lower case\nswap:\n  Internet: internet\n'})).toBe(
      'a.yaml:5: house/internet: the rule matches its own replacement: `Internet` → `internet` differ only in case; set `case: exact`'
    )
  })

  it('reports two rules that undo each other', async function () {
    const toward = 'id: house/toward\nkind: substitution\nmessage: American\nswap: {towards: toward}\n'
    const towards = 'id: house/towards\nkind: substitution\nmessage: British\nswap: {toward: towards}\n'
    expect(await problem({'a.yaml': toward, 'b.yaml': towards})).toBe(
      'a.yaml:1: house/toward: the replacement `toward` (for `towards`) is matched by house/towards (`toward`), so `fix` would loop; disable or change one of them'
    )
  })

  it('reports a missing or malformed id', async function () {
    expect(await problem({'a.yaml': 'rules:\n  - kind: existence\n    message: avoid\n    phrases: [very unique]\n'})).toBe('a.yaml:2: rule 1: missing `id` (like `house/per-cent`)')
    expect(await problem({'a.yaml': 'id: PerCent\nkind: existence\nmessage: avoid\nphrases: [percent]\n'})).toBe(
      'a.yaml:1: PerCent: the id must be `<style>/<name>` in lower-case kebab-case, like `house/per-cent`'
    )
  })

  it('reports an unknown field for the kind', async function () {
    expect(await problem({'a.yaml': 'id: house/unique\nkind: existence\nmessage: avoid\nswap: {a: b}\nphrases: [very unique]\n'})).toBe(
      'a.yaml:4: house/unique: unknown field `swap` for an existence rule; the fields are case, category, description, examples, id, inflect, keep, kind, message, phrases, quotations, severity'
    )
  })

  it('reports a bad severity', async function () {
    expect(await problem({'a.yaml': 'id: house/unique\nkind: existence\nmessage: avoid\nseverity: fatal\nphrases: [very unique]\n'})).toBe(
      'a.yaml:4: house/unique: `severity` must be error, warning, info (got `fatal`)'
    )
  })

  it('reports an unknown placeholder and a replacement placeholder the phrase lacks', async function () {
    expect(await problem({'a.yaml': "id: house/date\nkind: substitution\nmessage: dates\nswap:\n  '{monthname} {day}': '{day} {monthname}'\n"})).toMatch(
      /^a\.yaml:5: house\/date: empty swap: unknown placeholder `\{monthname\}`/
    )
    expect(await problem({'a.yaml': "id: house/date\nkind: substitution\nmessage: dates\nswap:\n  '{month} {day}': '{day} {month} {year}'\n"})).toBe(
      'a.yaml:5: house/date: the replacement `{day} {month} {year}` uses `{year}`, which `{month} {day}` does not match'
    )
  })

  it('reports a consistency group with one form', async function () {
    expect(await problem({'a.yaml': 'id: house/email\nkind: consistency\nmessage: one form\ngroups:\n  - [email]\n'})).toBe('a.yaml:5: house/email: each group must list two or more forms')
  })

  it('reports a first-mention rule without a short form', async function () {
    expect(await problem({'a.yaml': 'id: house/sdf\nkind: first-mention\nmessage: spell it out\nname: Syrian Democratic Forces\n'})).toBe('a.yaml:1: house/sdf: missing `short`')
  })

  it('reports an unknown preset, a cycle and a disable that matches nothing', async function () {
    expect(await problem({'style.yaml': 'extends: news-fr\n'})).toMatch(/^style\.yaml:1: unknown preset `news-fr`; the presets are .*news-uk, news-us/)
    expect(await problem({'style.yaml': 'extends: .\n'})).toBe('style.yaml:1: `extends: .` makes a cycle')
    expect(await problem({'style.yaml': 'extends: news-uk\ndisable: [news-uk/no-such-point]\n'})).toBe(
      'style.yaml:2: news-uk/no-such-point: cannot disable it: no extended style has a rule with this id'
    )
  })

  it('reports a file that is neither a rule nor a set', async function () {
    expect(await problem({'a.yaml': 'rulez: []\n'})).toBe('a.yaml:1: unknown key `rulez`; a file holds a rule (with an `id`) or `disable`, `extends`, `rules`')
  })

  it('reports a missing folder', async function () {
    const root = folder({})
    await expect(loadHouseStyle(path.join(root, 'styles'), root)).rejects.toThrow('styles: cannot read the styles folder: no such file or directory')
  })
})

describe('house-style folders', function () {
  it('extends a preset, overrides one of its points and disables another', async function () {
    const root = folder({
      'style.yaml': 'extends: news-uk\ndisable: [news-uk/okay]\n',
      'per-cent.yaml': 'id: news-uk/per-cent\nkind: substitution\nmessage: our own wording\nswap: {percent: per cent}\n',
      'house.json': JSON.stringify({rules: [{id: 'house/sdf', kind: 'first-mention', message: 'spell it out', name: 'Syrian Democratic Forces', short: 'SDF'}]})
    })
    const style = await loadHouseStyle(root, root)
    const ids = style.rules.map((rule) => rule.meta.id)
    expect(ids).toContain('house/sdf')
    expect(ids).toContain('news-uk/ise-spelling')
    expect(ids).not.toContain('news-uk/okay')
    expect(style.specs.find((spec) => spec.id === 'news-uk/per-cent')?.message).toBe('our own wording')
    const file = await check('Turnout was 41 percent, the SDF said, and okay.', {styles: root, rules: {'news-uk/ise-spelling': false}})
    expect(file.messages.filter((m) => m.ruleId?.includes('/')).map((m) => `${m.ruleId} ${m.actual}`)).toEqual(['news-uk/per-cent percent', 'house/sdf SDF'])
  })

  it('lets a config turn house rules off or change their level, and rejects unknown ones', async function () {
    const root = folder({'styles/per-cent.yaml': perCent})
    const config = await parseConfig('{"styles": "styles", "rules": {"house/per-cent": "error"}}', '.copydeskrc.json', root)
    expect(config?.rules['house/per-cent']).toEqual({enabled: true, severity: 'error'})
    await expect(parseConfig('{"styles": "styles", "rules": {"house/percent": "off"}}', '.copydeskrc.json', root)).rejects.toThrow(
      '.copydeskrc.json:1:32: `rules.house/percent`: unknown house-style rule id; run `copydesk rules` for the list'
    )
    await expect(parseConfig('{"rules": {"house/per-cent": "off"}}', '.copydeskrc.json', root)).rejects.toThrow(
      '.copydeskrc.json:1:12: `rules.house/per-cent`: a house-style rule needs a `styles` folder'
    )
    const file = await check('Turnout was 41 percent.', {styles: path.join(root, 'styles'), rules: config!.rules})
    expect(file.messages.map((m) => [m.ruleId, m.data?.severity])).toEqual([['house/per-cent', 'error']])
  })
})
