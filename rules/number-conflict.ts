import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {splitGroup, consistencyFinding, hereAndThere, type Occurrence} from '../src/kinds/consistency.js'
import {isFunctionWord} from '../src/function-words.js'
import {
  eventOf,
  isMonth,
  isWeekday,
  mentionsOf,
  numberWordValue,
  type EventKind,
  type Quantity,
  type SentenceInfo
} from '../src/mentions/index.js'
import {isInsideQuotation} from '../src/quotations.js'
import {defineRule} from '../src/rule.js'

/** Counted nouns that stand for the whole tally, not a part of it ("people", "deaths"). Keep sorted. */
const wholeTally: ReadonlySet<string> = new Set([
  'count', 'dead', 'death', 'deaths', 'deceased', 'fatalities', 'figure', 'hurt', 'individuals', 'injured',
  'injuries', 'killed', 'lives', 'missing', 'number', 'people', 'persons', 'tally', 'toll', 'total', 'victims',
  'wounded'
])

/** Words saying a figure is a claim or a guess: such figures may differ. Keep sorted. */
const hedges: ReadonlySet<string> = new Set([
  'alleged', 'allegedly', 'believed', 'claim', 'claimed', 'claiming', 'claims', 'could', 'estimate',
  'estimated', 'estimates', 'expected', 'feared', 'fears', 'may', 'might', 'possibly', 'probably', 'reportedly',
  'rumored', 'rumoured', 'suggest', 'suggested', 'suggests', 'unconfirmed'
])

/** Words saying a figure was revised or has changed: earlier and later figures may differ. Keep sorted. */
const revisions: ReadonlySet<string> = new Set([
  'climbed', 'corrected', 'earlier', 'increased', 'increasing', 'initial', 'initially', 'jumped', 'latest',
  'lowered', 'originally', 'previous', 'previously', 'raised', 'revised', 'risen', 'rising', 'rose', 'updated'
])

/**
 * Words that set one figure apart from another: "the first attack", "a
 * separate blast", "the deadliest since …", "compared with …". Keep sorted.
 */
const contrasts: ReadonlySet<string> = new Set([
  'another', 'biggest', 'bloodiest', 'both', 'combined', 'compared', 'comparison', 'deadliest', 'each', 'first',
  'former', 'fourth', 'highest', 'largest', 'last', 'latter', 'lowest', 'other', 'respectively', 'second',
  'separate', 'separately', 'similar', 'third', 'worst'
])

/** Words that attribute a statement to a source. Keep sorted. */
const attributions: ReadonlySet<string> = new Set([
  'according', 'added', 'announced', 'confirmed', 'reported', 'reports', 'said', 'say', 'says', 'stated', 'states',
  'told'
])

/** Prepositions that open a place phrase. Keep sorted. */
const places: ReadonlySet<string> = new Set(['along', 'at', 'during', 'in', 'inside', 'near', 'off', 'on', 'outside'])

/** Words that name a day: a figure for one day is not a running total. Keep sorted. */
const dayWords: ReadonlySet<string> = new Set(['overnight', 'today', 'tomorrow', 'tonight', 'yesterday'])

/** Words too general to tie two sentences to one event. Keep sorted. */
const vague: ReadonlySet<string> = new Set([
  'also', 'been', 'being', 'day', 'hour', 'hours', 'least', 'made', 'mainly', 'month', 'months', 'more', 'most',
  'now', 'number', 'official', 'officials', 'only', 'other', 'over', 'people', 'since', 'some', 'than',
  'time', 'total', 'week', 'weeks', 'year', 'years'
])

const participles: Readonly<Record<EventKind, string>> = {
  arrest: 'arrested',
  death: 'killed',
  displacement: 'displaced',
  evacuation: 'evacuated',
  injury: 'injured',
  missing: 'missing',
  rescue: 'rescued'
}

const tallies: Readonly<Record<EventKind, string>> = {
  arrest: 'arrests',
  death: 'deaths',
  displacement: 'people displaced',
  evacuation: 'people evacuated',
  injury: 'injuries',
  missing: 'people missing',
  rescue: 'people rescued'
}

interface Figure extends Occurrence {
  quantity: Quantity
  /** What is measured: the event and the group counted ("death" of "all", "death" of "children"). */
  key: string
  label: string
  low: number
  high: number
  attributed: boolean
  words: ReadonlySet<string>
  names: ReadonlySet<string>
  /** Days named in the sentence: weekdays, "yesterday", dates ("22 March"). */
  days: ReadonlySet<string>
  months: ReadonlySet<string>
  years: ReadonlySet<string>
  /** The sentence sets its figure apart: "the first attack", "another blast", "both". */
  contrast: boolean
}

export default defineRule({
  meta: {
    id: 'number-conflict',
    description: 'Two figures for the same measure in one article that disagree, like 138 deaths on one line and 106 on another.',
    category: 'consistency',
    severity: 'warning',
    fixable: false,
    scope: 'document',
    examples: [
      {
        bad: 'Flooding in the Ebro valley has killed 14 people.\nRescue teams said 12 people have died in the flooding in the Ebro valley.',
        good: 'Flooding in the Ebro valley has killed 14 people.\nRescue teams said 14 people have died in the flooding in the Ebro valley.'
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      const figures = figuresOf(tree, file)
      const byKey = new Map<string, Figure[]>()
      for (const figure of figures) {
        const list = byKey.get(figure.key)
        if (list) list.push(figure)
        else byKey.set(figure.key, [figure])
      }
      for (const group of byKey.values()) {
        for (const component of linked(group)) {
          const split = splitGroup(clusters(component))
          if (!split) continue
          report(
            consistencyFinding(split, {
              expected: [],
              reason: `Conflicting figures for ${split.flagged.label}${placeOf(split.flagged.quantity)}: ${hereAndThere(file, split)}; check which is right.`
            })
          )
        }
      }
    }
  }
})

/** The figures that can conflict: counts of an event, outside quotations, not hedged, not revised. */
function figuresOf(tree: Root, file: VFile): Figure[] {
  const quantities = mentionsOf(tree).quantities
  // An article that reports a tally changing ("rose to", "revised", "earlier toll") may give old and new figures.
  const revised = new Set<EventKind>()
  for (const quantity of quantities) {
    if (quantity.event && (quantity.change || sentenceHasAny(quantity.sentence, revisions) || hasAny(quantity.measure, revisions))) {
      revised.add(quantity.event)
    }
  }
  const figures: Figure[] = []
  for (const quantity of quantities) {
    const event = quantity.event
    if (!event || revised.has(event) || quantity.kind !== 'count') continue
    if (quantity.additional || quantity.partitive || quantity.range || quantity.rate || quantity.change) continue
    if (isHedged(quantity)) continue
    if (isInsideQuotation(tree, file, quantity.start, quantity.end)) continue
    const group = groupOf(quantity)
    if (!group) continue
    const [low, high] = interval(quantity)
    const context = contextOf(quantity)
    figures.push({
      start: quantity.start,
      end: quantity.end,
      form: '',
      quantity,
      key: `${event} ${group}`,
      label: group === 'all' ? tallies[event] : `${group} ${participles[event]}`,
      low,
      high,
      attributed: sentenceHasAny(quantity.sentence, attributions),
      ...context
    })
  }
  // Two figures of one tally in one sentence are a breakdown ("nine died at the scene and three in hospital").
  const perSentence = new Map<Quantity['sentence'], Map<string, number>>()
  for (const figure of figures) {
    let keys = perSentence.get(figure.quantity.sentence)
    if (!keys) perSentence.set(figure.quantity.sentence, (keys = new Map()))
    keys.set(figure.key, (keys.get(figure.key) ?? 0) + 1)
  }
  return figures.filter((figure) => perSentence.get(figure.quantity.sentence)!.get(figure.key) === 1)
}

/** "all" for the whole tally, the counted group otherwise ("children"); undefined when unclear. */
function groupOf(quantity: Quantity): string | undefined {
  const counted = quantity.counted
  if (counted) {
    const words = counted.text.toLowerCase().split(/\s+/)
    if (words.length === 1 && wholeTally.has(words[0])) return 'all'
    // "premature deaths", "suspected deaths", "Buddhist pilgrims": a kind of its own.
    return words.join(' ')
  }
  const measure = quantity.measure
  if (measure) {
    const words = measure.text
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => !isFunctionWord(word))
    const head = words.findIndex((word) => wholeTally.has(word))
    // "the death toll", "the total number of deaths on the way…": modifiers before the measure noun narrow it.
    if (head < 0) return undefined
    const modifiers = words.slice(0, head).filter((word) => !wholeTally.has(word) && word !== 'death')
    return modifiers.length === 0 ? 'all' : modifiers.join(' ')
  }
  return 'all'
}

/** The values a figure allows, given its qualifiers. */
function interval(quantity: Quantity): [number, number] {
  const value = quantity.value
  switch (quantity.bound) {
    case 'lower':
      return [value, Number.POSITIVE_INFINITY]
    case 'upper':
      return [0, value]
    case 'approximate':
      return [value / 1.5, value * 1.5]
    default:
      return [value, value]
  }
}

function compatible(a: Figure, b: Figure): boolean {
  return a.low <= b.high && b.low <= a.high
}

/**
 * Whether two figures are about the same tally of the same event: other
 * sentences, not both attributed (two sources may disagree), shared context
 * words (a place, a route, a cause), and nothing that sets them apart (an
 * ordinal, different days or different names).
 */
function sameMeasure(a: Figure, b: Figure): boolean {
  if (a.quantity.sentence === b.quantity.sentence) return false
  if (a.attributed && b.attributed) return false
  if (a.contrast || b.contrast) return false
  // A figure for one day against a running total, or figures for different days or years, may differ.
  if (!sameTime(a.days, b.days) || !sameTime(a.years, b.years)) return false
  if (a.months.size > 0 && b.months.size > 0 && !overlaps(a.months, b.months)) return false
  if (a.names.size > 0 && b.names.size > 0 && !overlaps(a.names, b.names)) return false
  let shared = 0
  for (const word of a.words) if (b.words.has(word)) shared++
  return shared >= 2 || overlaps(a.names, b.names)
}

/**
 * How many figures of one measure before and after it (in document order)
 * each figure is compared with: every one in any real article, while in a
 * data dump with thousands of them the work stays linear, not quadratic.
 */
const comparedFigures = 200

/** Figures linked by `sameMeasure`, as connected groups (only groups with a conflict matter); `group` is in document order. */
function linked(group: Figure[]): Figure[][] {
  const result: Figure[][] = []
  const seen = new Set<Figure>()
  const index = new Map(group.map((figure, at) => [figure, at]))
  const near = (figure: Figure) => {
    const at = index.get(figure)!
    return group.slice(Math.max(0, at - comparedFigures), at + comparedFigures + 1)
  }
  for (const figure of group) {
    if (seen.has(figure)) continue
    const component: Figure[] = []
    const queue = [figure]
    seen.add(figure)
    while (queue.length > 0) {
      const current = queue.pop()!
      component.push(current)
      for (const other of near(current)) {
        if (!seen.has(other) && sameMeasure(current, other)) {
          seen.add(other)
          queue.push(other)
        }
      }
    }
    // A pair that is the same measure is in one component, so looking near each figure finds every conflict.
    const conflict = component.some((a) => near(a).some((b) => !compatible(a, b) && sameMeasure(a, b)))
    if (conflict) result.push(component.sort((a, b) => a.start - b.start))
  }
  return result
}

/** Give figures that agree the same form: the first figure each is compatible with. */
function clusters(component: Figure[]): Figure[] {
  const heads: Figure[] = []
  for (const figure of component) {
    let head = heads.find((other) => compatible(other, figure))
    if (!head) {
      head = figure
      heads.push(figure)
    }
    figure.form = String(heads.indexOf(head))
  }
  return component
}

/** A claim or a guess: "militants claimed 90 were killed", "may have died" (not "claimed 15 lives"). */
function isHedged(quantity: Quantity): boolean {
  const lives = quantity.counted?.head === 'lives'
  return quantity.sentence.tokens.some(
    (token) => token.type === 'word' && hedges.has(token.text.toLowerCase()) && !(lives && /^claim/i.test(token.text))
  )
}

function hasAny(span: {text: string} | undefined, words: ReadonlySet<string>): boolean {
  if (!span) return false
  return wordsOfText(span.text).some((word) => words.has(word))
}

/** The lower-case words of a text, split at anything but letters. */
function wordsOfText(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u)
}

/** A sentence's words, split once: every figure of a sentence asks about them. */
const sentenceWords = new WeakMap<SentenceInfo, ReadonlySet<string>>()

function sentenceHasAny(sentence: SentenceInfo, words: ReadonlySet<string>): boolean {
  let own = sentenceWords.get(sentence)
  if (!own) sentenceWords.set(sentence, (own = new Set(wordsOfText(sentence.text))))
  for (const word of words) if (own.has(word)) return true
  return false
}

/** Both name no time, or they share one. */
function sameTime(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return (a.size === 0 && b.size === 0) || overlaps(a, b)
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return true
  return false
}

/**
 * Content words and names of a figure's sentence (and of the sentence before
 * when it points back with "it" or "there"); time words and contrast words of
 * its own sentence.
 */
function contextOf(quantity: Quantity): Pick<Figure, 'words' | 'names' | 'days' | 'months' | 'years' | 'contrast'> {
  const words = new Set<string>()
  const names = new Set<string>()
  const days = new Set<string>()
  const months = new Set<string>()
  const years = new Set<string>()
  let contrast = false
  const own = new Set([quantity.counted?.head, quantity.measure?.head])
  const sentences: SentenceInfo[] = [quantity.sentence]
  const previous = quantity.sentence.previous
  if (previous && quantity.sentence.tokens.some((token) => /^(?:it|them|there)$/i.test(token.text))) {
    sentences.push(previous)
  }
  for (const sentence of sentences) {
    const tokens = sentence.tokens.filter((token) => token.type !== 'space')
    const mine = sentence === quantity.sentence
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token.type !== 'word') continue
      const text = bareWord(token.text)
      const lower = text.toLowerCase()
      if (isMonth(text) && /^\p{Lu}/u.test(text)) {
        const day = /^\d{1,2}(?:st|nd|rd|th)?$/.exec(tokens[index + 1]?.text ?? '') ?? /^\d{1,2}(?:st|nd|rd|th)?$/.exec(tokens[index - 1]?.text ?? '')
        if (mine) (day ? days : months).add(day ? `${lower} ${parseInt(day[0], 10)}` : lower)
        continue
      }
      if (isWeekday(text) || dayWords.has(lower)) {
        if (mine) days.add(lower)
        continue
      }
      if (text.length === 4 && /^(?:1[6-9]|20)\d\d$/.test(text)) {
        if (mine) years.add(text)
        continue
      }
      // "the worst attack since March, when 40 people died": a figure of an earlier event.
      if (lower === 'when' && tokens[index - 1]?.text === ',' && /^(?:\d{4}|\p{Lu}\p{Ll}+)$/u.test(tokens[index - 2]?.text ?? '')) {
        if (mine) contrast = true
        continue
      }
      if (contrasts.has(lower)) {
        if (mine) contrast = true
        continue
      }
      if (lower.length < 3 || /^\d/.test(text) || numberWordValue(lower) !== undefined) continue
      if (isFunctionWord(lower) || attributions.has(lower) || vague.has(lower) || eventOf(lower)) continue
      if (own.has(lower) || lower.endsWith('ly')) continue
      const capitalised = /^(?:\p{Ll}{1,3}-)?\p{Lu}/u.test(text)
      if (capitalised && !token.initial && !sentence.titleCase) names.add(lower)
      words.add(singular(lower))
    }
  }
  return {words, names, days, months, years, contrast}
}

const apostrophe = 39
const rightQuote = 0x2019

/** A word without a possessive ending and then a full stop (`/['’]s?$/`, then `/\.$/`): "Syria's" → "Syria". */
function bareWord(text: string): string {
  let end = text.length
  const last = text.charCodeAt(end - 1)
  if (last === apostrophe || last === rightQuote) end--
  else if (last === 115 && (text.charCodeAt(end - 2) === apostrophe || text.charCodeAt(end - 2) === rightQuote)) end -= 2
  if (text.charCodeAt(end - 1) === 46) end--
  return end === text.length ? text : text.slice(0, end)
}

/** A plural in -s without its s, but not a word in -ss (`/(?<=[^s])s$/`): "floods" → "flood". */
function singular(word: string): string {
  const length = word.length
  return length > 1 && word.charCodeAt(length - 1) === 115 && word.charCodeAt(length - 2) !== 115 ? word.slice(0, -1) : word
}

/** " on the journey": the first short place phrase after the event word (or the number) in the figure's sentence. */
function placeOf(quantity: Quantity): string {
  const tokens = quantity.sentence.tokens
  const from = Math.max(quantity.end, quantity.eventWord?.end ?? 0)
  let index = tokens.findIndex((token) => token.start >= from)
  if (index < 0) return ''
  for (; index < tokens.length; index++) {
    const token = tokens[index]
    if (token.type === 'punctuation' && token.text !== '-') return ''
    if (token.type !== 'word' || !places.has(token.text.toLowerCase())) continue
    const words = [token.text]
    for (let next = index + 1; next < tokens.length && words.length < 4; next++) {
      const other = tokens[next]
      if (other.type === 'space') continue
      if (other.type !== 'word') break
      const lower = other.text.toLowerCase()
      if (words.length > 1 && isFunctionWord(lower)) break
      if (isMonth(other.text) || isWeekday(other.text) || dayWords.has(lower) || /^\d/.test(lower)) return ''
      words.push(other.text)
      if (!isFunctionWord(lower)) break
    }
    return words.length > 1 && !isFunctionWord(words[words.length - 1]) ? ' ' + words.join(' ') : ''
  }
  return ''
}
