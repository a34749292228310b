import type {Paragraph, SentenceContent} from 'nlcst'
import {contextOf} from '../src/context.js'
import {determiners, prepositions} from '../src/function-words.js'
import {endOf, paragraphsOf, sentencesOf, startOf, toString, tokensOf, wordsOf} from '../src/nlcst.js'
import {endsSentence, kindOf} from '../src/paragraph-kind.js'
import {defineRule} from '../src/rule.js'

/** Adverb particles that end phrasal verbs and so can end a sentence: "holed up", "called off". Keep sorted. */
const particles: ReadonlySet<string> = new Set([
  'about', 'along', 'around', 'away', 'back', 'down', 'in', 'off', 'on', 'out', 'over', 'through', 'up'
])

/** Conjunctions, pronouns and auxiliaries that a sentence cannot stop on. Keep sorted. */
const continuing: ReadonlySet<string> = new Set([
  'and', 'are', 'be', 'because', 'been', 'but', 'can', 'could', 'had', 'has', 'have', 'i', 'if', 'is', 'may',
  'might', 'must', 'nor', 'or', 'should', 'was', 'were', 'whether', 'which', 'who', 'whose', 'will', 'would'
])

/** A word that needs more after it: an article, a preposition that is not a particle, a conjunction. */
function needsMore(word: string): boolean {
  const lower = word.toLowerCase()
  return continuing.has(lower) || determiners.has(lower) || (prepositions.has(lower) && !particles.has(lower))
}

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
      const paragraphs = paragraphsOf(tree)
      paragraphs.forEach(function (paragraph, index) {
        if (kindOf(tree, paragraph) !== 'body' || endsWithSentence(paragraph)) return
        const text = toString(paragraph)
        if (!isSentence(text)) return
        if (brokenOff(paragraph, paragraphs[index + 1])) return
        const tokens = tokensOf(paragraph).filter((token) => token.type !== 'WhiteSpaceNode')
        let last = tokens.length - 1
        while (last >= 0 && tokens[last].type === 'PunctuationNode' && closing.test(toString(tokens[last]))) last--
        const word = tokens[last]
        // A paragraph that ends on a comma, colon, dash or symbol is another problem (or an introduction).
        if (!word || word.type !== 'WordNode') return
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
      })
    }
  }
})

/**
 * Whether a paragraph's text ends a sentence (`endsSentence`). That depends
 * only on what follows its last letter or digit, so the text from the last
 * word on is enough, and the whole paragraph's text is not built.
 */
function endsWithSentence(paragraph: Paragraph): boolean {
  const tail = textFromLastWord(paragraph)
  return tail !== undefined && letterOrDigit.test(tail) ? endsSentence(tail) : endsSentence(toString(paragraph))
}

const letterOrDigit = /[\p{L}\p{N}]/u

/** The text of a paragraph from its last word to its end, if it has a word. */
function textFromLastWord(paragraph: Paragraph): string | undefined {
  const nodes: Array<Paragraph['children'][number] | SentenceContent> = []
  const children = paragraph.children
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index]
    if (child.type !== 'SentenceNode') {
      nodes.push(child)
      continue
    }
    for (let at = child.children.length - 1; at >= 0; at--) {
      const node = child.children[at]
      nodes.push(node)
      if (node.type === 'WordNode') return toString(nodes.reverse())
    }
  }
  return undefined
}

/**
 * A paragraph cut off in the middle of a sentence, where a full stop would be
 * the wrong repair: the next line goes on in lower case ("as" / "dominated
 * the race"), the last word needs more ("on", "Ireland's"), or after the last
 * full stop only a few words or a heading in capitals remain ("… mark.
 * Favourite", "… on PS2. THE LEGEND OF ZELDA").
 */
function brokenOff(paragraph: Paragraph, next: Paragraph | undefined): boolean {
  if (next && /^[\p{Ll}.,;:]/u.test(toString(next).trim())) return true
  const sentences = sentencesOf(paragraph)
  const words = wordsOf(sentences[sentences.length - 1]).map((word) => toString(word))
  const last = words[words.length - 1] ?? ''
  if (needsMore(last) || /['’]s$/.test(last)) return true
  if (sentences.length > 1) {
    const letters = words.join('').replace(/[^\p{L}]/gu, '')
    if (words.length <= 3 || (letters.length > 1 && letters === letters.toUpperCase())) return true
  }
  return false
}

/** Running copy: at least four words and a capital letter, digit or quotation mark to start. */
function isSentence(text: string): boolean {
  const words = text.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word))
  return words.length >= 4 && /^["'‘“(]?[\p{Lu}\p{N}]/u.test(text.trim())
}
