import type {Root, Sentence} from 'nlcst'
import {isFunctionWord} from '../src/function-words.js'
import {endOf, startOf, toString} from '../src/nlcst.js'
import {inQuotation} from '../src/quotations.js'
import {defineRule} from '../src/rule.js'
import {visit} from '../src/visit.js'

/**
 * Nouns that take no `a`/`an` in any ordinary sense (general knowledge of
 * English usage). Nouns with a countable sense are left out: "a knowledge of
 * French", "a great help", "a good education", "an accommodation with". Keep sorted.
 */
export const uncountableNouns: ReadonlyArray<string> = [
  'advice',
  'applause',
  'baggage',
  'clothing',
  'cutlery',
  'equipment',
  'evidence',
  'feedback',
  'furniture',
  'garbage',
  'homework',
  'housework',
  'information',
  'jewellery',
  'jewelry',
  'legislation',
  'livestock',
  'luggage',
  'machinery',
  'merchandise',
  'news',
  'progress',
  'research',
  'rubbish',
  'software',
  'traffic'
]

const uncountable = new Set(uncountableNouns)
/** How many describing words may stand between the article and the noun: "a significant new progress". */
const maximumModifiers = 2

export default defineRule({
  meta: {
    id: 'uncountable-article',
    description: 'An uncountable noun with “a” or “an”, like “a significant progress”.',
    category: 'grammar',
    severity: 'warning',
    fixable: true,
    scope: 'sentence',
    examples: [{bad: 'Negotiators made a significant progress on Friday.', good: 'Negotiators made significant progress on Friday.'}]
  },
  create({file, report}) {
    return function (tree) {
      visit(tree, 'SentenceNode', function (sentence) {
        check(tree, sentence)
      })
    }

    function check(tree: Root, sentence: Sentence): void {
      const tokens = sentence.children
      tokens.forEach(function (token, index) {
        if (token.type !== 'WordNode') return
        const article = toString(token)
        if (!isArticle(article, index === 0)) return
        // Walk over plain lower-case describing words to the noun.
        let position = index + 1
        for (let step = 0; step <= maximumModifiers; step++) {
          const space = tokens[position]
          const word = tokens[position + 1]
          if (space?.type !== 'WhiteSpaceNode' || word?.type !== 'WordNode') return
          const text = toString(word)
          if (!/^\p{Ll}[\p{Ll}-]*$/u.test(text) || isFunctionWord(text)) return
          if (uncountable.has(text)) {
            if (!endsNounPhrase(tokens, position + 2)) return
            const fixed = tokens.slice(index + 2, position + 2).map(toString).join('')
            // "A new research" → "New research": the next word takes the capital.
            const first = tokens[index + 2]
            const capital = /^A/.test(article)
            const replacement = capital ? toString(first).replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()) : ''
            report(
              inQuotation(tree, file, {
                start: startOf(token),
                end: capital ? endOf(first) : startOf(first),
                expected: [replacement],
                reason: `Unexpected \`${article}\` before the uncountable noun \`${text}\`; write \`${fixed}\`.`
              })
            )
            return
          }
          position += 2
        }
      })
    }
  }
})

/** `a` or `an`; `A` or `An` only at the start of the sentence. */
function isArticle(word: string, initial: boolean): boolean {
  return word === 'a' || word === 'an' || (initial && (word === 'A' || word === 'An'))
}

/**
 * Whether the noun phrase ends after the token at `index - 1`: at
 * punctuation, the end of the sentence, or a function word other than
 * `and`/`or` ("a news and current affairs programme" is a compound). A noun
 * that follows makes the uncountable noun a modifier: "a research team",
 * "a progress report".
 */
function endsNounPhrase(tokens: Sentence['children'], index: number): boolean {
  const next = tokens[index]
  if (!next) return true
  if (next.type !== 'WhiteSpaceNode') return next.type === 'PunctuationNode' && !/^[-‐'’]$/u.test(toString(next))
  const word = tokens[index + 1]
  if (word?.type !== 'WordNode') return true
  const text = toString(word).toLowerCase()
  return isFunctionWord(text) && text !== 'and' && text !== 'or'
}
