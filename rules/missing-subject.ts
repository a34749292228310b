import type {Root, Sentence, SentenceContent} from 'nlcst'
import {determiners} from '../src/function-words.js'
import {endOf, startOf, toString} from '../src/nlcst.js'
import {kindOf} from '../src/paragraph-kind.js'
import {inQuotation} from '../src/quotations.js'
import {defineRule} from '../src/rule.js'
import {visit} from '../src/visit.js'

/**
 * Adverbs that open a sentence before its subject and cannot be a subject
 * themselves (unlike `Today` or `Yesterday`: "Yesterday saw protests"). Keep sorted.
 */
export const openingAdverbs: ReadonlyArray<string> = [
  'additionally',
  'afterwards',
  'again',
  'also',
  'earlier',
  'eventually',
  'finally',
  'instead',
  'later',
  'meanwhile',
  'previously',
  'recently',
  'separately',
  'subsequently',
  'then'
]

/**
 * Irregular past tenses that take an object or a quotation ("Later told
 * reporters", "Then wrote:"). Verbs that invert with their subject after an
 * adverb ("Then came the news", "Later followed a statement") are left out. Keep sorted.
 */
export const irregularPasts: ReadonlyArray<string> = [
  'bought',
  'brought',
  'built',
  'chose',
  'drew',
  'drove',
  'found',
  'gave',
  'held',
  'hit',
  'knew',
  'led',
  'left',
  'made',
  'met',
  'paid',
  'put',
  'said',
  'sent',
  'shot',
  'sold',
  'spoke',
  'thought',
  'told',
  'took',
  'won',
  'wrote'
]

/** Regular past tenses that invert after an opening adverb: "Then followed a statement". Keep sorted. */
const inverting = new Set(['appeared', 'arrived', 'emerged', 'followed', 'remained', 'started', 'stayed'])
const adverbs = new Set(openingAdverbs)
const pasts = new Set(irregularPasts)
const objectPronouns = new Set(['her', 'him', 'it', 'me', 'them', 'us'])
/** Verbs of saying: whatever follows them is what was said or who was told ("Later told reporters"). */
const reporting = new Set(['added', 'announced', 'posted', 'said', 'stated', 'told', 'tweeted', 'wrote'])

export default defineRule({
  meta: {
    id: 'missing-subject',
    description: 'A sentence that opens with an adverb and a past-tense verb but has no subject, like “Later tweeted: …”.',
    category: 'grammar',
    severity: 'warning',
    fixable: false,
    scope: 'sentence',
    examples: [
      {
        bad: 'Bridge to reopen\nThe mayor visited the site. Later told reporters the road would reopen.',
        good: 'Bridge to reopen\nThe mayor visited the site. She later told reporters the road would reopen.'
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      visit(tree, 'ParagraphNode', function (paragraph) {
        if (kindOf(tree, paragraph) !== 'body') return
        for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') check(tree, sentence)
      })
    }

    function check(tree: Root, sentence: Sentence): void {
      for (const index of openings(sentence.children)) checkAt(tree, sentence.children, index)
    }

    function checkAt(tree: Root, tokens: SentenceContent[], index: number): void {
      const first = tokens[index]
      if (first?.type !== 'WordNode' || !/^\p{Lu}\p{Ll}+$/u.test(toString(first)) || !adverbs.has(toString(first).toLowerCase())) return
      let verbAt = index + 2
      // One more adverb may follow: "Later also tweeted".
      if (isWord(tokens, verbAt) && adverbs.has(toString(tokens[verbAt]))) verbAt += 2
      if (!isWord(tokens, verbAt)) return
      const verb = toString(tokens[verbAt])
      if (!isPast(verb) || !startsObject(tokens, verbAt + 1, reporting.has(verb))) return
      const phrase = tokens.slice(index, verbAt + 1).map(toString).join('')
      report(
        inQuotation(tree, file, {
          start: startOf(first),
          end: endOf(tokens[verbAt]),
          reason: `\`${phrase}\` has no subject; say who ${verb}.`
        })
      )
    }
  }
})

/** Where clauses open: the sentence's first word, and the first word of a quotation inside it. */
function openings(tokens: SentenceContent[]): number[] {
  const result: number[] = []
  let index = 0
  while (tokens[index]?.type === 'PunctuationNode') index++
  result.push(index)
  for (let position = index + 1; position < tokens.length; position++) {
    const mark = tokens[position - 1]
    if (mark.type === 'PunctuationNode' && /^["“‘']$/u.test(mark.value) && tokens[position - 2]?.type === 'WhiteSpaceNode') {
      result.push(position)
    }
  }
  return result
}

/** A word at `index`, separated from the word before it by a plain space. */
function isWord(tokens: SentenceContent[], index: number): boolean {
  return tokens[index]?.type === 'WordNode' && tokens[index - 1]?.type === 'WhiteSpaceNode'
}

function isPast(word: string): boolean {
  if (pasts.has(word)) return true
  return /^\p{Ll}{2,}ed$/u.test(word) && !inverting.has(word)
}

/**
 * What follows the verb when it is a finite verb missing its subject: a
 * colon or a quotation ("Later tweeted: …"), the end of the sentence, or an
 * object ("Then told the BBC", "Later released a statement"); after a verb
 * of saying, anything but an inverted `was`/`were`. A noun right after another
 * verb makes it a participle: "Recently released figures show…".
 */
function startsObject(tokens: SentenceContent[], index: number, saying: boolean): boolean {
  const next = tokens[index]
  if (!next) return true
  if (next.type === 'PunctuationNode') return /^[:"“'‘.!?]$/u.test(next.value)
  if (next.type !== 'WhiteSpaceNode') return false
  const word = tokens[index + 1]
  if (!word) return true
  if (word.type === 'PunctuationNode') return /^["“'‘]$/u.test(word.value)
  if (word.type !== 'WordNode') return false
  const text = toString(word)
  // "Also announced was a plan" is inverted: the subject comes after the verb.
  if (text === 'was' || text === 'were') return false
  return saying || determiners.has(text) || objectPronouns.has(text) || text === 'that'
}
