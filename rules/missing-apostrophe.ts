import type {Root, SentenceContent, Word} from 'nlcst'
import type {VFile} from 'vfile'
import {determiners, isFunctionWord} from '../src/function-words.js'
import {lineOf, startOf, toString} from '../src/nlcst.js'
import {inQuotation, quotationsOf} from '../src/quotations.js'
import {defineRule} from '../src/rule.js'
import {visit} from '../src/visit.js'

/**
 * Verbs that can follow a subject noun phrase and nothing else here: the
 * auxiliaries and `be`. Keep sorted.
 */
export const auxiliaries: ReadonlyArray<string> = [
  'are',
  'can',
  'could',
  'had',
  'has',
  'have',
  'is',
  'may',
  'might',
  'must',
  'remains',
  'should',
  'was',
  'were',
  'will',
  'would'
]

/**
 * Words that may stand between a plural subject and its verb without making
 * it a possessive: time words ("the rebels last week were"), adverbs,
 * pronouns ("the rebels themselves were"). Keep sorted.
 */
export const notPossessed: ReadonlyArray<string> = [
  'afternoon',
  'alone',
  'already',
  'always',
  'evening',
  'later',
  'month',
  'morning',
  'never',
  'night',
  'often',
  'recently',
  'sometimes',
  'themselves',
  'week',
  'weekend',
  'year'
]

const auxiliary = new Set(auxiliaries)
const excluded = new Set(notPossessed)
/** Adjectives that are adverbs when nothing follows them: "the rebels last stronghold" but "the rebels last had". */
const adverbAlone = new Set(['first', 'last'])
/** How many words the possessed noun phrase may have: "last stronghold", "new field hospital". */
const maximumPhrase = 3

interface Evidence {
  mark: string
  line: number
}

export default defineRule({
  meta: {
    id: 'missing-apostrophe',
    description: 'A plural possessive written without its apostrophe, when the article writes it with one elsewhere.',
    category: 'grammar',
    severity: 'warning',
    fixable: true,
    scope: 'document',
    examples: [
      {
        bad: "The victims' families met the minister.\nThe victims families were later told the news.",
        good: "The victims' families met the minister.\nThe victims' families were later told the news."
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      const evidence = possessivePlurals(tree, file)
      if (evidence.size === 0) return
      visit(tree, 'SentenceNode', function (sentence) {
        const tokens = sentence.children
        tokens.forEach(function (token, index) {
          if (token.type !== 'WordNode' || index < 2) return
          const word = toString(token)
          const seen = evidence.get(word)
          if (!seen) return
          const before = tokens[index - 2]
          if (before.type !== 'WordNode' || !determiners.has(toString(before).toLowerCase())) return
          const phrase = possessedPhrase(tokens, index + 1)
          if (!phrase) return
          report(
            inQuotation(tree, file, {
              node: token,
              expected: [word + seen.mark],
              reason: `Missing apostrophe: \`${word} ${phrase}\` belongs to the ${word}; write \`${word}${seen.mark}\` as on line ${seen.line}.`
            })
          )
        })
      })
    }
  }
})

/**
 * Plural words the article writes as possessives (`rebels'`, `rebels’`), with
 * the mark and line of the first one. A closing quotation mark is not one.
 */
function possessivePlurals(tree: Root, file: VFile): Map<string, Evidence> {
  // Where quotations close: needed only once a word with an apostrophe after it turns up.
  let closing: ReadonlySet<number> | undefined
  const closingMarks = () =>
    (closing ??= new Set(quotationsOf(tree, file).filter((quotation) => quotation.closed).map((quotation) => quotation.end - 1)))
  const found = new Map<string, Evidence>()
  visit(tree, 'SentenceNode', function (sentence) {
    const tokens = sentence.children
    tokens.forEach(function (token, index) {
      const mark = tokens[index + 1]
      if (token.type !== 'WordNode' || mark?.type !== 'PunctuationNode' || !/^['’]$/.test(mark.value)) return
      const word = toString(token)
      if (!/^\p{Ll}+s$/u.test(word) || /ss$/.test(word)) return
      if (closingMarks().has(startOf(mark)) || found.has(word)) return
      const next = tokens[index + 2]
      const after = tokens[index + 3]
      if (next?.type !== 'WhiteSpaceNode' || after?.type !== 'WordNode') return
      found.set(word, {mark: mark.value, line: lineOf(token)})
    })
  })
  return found
}

/**
 * The words after a plural that make it a possessive: one to three plain
 * lower-case words, then an auxiliary verb ("last stronghold is"). The
 * last of them is the possessed noun, so it cannot be a time word or adverb.
 */
function possessedPhrase(tokens: SentenceContent[], index: number): string | undefined {
  const words: Word[] = []
  let position = index
  while (words.length <= maximumPhrase) {
    const space = tokens[position]
    const word = tokens[position + 1]
    if (space?.type !== 'WhiteSpaceNode' || word?.type !== 'WordNode') return undefined
    const text = toString(word)
    if (auxiliary.has(text)) break
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(text) || isFunctionWord(text) || /ly$/.test(text)) return undefined
    words.push(word)
    position += 2
  }
  const texts = words.map(toString)
  if (texts.length === 0 || texts.length > maximumPhrase) return undefined
  if (texts.some((text) => excluded.has(text)) || adverbAlone.has(texts[texts.length - 1])) return undefined
  return texts.join(' ')
}
