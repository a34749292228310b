import {contextOf} from '../src/context.js'
import {endOf, paragraphsOf, startOf, toString, tokensOf} from '../src/nlcst.js'
import {endsSentence, kindOf} from '../src/paragraph-kind.js'
import {defineRule} from '../src/rule.js'

/** Closing quotation marks and brackets that may end a paragraph after its last word. */
const closing = /^["'’”)\]»]$/u
const quotes = /^["'’”»]+$/u

export default defineRule({
  meta: {
    id: 'terminal-punctuation',
    description: 'A body paragraph that is a sentence but does not end with a full stop (headlines, standfirsts, subheads, pull quotes and captions are left alone).',
    category: 'punctuation',
    severity: 'warning',
    fixable: true,
    scope: 'paragraph',
    examples: [
      {
        bad: 'Storm leaves thousands without power\nThe storm brought down power lines across the county.\nEngineers expect to restore supplies by the weekend',
        good: 'Storm leaves thousands without power\nThe storm brought down power lines across the county.\nEngineers expect to restore supplies by the weekend.'
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      const american = contextOf(file).dialect === 'en-US'
      for (const paragraph of paragraphsOf(tree)) {
        if (kindOf(tree, paragraph) !== 'body') continue
        const text = toString(paragraph)
        if (endsSentence(text)) continue
        const tokens = tokensOf(paragraph).filter((token) => token.type !== 'WhiteSpaceNode')
        let last = tokens.length - 1
        while (last >= 0 && tokens[last].type === 'PunctuationNode' && closing.test(toString(tokens[last]))) last--
        const word = tokens[last]
        // A paragraph that ends on a comma, colon, dash or symbol is another problem (or an introduction).
        if (!word || word.type !== 'WordNode' || !isSentence(text)) continue
        const marks = tokens.slice(last + 1).map((token) => toString(token)).join('')
        const start = startOf(word)
        const end = last + 1 < tokens.length ? endOf(tokens[tokens.length - 1]) : endOf(word)
        const actual = String(file.value).slice(start, end)
        // American style puts the full stop inside a closing quotation mark.
        const inside = american && quotes.test(marks)
        const fixed = inside ? `${toString(word)}.${marks}` : `${actual}.`
        report({
          start,
          end,
          expected: [fixed],
          reason: `Unexpected end of paragraph without a full stop after \`${actual}\`, expected \`${fixed}\`.`
        })
      }
    }
  }
})

/** Running copy: at least four words and a capital letter, digit or quotation mark to start. */
function isSentence(text: string): boolean {
  const words = text.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
  return words.length >= 4 && /^["'‘“(]?[\p{Lu}\p{N}]/u.test(text.trim())
}
