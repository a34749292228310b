import type {Paragraph, SentenceContent} from 'nlcst'
import {danglingEnd} from '../src/dangling-end.js'
import {endOf, paragraphsOf, sentencesOf, startOf, toString, tokensOf} from '../src/nlcst.js'
import {defineRule} from '../src/rule.js'

/** Marks that attach to the word before them, with their names for the message. */
const names: Readonly<Record<string, string>> = {
  '!': 'exclamation mark',
  ')': 'closing bracket',
  ',': 'comma',
  '.': 'full stop',
  ':': 'colon',
  ';': 'semicolon',
  '?': 'question mark',
  ']': 'closing bracket'
}

/** Ordinary spaces and tabs; no-break and thin spaces are deliberate typography (French style). */
const plainSpace = /^[ \t]+$/
/** What may stand before the stray space: a word, or a closing bracket or quote after one. */
const closer = /^[)\]”’]$/u

export default defineRule({
  meta: {
    id: 'space-before-punctuation',
    description: 'A space before a comma, full stop, colon, semicolon, question or exclamation mark, or closing bracket.',
    category: 'punctuation',
    severity: 'warning',
    fixable: true,
    scope: 'paragraph',
    examples: [
      {
        bad: 'Fighting continued near the border , officials said.',
        good: 'Fighting continued near the border, officials said.'
      }
    ]
  },
  create({report}) {
    return function (tree) {
      for (const paragraph of paragraphsOf(tree)) {
        const tokens = tokensOf(paragraph)
        // The stops after a lost word, found only when a space before a mark asks.
        let dangling: Set<SentenceContent> | undefined
        tokens.forEach(function (space, index) {
          const mark = tokens[index + 1]
          const before = tokens[index - 1]
          if (space.type !== 'WhiteSpaceNode' || !plainSpace.test(space.value)) return
          if (!mark || mark.type !== 'PunctuationNode' || !(mark.value in names) || !before) return
          if (before.type !== 'WordNode' && !(before.type === 'PunctuationNode' && closer.test(before.value))) return
          if (exempt(tokens, index + 1)) return
          // "in northeastern ." lost a word: missing-word reports it, and closing the gap would hide it.
          if ((dangling ??= danglingStops(paragraph)).has(mark)) return
          const word = toString(before)
          report({
            start: startOf(space),
            end: endOf(mark),
            expected: [mark.value],
            reason: `Unexpected space before the ${names[mark.value]} in \`${word}${space.value}${mark.value}\`, expected \`${word}${mark.value}\`.`
          })
        })
      }
    }
  }
})

/** The full stops that end a paragraph's sentences after a lost word. */
function danglingStops(paragraph: Paragraph): Set<SentenceContent> {
  const stops = new Set<SentenceContent>()
  for (const sentence of sentencesOf(paragraph)) {
    const stop = danglingEnd(sentence)?.stop
    if (stop !== undefined) stops.add(stop)
  }
  return stops
}

/** Spacing that is right where it is: ratios and times, faces, spaced ellipses, `.com`, brackets opened elsewhere. */
function exempt(tokens: ReadonlyArray<SentenceContent>, index: number): boolean {
  const mark = toString(tokens[index])
  const next = tokens[index + 1]
  const before = tokens[index - 2]
  // ":)" and ";-)" are faces, not marks.
  if ((mark === ':' || mark === ';') && next && next.type !== 'WhiteSpaceNode' && /^[-()DPp]/.test(toString(next))) return true
  if (mark === ':' && before !== undefined && /\d$/.test(toString(before)) && /^\d/.test(afterSpace(tokens, index))) return true
  if (mark === '.') {
    // ". . ." is an ellipsis; ".com" and ".NET" are names.
    if (afterSpace(tokens, index) === '.') return true
    if (next && next.type === 'WordNode') return true
  }
  if (mark === ')' || mark === ']') {
    const open = mark === ')' ? '(' : '['
    const opened = tokens.slice(0, index).filter((token) => toString(token) === open).length
    const closed = tokens.slice(0, index).filter((token) => toString(token) === mark).length
    if (opened <= closed) return true
  }
  return false
}

/** The text of the first token after `index` that is not white space. */
function afterSpace(tokens: ReadonlyArray<SentenceContent>, index: number): string {
  for (let position = index + 1; position < tokens.length; position++) {
    if (tokens[position].type !== 'WhiteSpaceNode') return toString(tokens[position])
  }
  return ''
}
