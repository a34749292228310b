/**
 * Hand-made linted files for reporter tests: findings reported through the
 * real `report()` contract, so reporters can be tested on shapes (fixes,
 * related locations, severities) whether or not a rule producing them exists.
 */
import {VFile} from 'vfile'
import {createReporter, type Finding, type RuleMeta, type Severity} from '../../src/rule.js'

export function fakeMeta(id: string, overrides: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    description: `Test rule ${id}.`,
    category: 'typo',
    severity: 'warning',
    fixable: true,
    scope: 'word',
    examples: [],
    ...overrides
  }
}

export interface FakeFinding extends Omit<Finding, 'start' | 'end' | 'related'> {
  rule: RuleMeta
  /** The flagged text; the nth (default first) occurrence in the file gives the range. */
  at: string
  nth?: number
  /** Related locations, each as text (with an optional occurrence index). */
  others?: ReadonlyArray<string | [string, number]>
  level?: Severity
}

/** Find the `nth` occurrence of `needle` in `text` as a [start, end) range. */
export function rangeOf(text: string, needle: string, nth = 0): {start: number; end: number} {
  let start = -1
  for (let index = 0; index <= nth; index++) {
    start = text.indexOf(needle, start + 1)
    if (start === -1) throw new Error(`\`${needle}\` (occurrence ${nth}) not in the text`)
  }
  return {start, end: start + needle.length}
}

/** A VFile with the given findings, reported through the real contract, in document order. */
export function fakeFile(path: string, text: string, findings: ReadonlyArray<FakeFinding>): VFile {
  const file = new VFile({path, value: text})
  for (const {rule, at, nth, others, level, ...finding} of findings) {
    const report = createReporter(rule, level ?? rule.severity, file)
    const related = others?.map((other) => (typeof other === 'string' ? rangeOf(text, other) : rangeOf(text, other[0], other[1])))
    report({...finding, ...rangeOf(text, at, nth), ...(related ? {related} : {})})
  }
  file.messages.sort((a, b) => (a.place && 'start' in a.place ? a.place.start.offset! : 0) - (b.place && 'start' in b.place ? b.place.start.offset! : 0))
  return file
}

/** A small article with a typo, a fixable finding, an info finding and a consistency group. */
export function sampleFindings(path = 'drafts/flood report.txt'): VFile {
  const text = [
    'Floods close 12 roads in Cumbria',
    'Rescuers said 1oo homes were flooded overnight, and 40 people were moved to a school hall.',
    'The council said 40 people spent the night at the hall; police later put the figure at 45.',
    'A spokesman said: "We have never seen the river this high, 100% never."',
    'Forecasters expect more rain on Tuesday, and the the clean-up could take weeks.'
  ].join('\n')
  return fakeFile(path, text, [
    {rule: fakeMeta('digit-letter'), at: '1oo', reason: 'Unexpected `1oo`: letters inside a number, expected `100`.', expected: ['100']},
    {
      rule: fakeMeta('number-conflict', {category: 'consistency', fixable: false, scope: 'document', severity: 'error'}),
      at: '45',
      reason: 'Conflicting figures for people at the hall: `45` here, `40` on line 3.',
      expected: ['40'],
      others: [['40', 0], ['40', 1]]
    },
    {rule: fakeMeta('repeated-word'), at: 'the the', reason: 'Unexpected repeated `the`; remove one.', expected: ['the']},
    {
      rule: fakeMeta('percent-style', {category: 'style', severity: 'info', fixable: false}),
      at: '100%',
      reason: 'Unexpected `100%` in prose, expected `100 per cent` (inside a quotation, so left as said).',
      expected: ['100 per cent']
    }
  ])
}
