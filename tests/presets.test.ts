/**
 * The presets that ship with copydesk: each loads, has at least 40 points,
 * and every point's examples hold (`good` is not flagged; `bad` is, and
 * fixing it gives `good`). Fixing with a whole preset twice changes nothing
 * the second time.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {rules as builtIn} from '../rules/index.js'
import {lint} from '../src/engine.js'
import {applyFixes} from '../src/fix.js'
import {loadHouseStyle, presetsFolder} from '../src/house/load.js'
import type {Rule} from '../src/rule.js'
import {lintWithRule} from './helpers/rule-tester.js'

const presets = fs.readdirSync(presetsFolder).filter((name) => fs.statSync(path.join(presetsFolder, name)).isDirectory()).sort()

async function fixOnce(text: string, extra: ReadonlyArray<Rule<any>>): Promise<{output: string; applied: number}> {
  const file = await lint(new VFile({value: text}), {
    dialect: 'auto',
    words: new Set(),
    rules: Object.fromEntries(builtIn.map((rule) => [rule.meta.id, {enabled: false}])),
    extra
  })
  const result = applyFixes(text, file.messages)
  return {output: result.output, applied: result.applied.length}
}

it('ships the news-uk and news-us presets', function () {
  expect(presets).toEqual(expect.arrayContaining(['news-uk', 'news-us']))
})

for (const preset of presets) {
  describe(`preset ${preset}`, async function () {
    const style = await loadHouseStyle(path.join(presetsFolder, preset))

    it('has at least 40 points, each with an id in its namespace', function () {
      expect(style.rules.length).toBeGreaterThanOrEqual(40)
      for (const spec of style.specs) expect(spec.id.startsWith(`${preset}/`), spec.id).toBe(true)
    })

    for (const [index, spec] of style.specs.entries()) {
      const rule = style.rules[index]
      describe(spec.id, function () {
        it('has a must-flag and a must-not-flag example', function () {
          expect(spec.examples.some((example) => example.bad !== undefined)).toBe(true)
          expect(spec.examples.length).toBeGreaterThan(0)
        })
        for (const example of spec.examples) {
          it(`does not flag ${JSON.stringify(example.good)}`, async function () {
            const messages = await lintWithRule(rule, example.good)
            expect(messages.map((m) => `${m.actual}: ${m.reason}`)).toEqual([])
          })
          if (example.bad === undefined) continue
          it(`flags ${JSON.stringify(example.bad)}`, async function () {
            const messages = await lintWithRule(rule, example.bad!)
            expect(messages.length).toBeGreaterThan(0)
            if (!rule.meta.fixable) return
            let text = example.bad!
            for (let pass = 0; pass < 5; pass++) {
              const result = applyFixes(text, await lintWithRule(rule, text))
              if (result.applied.length === 0) break
              text = result.output
            }
            expect(text).toBe(example.good)
          })
        }
      })
    }

    it('flags none of its good examples with any of its points', async function () {
      const found: string[] = []
      for (const spec of style.specs) {
        for (const example of spec.examples) {
          const file = await lint(new VFile({value: example.good}), {
            dialect: 'auto',
            words: new Set(),
            rules: Object.fromEntries(builtIn.map((rule) => [rule.meta.id, {enabled: false}])),
            extra: style.rules
          })
          found.push(...file.messages.map((m) => `${spec.id}: ${m.ruleId} ${m.actual}`))
        }
      }
      expect(found).toEqual([])
    })

    it('fixes its substitution examples in one pass and changes nothing on a second pass', async function () {
      const substitutions = style.rules.filter((_, index) => style.specs[index].kind === 'substitution')
      const bad = style.specs.flatMap((spec) => (spec.kind === 'substitution' ? spec.examples.flatMap((example) => (example.bad ? [example.bad] : [])) : []))
      const text = ['House style check', ...bad].join('\n')
      const first = await fixOnce(text, substitutions)
      expect(first.applied).toBeGreaterThanOrEqual(bad.length)
      const second = await fixOnce(first.output, substitutions)
      expect(second.applied).toBe(0)
      expect(second.output).toBe(first.output)
    })
  })
}
