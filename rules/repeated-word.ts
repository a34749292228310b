import type {Sentence, Word} from 'nlcst'
import {endOf, startOf, toString} from '../src/nlcst.js'
import {defineRule} from '../src/rule.js'
import {visit} from '../src/visit.js'
import {sameIgnoringCase} from '../src/word-case.js'

/**
 * Words that are correctly written twice in a row: "had had", "that that",
 * emphatic "do do", intensifiers and reduplications ("very very", "bye bye",
 * "far far"), and particles meeting prepositions ("came in in June"). Keep sorted.
 */
export const allowedDoubles: ReadonlyArray<string> = [
  'along',
  'back',
  'blah',
  'bye',
  'chop',
  'do',
  'down',
  'far',
  'ha',
  'had',
  'hush',
  'in',
  'knock',
  'long',
  'many',
  'much',
  'night',
  'no',
  'now',
  'off',
  'on',
  'out',
  'over',
  'so',
  'that',
  'there',
  'tut',
  'up',
  'very',
  'well',
  'yeah',
  'yes'
]

const allowed = new Set(allowedDoubles)
/** Words that make a following "is is" grammatical: "What it is is a start." */
const fusedRelative = /^(?:all|how|what|whatever|where|who|why)$/i

export default defineRule({
  meta: {
    id: 'repeated-word',
    description: 'A word typed twice in a row, like “the the”.',
    category: 'typo',
    severity: 'warning',
    fixable: true,
    scope: 'sentence',
    examples: [{bad: 'Talks will resume in the the new year.', good: 'Talks will resume in the new year.'}]
  },
  create({report}) {
    return function (tree) {
      visit(tree, 'SentenceNode', function (sentence) {
        checkSentence(sentence)
      })
    }

    function checkSentence(sentence: Sentence): void {
      checkWords(sentence)
      checkPairs(sentence)
    }

    function checkWords(sentence: Sentence): void {
      const children = sentence.children
      for (let index = 2; index < children.length; index++) {
        const first = children[index - 2]
        const space = children[index - 1]
        const second = children[index]
        if (first.type !== 'WordNode' || second.type !== 'WordNode') continue
        if (space.type !== 'WhiteSpaceNode' || hasLineBreak(space.value)) continue
        const word = toString(second)
        if (!isRepeat(toString(first), word)) continue
        if (word.toLowerCase() === 'is' && hasFusedRelative(sentence, first)) continue
        report({
          start: startOf(space),
          end: endOf(second),
          expected: [''],
          reason: `Expected \`${word}\` once, not twice; remove the repeat.`
        })
      }
    }

    /** Two words typed twice: "into a into a". */
    function checkPairs(sentence: Sentence): void {
      const run = spacedWords(sentence)
      for (let index = 3; index < run.length; index++) {
        // Cheap test first: the pair can only repeat when its first word does.
        const first = run[index - 3]
        const third = run[index - 1]
        if (!first || !third || !sameIgnoringCase(toString(first), toString(third))) continue
        const second = run[index - 2]
        const fourth = run[index]
        if (!second || !fourth) continue
        const pair = `${toString(third)} ${toString(fourth)}`
        if (`${toString(first)} ${toString(second)}`.toLowerCase() !== pair.toLowerCase()) continue
        if (!isRepeat(toString(first), toString(third)) || !isRepeat(toString(second), toString(fourth))) continue
        if (toString(first).toLowerCase() === toString(second).toLowerCase()) continue
        // "again and again and", "more and more and": an idiom of repetition, not a slip.
        if (/^(?:and|or)$/i.test(toString(second))) continue
        report({
          start: startOf(sentence.children[sentence.children.indexOf(third) - 1]),
          end: endOf(fourth),
          expected: [''],
          reason: `Expected \`${pair}\` once, not twice; remove the repeat.`
        })
      }
    }
  }
})

/**
 * The words of a sentence, with `undefined` where anything but a plain space
 * (punctuation, a line break) separates two words.
 */
function spacedWords(sentence: Sentence): Array<Word | undefined> {
  const result: Array<Word | undefined> = [undefined]
  let broken = false
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      if (broken) result.push(undefined)
      result.push(child)
      broken = false
    } else if (child.type !== 'WhiteSpaceNode' || hasLineBreak(child.value)) {
      broken = true
    }
  }
  return result
}

/** A line break in white space; most white space is one plain space. */
function hasLineBreak(space: string): boolean {
  return space !== ' ' && /[\r\n]/.test(space)
}

function isRepeat(first: string, second: string): boolean {
  if (!sameIgnoringCase(first, second)) return false
  // Names repeat with both capitals: "Duran Duran", "Sirhan Sirhan", "Bora Bora".
  if (/^\p{Lu}/u.test(second)) return false
  // Numbers and codes: "20 20 vision", "x x".
  if (!/^\p{L}[\p{L}'’-]*$/u.test(second)) return false
  return !allowed.has(second.toLowerCase())
}

function hasFusedRelative(sentence: Sentence, before: Word): boolean {
  for (const child of sentence.children) {
    if (child === before) return false
    if (child.type === 'WordNode' && fusedRelative.test(toString(child))) return true
  }
  return false
}
