import type {Root, Sentence, SentenceContent} from 'nlcst'
import {endOf, startOf, toString} from '../src/nlcst.js'
import {inQuotation} from '../src/quotations.js'
import {defineRule, type Finding} from '../src/rule.js'
import {visit} from '../src/visit.js'

/**
 * Two correct constructions fused into one wrong one:
 * - `Among those killed include …` (`Among those killed were …` + `Those killed include …`);
 * - `despite of` (`despite` + `in spite of`);
 * - `between 10 to 20` (`between 10 and 20` + `from 10 to 20`).
 */
export default defineRule({
  meta: {
    id: 'blended-construction',
    description: 'Two constructions fused into one, like “Among those hurt include” or “despite of”.',
    category: 'grammar',
    severity: 'warning',
    fixable: true,
    scope: 'sentence',
    examples: [
      {bad: 'Among those arrested include two teenagers.', good: 'Those arrested include two teenagers.'},
      {bad: 'The match went ahead despite of the rain.', good: 'The match went ahead despite the rain.'},
      {bad: 'Between 200 to 300 people attended.', good: 'Between 200 and 300 people attended.'}
    ]
  },
  create({file, report}) {
    return function (tree) {
      visit(tree, 'SentenceNode', function (sentence) {
        for (const finding of amongInclude(sentence)) report(inQuotation(tree as Root, file, finding))
        for (const finding of despiteOf(sentence)) report(inQuotation(tree as Root, file, finding))
        for (const finding of betweenTo(sentence)) report(inQuotation(tree as Root, file, finding))
      })
    }
  }
})

const relative = /^(?:that|which|who|whom|whose)$/i
/** Object pronouns after `Among` and their subject forms: `Among them include` → `They include`. */
const subjects: Readonly<Record<string, string>> = {them: 'They', us: 'We'}

/** `Among X include Y`: the sentence opens with `Among` and its verb is `include`. */
function amongInclude(sentence: Sentence): Finding[] {
  const tokens = sentence.children
  let index = 0
  while (index < tokens.length && tokens[index].type === 'PunctuationNode') index++
  const among = tokens[index]
  if (among?.type !== 'WordNode' || !/^Among(?:st)?$/.test(toString(among))) return []
  let previous = ''
  for (index++; index < tokens.length; index++) {
    const token = tokens[index]
    // A comma ends the opening phrase; a new clause with its own subject follows ("Among other things, the plan includes").
    if (token.type !== 'WordNode' && token.type !== 'WhiteSpaceNode') return []
    if (token.type !== 'WordNode') continue
    const word = toString(token)
    const verb = /^includ(?:e|es|ed)$/.exec(word)
    if (verb) {
      // "Among the groups that include …" is a relative clause.
      if (relative.test(previous) || !hasObject(tokens, index) || index < tokens.indexOf(among) + 4) return []
      const phrase = tokens.slice(tokens.indexOf(among), index).map(toString).join('').trim()
      const be = word === 'included' ? 'were' : 'are'
      // Dropping `Among` keeps the meaning: `include` already says the list is partial.
      const next = tokens[tokens.indexOf(among) + 2]
      const capital = subjects[toString(next)] ?? toString(next).replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())
      const rest = phrase.replace(/^Among(?:st)? \S+/, capital)
      return [
        {
          start: startOf(among),
          end: endOf(next),
          expected: [capital],
          reason: `\`${phrase} ${word}\` blends \`${phrase} ${be}\` with \`${rest} ${word}\`; write \`${rest} ${word}\`.`
        }
      ]
    }
    previous = word
  }
  return []
}

function hasObject(tokens: SentenceContent[], index: number): boolean {
  return tokens[index + 1]?.type === 'WhiteSpaceNode' && tokens[index + 2]?.type === 'WordNode'
}

/** `despite of` → `despite`. */
function despiteOf(sentence: Sentence): Finding[] {
  const findings: Finding[] = []
  eachPair(sentence, function (first, second, index) {
    if (!isWordInAnyCase(first, 'despite') || toString(second) !== 'of') return
    findings.push({
      start: startOf(sentence.children[index - 1]),
      end: endOf(second),
      expected: [''],
      reason: `Unexpected \`${toString(first)} of\`, expected \`${toString(first)}\` (or \`in spite of\`).`
    })
  })
  return findings
}

/** `between 10 to 20` → `between 10 and 20`. */
function betweenTo(sentence: Sentence): Finding[] {
  const findings: Finding[] = []
  const tokens = sentence.children
  eachPair(sentence, function (first, _second, index) {
    if (!isWordInAnyCase(first, 'between')) return
    const end = numberEnd(tokens, index)
    if (end === undefined) return
    const space = tokens[end]
    const to = tokens[end + 1]
    if (space?.type !== 'WhiteSpaceNode' || to?.type !== 'WordNode' || toString(to) !== 'to') return
    if (tokens[end + 2]?.type !== 'WhiteSpaceNode' || numberEnd(tokens, end + 3) === undefined) return
    const number = tokens.slice(index, end).map(toString).join('')
    findings.push({
      node: to,
      expected: ['and'],
      reason: `Unexpected \`to\` after \`between ${number}\`, expected \`and\` (\`between … and\`, or \`from … to\`).`
    })
  })
  return findings
}

/** The index after a number written in digits starting at `index` (`1,500`, `2.5`), if one starts there. */
function numberEnd(tokens: SentenceContent[], index: number): number | undefined {
  const isDigits = (token: SentenceContent | undefined) => token?.type === 'WordNode' && /^\d+$/.test(toString(token))
  if (!isDigits(tokens[index])) return undefined
  let end = index + 1
  while (tokens[end]?.type === 'PunctuationNode' && /^[,.]$/.test(toString(tokens[end])) && isDigits(tokens[end + 1])) end += 2
  return end
}

/**
 * Whether a word is `word` (lower case, without k) in any case, as `/^word$/i`
 * matches it: only ASCII letters lower-case to these ASCII letters, so the
 * lengths must agree, and the lower case is built only for words of that length.
 */
function isWordInAnyCase(node: SentenceContent, word: string): boolean {
  const text = toString(node)
  return text.length === word.length && text.toLowerCase() === word
}

/** Call `visit` for every two words separated by one space; `index` is the second word's. */
function eachPair(
  sentence: Sentence,
  visit: (first: SentenceContent, second: SentenceContent, index: number) => void
): void {
  const tokens = sentence.children
  for (let index = 2; index < tokens.length; index++) {
    const first = tokens[index - 2]
    const second = tokens[index]
    if (first.type === 'WordNode' && tokens[index - 1].type === 'WhiteSpaceNode' && second.type === 'WordNode') {
      visit(first, second, index)
    }
  }
}
