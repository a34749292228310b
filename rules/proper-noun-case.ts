import type {SentenceContent} from 'nlcst'
import {prepositions} from '../src/function-words.js'
import {endOf, startOf, toString} from '../src/nlcst.js'
import {defineRule} from '../src/rule.js'
import {visit} from '../src/visit.js'

/**
 * Generic words that are part of a place or saint's name when they stand
 * right before it: "Mount Everest", "Lake Geneva", "Cape Town", "Fort Worth".
 * Not "river" (house styles differ: "the river Thames" is Guardian style) nor
 * "port" ("the port Basra" is an apposition). Keep sorted.
 */
const beforeNameList: ReadonlyArray<string> = ['cape', 'fort', 'lake', 'loch', 'mount', 'saint']

/** Generic words that join a name with "of": "the Gulf of Mexico", "the Isle of Man". Keep sorted. */
const ofNameList: ReadonlyArray<string> = ['bay', 'gulf', 'isle', 'sea', 'strait']

const beforeName: ReadonlySet<string> = new Set(beforeNameList)
const ofName: ReadonlySet<string> = new Set(ofNameList)

/** The lists, for the test that they stay sorted. */
export const properNounLists: Readonly<Record<string, ReadonlyArray<string>>> = {beforeNameList, ofNameList}

/** A capitalised name: "Baghouz", "Kilimanjaro", "St" is fine too; not an acronym of one letter. */
const name = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u
/** Marks after which a name phrase starts: a comma, an opening bracket or quote. */
const opener = /^[,;:(["“‘—–]$/u

export default defineRule({
  meta: {
    id: 'proper-noun-case',
    description: 'A generic word that is part of a place name written in lower case, like “mount Everest” for “Mount Everest”.',
    category: 'typo',
    severity: 'warning',
    fixable: true,
    scope: 'sentence',
    examples: [{bad: 'Climbers were stranded on mount Everest.', good: 'Climbers were stranded on Mount Everest.'}]
  },
  create({report}) {
    return function (tree) {
      visit(tree, 'SentenceNode', function (sentence) {
        // Most sentences hold no generic word at all: skip them before copying their tokens.
        if (!sentence.children.some(isGenericWord)) return
        const tokens = sentence.children.filter((child) => child.type !== 'WhiteSpaceNode')
        tokens.forEach(function (token, index) {
          if (token.type !== 'WordNode') return
          const word = toString(token)
          const next = tokens[index + 1]
          const after = tokens[index + 2]
          let whole: string
          if (beforeName.has(word) && isName(next)) {
            // After a preposition or a mark only: "the crater lake Taal" and "to mount Operation Anvil" are not names.
            if (!startsPhrase(tokens[index - 1])) return
            whole = `${word} ${toString(next)}`
          } else if (ofName.has(word) && next && toString(next) === 'of' && isName(after)) {
            // "the gulf of Mexico", not "a sea of Union flags".
            if (!tokens[index - 1] || toString(tokens[index - 1]).toLowerCase() !== 'the') return
            whole = `${word} of ${toString(after)}`
          } else {
            return
          }
          const fixed = word.charAt(0).toUpperCase() + word.slice(1)
          report({
            start: startOf(token),
            end: endOf(token),
            expected: [fixed],
            reason: `Unexpected \`${word}\` in the place name \`${whole}\`, expected \`${fixed}\`.`
          })
        })
      })
    }
  }
})

/** A word that can be part of a place name: "mount", "gulf". */
function isGenericWord(token: SentenceContent): boolean {
  if (token.type !== 'WordNode') return false
  const word = toString(token)
  return beforeName.has(word) || ofName.has(word)
}

function isName(token: SentenceContent | undefined): boolean {
  return token !== undefined && token.type === 'WordNode' && name.test(toString(token))
}

function startsPhrase(token: SentenceContent | undefined): boolean {
  if (!token) return false
  const text = toString(token)
  if (token.type === 'PunctuationNode') return opener.test(text)
  return token.type === 'WordNode' && text !== 'to' && prepositions.has(text.toLowerCase())
}
