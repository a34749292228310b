import type {VFile} from 'vfile'
import {consistencyFinding, hereAndThere, splitGroup, type Occurrence} from '../src/kinds/consistency.js'
import {mentionsOf, type Quantity} from '../src/mentions/index.js'
import {isInsideQuotation} from '../src/quotations.js'
import {defineRule, type Report} from '../src/rule.js'

interface Written extends Occurrence {
  quantity: Quantity
}

/** Kinds whose digits are written as plain figures: not years, times, dates, codes. */
const figureKinds: ReadonlyArray<Quantity['kind']> = ['compound', 'count', 'measure', 'money', 'percent']

/** Kinds where one style guide may spell out small numbers: counts and units of time or size. */
const spelledKinds: ReadonlyArray<Quantity['kind']> = ['compound', 'count', 'measure']

const ones: ReadonlyArray<string> = [
  '', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'
]
const tens: ReadonlyArray<string> = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

export default defineRule({
  meta: {
    id: 'number-style-consistency',
    description: 'The same kind of figure written two ways in one article: per cent, percent and %; 2,000 and 2000; ten and 10.',
    category: 'consistency',
    severity: 'warning',
    fixable: true,
    scope: 'document',
    examples: [
      {
        bad: 'Inflation eases again\nPrices rose 5 per cent in the year to May. Food prices rose 8% and fuel rose 12 per cent.',
        good: 'Inflation eases again\nPrices rose 5 per cent in the year to May. Food prices rose 8 per cent and fuel rose 12 per cent.'
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      // Display text keeps its own style; quotations are reproduced as written or said.
      const quantities = mentionsOf(tree).quantities.filter(
        (quantity) => !quantity.headline && !isInsideQuotation(tree, file, quantity.start, quantity.end)
      )
      percentages(quantities, file, report)
      separators(quantities, file, report)
      wordsAndFigures(quantities, file, report)
    }
  }
})

/** "per cent", "percent" and "%" in one article's body. */
function percentages(quantities: ReadonlyArray<Quantity>, file: VFile, report: Report): void {
  const group: Written[] = []
  for (const quantity of quantities) {
    const unit = quantity.unit
    if (quantity.kind !== 'percent' || !unit) continue
    group.push({start: quantity.start, end: unit.end, form: unit.normal, quantity})
  }
  const split = splitGroup(group)
  if (!split) return
  const majority = split.majority.form
  const fixed = split.flagged.quantity.text + (majority === '%' ? '%' : ' ' + majority)
  report(
    consistencyFinding(split, {
      expected: [fixed],
      reason: `Percentages written two ways: ${hereAndThere(file, split)}; write \`${fixed}\` as elsewhere.`
    })
  )
}

/**
 * "2,000" and "2000": a thousands separator used and not used. Four-digit
 * numbers are compared only with each other, as some styles leave them
 * without a separator while grouping larger numbers.
 */
function separators(quantities: ReadonlyArray<Quantity>, file: VFile, report: Report): void {
  const groups = new Map<string, Written[]>()
  for (const quantity of quantities) {
    if (quantity.grouped === undefined || quantity.decimal || !figureKinds.includes(quantity.kind)) continue
    const size = quantity.value < 10000 ? 'four' : 'long'
    const form = quantity.grouped ? 'grouped' : 'plain'
    const list = groups.get(size) ?? []
    list.push({start: quantity.start, end: quantity.end, form, quantity})
    groups.set(size, list)
  }
  for (const group of groups.values()) {
    const split = splitGroup(group)
    if (!split) continue
    const digits = split.flagged.quantity.text.replace(/,/g, '')
    const fixed = split.majority.form === 'grouped' ? digits.replace(/\B(?=(\d{3})+$)/g, ',') : digits
    const how = split.majority.form === 'grouped' ? 'with a thousands separator' : 'without a thousands separator'
    report(
      consistencyFinding(split, {
        expected: [fixed],
        reason: `Numbers written with and without a thousands separator: ${hereAndThere(file, split)}; write \`${fixed}\`, ${how} as elsewhere.`
      })
    )
  }
}

/**
 * One number written as a word and in figures for the same kind of use
 * ("ten people" and "10 people", "five miles" and "5 miles"). Different
 * numbers in different styles are house style ("five" and "12"), not an
 * inconsistency. Sentence-initial numbers (always spelled out), one
 * ("one of them") and numbers next to larger figures in the same sentence
 * ("5 men and 12 women") are left alone.
 */
function wordsAndFigures(quantities: ReadonlyArray<Quantity>, file: VFile, report: Report): void {
  const withLargerFigure = sentencesWithLargerFigure(quantities)
  const groups = new Map<string, Written[]>()
  for (const quantity of quantities) {
    if (!spelledKinds.includes(quantity.kind) || quantity.form === 'mixed' || quantity.decimal) continue
    if (quantity.value < 2 || quantity.value > 99 || !Number.isInteger(quantity.value)) continue
    if (quantity.sentenceStart || quantity.range || quantity.rate) continue
    if (quantity.form === 'digits' && quantity.value < 10 && withLargerFigure.has(quantity.sentence)) continue
    const key = `${quantity.value} ${quantity.kind === 'count' ? 'count' : quantity.unit?.normal ?? quantity.kind}`
    const list = groups.get(key) ?? []
    list.push({start: quantity.start, end: quantity.end, form: quantity.form, quantity})
    groups.set(key, list)
  }
  for (const group of groups.values()) {
    const split = splitGroup(group)
    if (!split) continue
    const {quantity} = split.flagged
    const fixed = split.majority.form === 'words' ? numberWord(quantity.value) : String(quantity.value)
    const how = split.majority.form === 'words' ? 'in words' : 'in figures'
    report(
      consistencyFinding(split, {
        expected: [fixed],
        reason: `The same number written as a word and in figures: ${hereAndThere(file, split)}; write \`${fixed}\`, ${how} as elsewhere.`
      })
    )
  }
}

/**
 * The sentences with a figure of 10 or more: "5 men and 12 women" keeps figures
 * together. Collected in one pass (asking per number was quadratic in a long text).
 */
function sentencesWithLargerFigure(quantities: ReadonlyArray<Quantity>): Set<Quantity['sentence']> {
  const result = new Set<Quantity['sentence']>()
  for (const other of quantities) {
    if (other.form === 'digits' && other.value >= 10 && spelledKinds.includes(other.kind)) result.add(other.sentence)
  }
  return result
}

/** 2–99 in words: "seven", "twenty-five". */
function numberWord(value: number): string {
  if (value < 20) return ones[value]
  const unit = value % 10
  return tens[Math.floor(value / 10)] + (unit ? '-' + ones[unit] : '')
}
