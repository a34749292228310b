/**
 * testRule(rule, {valid, invalid}): the only way rules are tested.
 *
 * - `valid` texts produce no message from the rule;
 * - `invalid` texts produce exactly the listed messages, in order;
 * - every message follows the contract (ruleId, source, in-bounds range whose
 *   text is `actual`, line/column agreeing with the offset);
 * - `output` is what applying the fixes gives (re-linting until stable), and
 *   linting the output again yields nothing from the rule.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rules} from '../../rules/index.js'
import {lint, type EngineSettings} from '../../src/engine.js'
import type {Dialect} from '../../src/dictionaries.js'
import {applyFixes} from '../../src/fix.js'
import type {Rule, Severity} from '../../src/rule.js'

export interface CaseOptions {
  /** Rule options. */
  options?: Record<string, unknown>
  dialect?: Dialect
  words?: string[]
}

export type ValidCase = string | ({text: string; description?: string} & CaseOptions)

export interface ExpectedMessage {
  /** Half-open offset range. */
  range?: [number, number]
  actual?: string
  expected?: string[]
  reason?: RegExp | string
  severity?: Severity
  /** Texts of the related locations, in order. */
  related?: string[]
}

export interface InvalidCase extends CaseOptions {
  text: string
  description?: string
  messages: ExpectedMessage[]
  /** The text after applying every safe fix; omit for a non-fixable rule. */
  output?: string
}

export async function lintWithRule(rule: Rule<any>, text: string, options: CaseOptions = {}): Promise<VFileMessage[]> {
  const settings: EngineSettings = {
    dialect: options.dialect ?? 'auto',
    words: new Set(options.words ?? []),
    rules: Object.fromEntries(
      rules.map((other) => [
        other.meta.id,
        other === rule ? {enabled: true, options: options.options} : {enabled: false}
      ])
    ),
    // A rule built from data (a house style) is not in the registry: run it as an extra rule.
    ...(rules.includes(rule) ? {} : {extra: [rule]})
  }
  const file = await lint(new VFile({value: text}), settings)
  return file.messages
}

function label(text: string, description?: string): string {
  return description ?? (text.length > 70 ? text.slice(0, 67) + '…' : text)
}

export function checkContract(rule: Rule<any>, text: string, message: VFileMessage): void {
  expect(message.ruleId).toBe(rule.meta.id)
  expect(message.source).toBe('copydesk')
  const place = message.place
  expect(place && 'start' in place).toBe(true)
  if (!place || !('start' in place)) return
  const start = place.start.offset!
  const end = place.end.offset!
  expect(start).toBeGreaterThanOrEqual(0)
  expect(end).toBeGreaterThanOrEqual(start)
  expect(end).toBeLessThanOrEqual(text.length)
  expect(text.slice(start, end)).toBe(message.actual)
  const before = text.slice(0, start)
  const lines = before.split(/\r\n|\r|\n/)
  expect(place.start.line).toBe(lines.length)
  expect(place.start.column).toBe(lines[lines.length - 1].length + 1)
  expect(typeof message.reason).toBe('string')
  expect(message.reason.length).toBeGreaterThan(10)
}

export function testRule(rule: Rule<any>, cases: {valid: ValidCase[]; invalid: InvalidCase[]}): void {
  describe(rule.meta.id, function () {
    for (const entry of cases.valid) {
      const testCase = typeof entry === 'string' ? {text: entry} : entry
      it(label(testCase.text, testCase.description ?? `does not flag ${JSON.stringify(label(testCase.text))}`), async function () {
        const messages = await lintWithRule(rule, testCase.text, testCase)
        expect(messages.map((m) => `${m.actual}: ${m.reason}`)).toEqual([])
      })
    }
    for (const testCase of cases.invalid) {
      it(testCase.description ?? `flags ${JSON.stringify(label(testCase.text))}`, async function () {
        const messages = await lintWithRule(rule, testCase.text, testCase)
        expect(messages.length, messages.map((m) => `${m.actual}: ${m.reason}`).join('\n')).toBe(testCase.messages.length)
        testCase.messages.forEach(function (wanted, index) {
          const message = messages[index]
          checkContract(rule, testCase.text, message)
          const place = message.place as {start: {offset: number}; end: {offset: number}}
          if (wanted.range) expect([place.start.offset, place.end.offset]).toEqual(wanted.range)
          if (wanted.actual !== undefined) expect(message.actual).toBe(wanted.actual)
          if (wanted.expected) expect(message.expected).toEqual(wanted.expected)
          if (wanted.reason !== undefined) {
            if (typeof wanted.reason === 'string') expect(message.reason).toBe(wanted.reason)
            else expect(message.reason).toMatch(wanted.reason)
          }
          if (wanted.severity) expect(message.data?.severity).toBe(wanted.severity)
          if (wanted.related) expect((message.data?.related ?? []).map((r) => r.text)).toEqual(wanted.related)
        })
        if (testCase.output !== undefined) {
          expect(rule.meta.fixable, 'a non-fixable rule cannot have `output`').toBe(true)
          let text = testCase.text
          let current = messages
          for (let pass = 0; pass < 10; pass++) {
            const result = applyFixes(text, current)
            if (result.applied.length === 0) break
            text = result.output
            current = await lintWithRule(rule, text, testCase)
          }
          expect(text).toBe(testCase.output)
          const again = await lintWithRule(rule, text, testCase)
          expect(again.filter((m) => m.data?.fixable).map((m) => m.actual)).toEqual([])
        } else if (rule.meta.fixable) {
          // A fixable rule's case without output: its fixes, if any, must be declared.
          const fixable = messages.filter((m) => m.data?.fixable)
          expect(fixable.map((m) => m.actual), 'declare `output` for cases with safe fixes').toEqual([])
        }
      })
    }
  })
}
