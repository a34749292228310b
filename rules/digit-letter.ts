import {toString} from '../src/nlcst.js'
import {defineRule} from '../src/rule.js'
import {visit} from '../src/visit.js'

/** Letters that stand in for digits when typed or scanned: o/O for 0, l/I for 1. */
const lookalikes: Readonly<Record<string, string>> = {I: '1', O: '0', l: '1', o: '0'}
/** A number written with look-alike letters: only digits, those letters and separators. */
const candidate = /^[\dIOlo]+(?:[.,][\dIOlo]+)*$/

/**
 * The number meant by `token`, or undefined when it is not a number with
 * look-alike letters. `continued` is true for a digit group after a
 * thousands separator ("5,0o0" is tokenised as "5", ",", "0o0").
 */
export function repairNumber(token: string, continued = false): string | undefined {
  if (!candidate.test(token) || !/\d/.test(token) || !/[IOlo]/.test(token)) return undefined
  // A capital letter before the digits is a code or a name: "O2", "I5".
  if (!continued && /^[IO]/.test(token)) return undefined
  const fixed = token.replace(/[IOlo]/g, (letter) => lookalikes[letter])
  // A leading zero is not how numbers are written, except in a digit group.
  if (!continued && /^0\d/.test(fixed)) return undefined
  // Letters at both ends with one digit between are more likely a code than a number.
  if (fixed.replace(/[.,]/g, '').length < 2) return undefined
  return fixed
}

export default defineRule({
  meta: {
    id: 'digit-letter',
    description: 'Letters standing for digits inside a number, like “1oo” for “100”.',
    category: 'typo',
    severity: 'warning',
    fixable: true,
    scope: 'word',
    examples: [{bad: 'About 1oo people.', good: 'About 100 people.'}]
  },
  create({report}) {
    return function (tree) {
      visit(tree, 'WordNode', function (node, index, parent) {
        const actual = toString(node)
        const separator = parent && index !== undefined && index > 1 ? parent.children[index - 1] : undefined
        const group = parent && index !== undefined && index > 1 ? parent.children[index - 2] : undefined
        const continued =
          separator?.type === 'PunctuationNode' &&
          /^[,.]$/.test(separator.value) &&
          group?.type === 'WordNode' &&
          /^\d+$/.test(toString(group))
        const fixed = repairNumber(actual, continued)
        if (!fixed) return
        report({
          node,
          actual,
          expected: [fixed],
          reason: `Unexpected \`${actual}\`: letters inside a number, expected \`${fixed}\`.`
        })
      })
    }
  }
})
