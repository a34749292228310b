import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {applyFixes} from '../src/fix.js'
import {categories, severities} from '../src/rule.js'
import {lintWithRule} from './helpers/rule-tester.js'
import {root} from './helpers/cli.js'

describe('the rule registry', function () {
  it('has unique kebab-case ids sorted and equal to their file names', function () {
    const ids = rules.map((rule) => rule.meta.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(fs.existsSync(path.join(root, 'rules', `${id}.ts`))).toBe(true)
    }
  })

  it('registers every rule file', function () {
    const files = fs
      .readdirSync(path.join(root, 'rules'))
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
      .map((name) => name.slice(0, -3))
    expect(files.sort()).toEqual(rules.map((rule) => rule.meta.id).sort())
  })

  for (const rule of rules) {
    describe(rule.meta.id, function () {
      it('has a table test with valid and invalid cases', function () {
        const test = path.join(root, 'tests/rules', `${rule.meta.id}.test.ts`)
        expect(fs.existsSync(test)).toBe(true)
        const source = fs.readFileSync(test, 'utf8')
        expect(source).toMatch(/valid:\s*\[/)
        expect(source).toMatch(/invalid:\s*\[/)
      })

      it('has complete, unique metadata', function () {
        const {meta} = rule
        expect(categories).toContain(meta.category)
        expect(severities).toContain(meta.severity)
        expect(meta.description.length).toBeGreaterThan(15)
        expect(meta.description).not.toMatch(/TODO|TBD|lorem/i)
        expect(rules.filter((other) => other.meta.description === meta.description)).toHaveLength(1)
        expect(meta.examples.length).toBeGreaterThan(0)
      })

      for (const example of rule.meta.examples) {
        it(`flags its example ${JSON.stringify(example.bad)}`, async function () {
          const messages = await lintWithRule(rule, example.bad)
          expect(messages.length).toBeGreaterThan(0)
          if (rule.meta.fixable) expect(applyFixes(example.bad, messages).output).toBe(example.good)
          expect(await lintWithRule(rule, example.good)).toEqual([])
        })
      }
    })
  }
})
