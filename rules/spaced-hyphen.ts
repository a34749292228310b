import {prepositions} from '../src/function-words.js'
import {endOf, paragraphsOf, startOf, toString, tokensOf} from '../src/nlcst.js'
import {defineRule} from '../src/rule.js'

export interface SpacedHyphenOptions {
  /** `em`: an unspaced em dash ("spot—which", American and most house styles); `en`: a spaced en dash ("spot – which", British). */
  dash: 'em' | 'en'
}

/** Hyphens typed for a dash: one, or two as on a typewriter. */
const hyphen = /^-{1,2}$/
const number = /^[-+]?\d/

export default defineRule<SpacedHyphenOptions>({
  meta: {
    id: 'spaced-hyphen',
    description: 'A hyphen with spaces around it used as a dash, like “the town - which”: use an em dash (or a spaced en dash).',
    category: 'punctuation',
    severity: 'warning',
    fixable: true,
    scope: 'paragraph',
    examples: [
      {
        bad: 'The bridge - built in 1932 - was closed on Monday.',
        good: 'The bridge—built in 1932—was closed on Monday.'
      }
    ]
  },
  options: {dash: 'em'},
  create({options, report}) {
    const replacement = options.dash === 'en' ? ' \u2013 ' : '\u2014'
    const name = options.dash === 'en' ? 'a spaced en dash' : 'an em dash'
    return function (tree) {
      for (const paragraph of paragraphsOf(tree)) {
        const tokens = tokensOf(paragraph)
        const firstWord = tokens.findIndex((token) => token.type === 'WordNode')
        tokens.forEach(function (mark, index) {
          if (mark.type !== 'PunctuationNode' || !hyphen.test(mark.value)) return
          const space = tokens[index - 1]
          const spaceAfter = tokens[index + 1]
          if (space?.type !== 'WhiteSpaceNode' || spaceAfter?.type !== 'WhiteSpaceNode') return
          const before = tokens[index - 2]
          const after = tokens[index + 2]
          // A bullet at the start of the line, or a hyphen left hanging at its end.
          if (!before || !after || /\n|\r/.test(space.value + spaceAfter.value)) return
          if (firstWord === -1 || firstWord > index) return
          // "10 - 12", "2 - 1", "10am - 2pm", "2300 GMT - 0100 GMT", "fell to - 5": a range, a score or a minus sign.
          if (number.test(toString(after)) && (/^\d|\d$/.test(toString(before)) || /\d$/.test(toString(tokens[index - 4] ?? before)) || prepositions.has(toString(before).toLowerCase()))) return
          const actual = `${space.value}${mark.value}${spaceAfter.value}`
          report({
            start: startOf(space),
            end: endOf(spaceAfter),
            expected: [replacement],
            reason: `Unexpected hyphen \`${actual.trim()}\` used as a dash in \`${toString(before)}${actual}${toString(after)}\`, expected ${name}: \`${toString(before)}${replacement}${toString(after)}\`.`
          })
        })
      }
    }
  }
})
