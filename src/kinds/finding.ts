/**
 * What the data-driven kinds share when they turn a match into a finding: the
 * reason (the kind's own sentence, with the rule's message as its why) and how
 * a finding inside a direct quotation is treated.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {inQuotation} from '../quotations.js'
import type {Finding} from '../rule.js'

/**
 * Inside a direct quotation: `info` reports it as the speaker's words and never
 * fixes it (word choice, the default); `skip` leaves quotations alone;
 * `apply` treats them like the writer's text (spelling conventions such as
 * `per cent` that a newspaper applies to quoted speech too).
 */
export type QuotationMode = 'info' | 'skip' | 'apply'
export const quotationModes: ReadonlyArray<QuotationMode> = ['apply', 'info', 'skip']

/**
 * The reason for a finding. A message with `{actual}` or `{expected}` is the
 * whole reason, filled in; any other message follows the kind's sentence
 * after a semicolon: "Unexpected `percent`, expected `per cent`; house style
 * writes per cent as two words."
 */
export function reasonFor(base: string, message: string | undefined, values: {actual: string; expected?: string}): string {
  if (!message) return `${base.replace(/\.$/, '')}.`
  if (/\{(?:actual|expected)\}/.test(message)) {
    return message.replace(/\{(actual|expected)\}/g, (_, name: 'actual' | 'expected') => values[name] ?? '')
  }
  return `${base.replace(/\.$/, '')}; ${message.trim().replace(/\.$/, '')}.`
}

/** Apply the quotation mode: the finding as reported, or undefined to drop it. */
export function quotationPolicy(tree: Root, file: VFile, finding: Finding, mode: QuotationMode): Finding | undefined {
  if (mode === 'apply') return finding
  const changed = inQuotation(tree, file, finding)
  if (changed === finding) return finding
  return mode === 'skip' ? undefined : changed
}
