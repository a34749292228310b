import {danglingEnd} from '../src/dangling-end.js'
import {endOf, startOf, toString} from '../src/nlcst.js'
import {inQuotation} from '../src/quotations.js'
import {defineRule} from '../src/rule.js'
import {visit} from '../src/visit.js'

export default defineRule({
  meta: {
    id: 'missing-word',
    description: 'A sentence that stops on a word that cannot end it, like “in northeastern .”: a word was lost.',
    category: 'grammar',
    severity: 'warning',
    fixable: false,
    scope: 'sentence',
    examples: [
      {
        bad: 'The convoy reached a camp in northeastern .',
        good: 'The convoy reached a camp in northeastern Syria.'
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      visit(tree, 'SentenceNode', function (sentence) {
        const found = danglingEnd(sentence)
        if (!found) return
        const word = toString(found.word)
        const why =
          found.why === 'modifier'
            ? `\`${word}\` describes a noun that is not there`
            : `\`${word}\` cannot end a sentence`
        report(
          inQuotation(tree, file, {
            start: startOf(found.word),
            end: endOf(found.stop),
            reason: `A word seems to be missing before the full stop: ${why}; add the missing word.`
          })
        )
      })
    }
  }
})
