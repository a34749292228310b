import retextIndefiniteArticle from 'retext-indefinite-article'
import type {Parents, Root, Sentence, SentenceContent} from 'nlcst'
import type {Position} from 'unist'
import {VFile} from 'vfile'
import {detach, Memo} from '../src/memo.js'
import {toString} from '../src/nlcst.js'
import {defineRule} from '../src/rule.js'
import {visit} from '../src/visit.js'

/** retext-indefinite-article's check, run on windows of the tree; its messages are re-reported in copydesk's contract. */
const detect = retextIndefiniteArticle() as unknown as (tree: Root, file: VFile) => void

export default defineRule({
  meta: {
    id: 'indefinite-article',
    description: '`a` before a vowel sound or `an` before a consonant sound, like “a event” or “an university”.',
    category: 'typo',
    severity: 'warning',
    fixable: true,
    scope: 'word',
    examples: [{bad: 'Officials called it an unique event.', good: 'Officials called it a unique event.'}]
  },
  create({file, report}) {
    return function (tree) {
      const text = String(file.value)
      for (const window of articleWindows(tree)) {
        for (const verdict of verdictsOn(window)) {
          const place = window.children[verdict.index].position
          if (!place || place.start.offset === undefined || place.end.offset === undefined) continue
          const {actual, expected} = verdict
          const next = /before `([^`]+)`/.exec(verdict.reason)?.[1] ?? ''
          // "a a potential charge": the article is doubled, and repeated-word removes one; fixing both gave "an potential".
          if (/^an?$/i.test(next)) continue
          // "into a into a": the article sits in a repeated phrase, which repeated-word reports.
          const before = wordBefore(text, place.start.offset)
          if (before && before.toLowerCase() === next.toLowerCase()) continue
          report({
            start: place.start.offset,
            end: place.end.offset,
            expected: [expected],
            reason: `Unexpected \`${actual}\` before \`${next}\`, expected \`${expected}\`: the article follows the sound of the next word.`
          })
        }
      }
    }
  }
})

/** One message of the library on a window: the node it is about (by index) and the fields the rule reads. */
interface Verdict {
  index: number
  reason: string
  actual: string
  expected: string
}

/**
 * The library's messages on a window. They depend only on the window's node types and texts,
 * so they are remembered by those: a phrase like "a few" recurs within an article and across
 * the articles a process checks.
 */
const verdicts = new Memo<Verdict[]>(5000)

function verdictsOn(window: Sentence): Verdict[] {
  return verdicts.get(signatureOf(window), () => judge(window))
}

/** The node types and texts of a window, unambiguously (each text after its length). */
function signatureOf(window: Sentence): string {
  let signature = ''
  for (const node of window.children) {
    const value = toString(node)
    signature += `${node.type} ${value.length} ${value}`
  }
  return signature
}

/** Run the library on one window. */
function judge(window: Sentence): Verdict[] {
  const scratch = new VFile()
  detect({type: 'RootNode', children: [window]}, scratch)
  return scratch.messages.map((message) => ({
    index: window.children.indexOf(message.ancestors![message.ancestors!.length - 1] as SentenceContent),
    // Copies: the texts are cut from the document, which a remembered verdict must not keep alive.
    reason: detach(message.reason),
    actual: detach(message.actual ?? ''),
    expected: detach(message.expected?.[0] ?? '')
  }))
}

/**
 * The run of non-space characters before the white space that ends at `offset`, if any. A scan
 * back, not a regular expression over the text before: that was quadratic in long texts.
 */
function wordBefore(text: string, offset: number): string | undefined {
  let end = offset
  while (end > 0 && /\s/.test(text[end - 1])) end--
  if (end === offset) return undefined
  let start = end
  while (start > 0 && !/\s/.test(text[start - 1])) start--
  return start < end ? text.slice(start, end) : undefined
}

/**
 * What the library needs to see of the document: around each `a` or `an`, the nodes from the
 * article to the word after it, as small sentences in document order. Handing it whole sentences
 * made it walk every node of nearly every sentence (unist-util-visit-parents makes a closure, an
 * ancestor list and a renamed function per node) for the few nodes it reads. Articles within
 * reach of each other share one window, so each is checked once with all it can see.
 */
export function articleWindows(tree: Root): Sentence[] {
  const windows: Sentence[] = []
  let parent: Parents | undefined
  let articles: number[] = []
  visit(tree, 'WordNode', function (word, index, wordParent) {
    if (!wordParent || index === undefined || !isArticle(toString(word))) return
    if (wordParent !== parent) {
      if (parent) addWindows(parent, articles, windows)
      parent = wordParent
      articles = []
    }
    articles.push(index)
  })
  if (parent) addWindows(parent, articles, windows)
  return windows
}

/** The library's own test (`a` or `an` in any case), with a length test first: most words are longer. */
function isArticle(text: string): boolean {
  return text.length <= 2 && /^an?$/i.test(text)
}

/** The windows around the articles at `indices` (ascending) of `parent`'s children. */
function addWindows(parent: Parents, indices: ReadonlyArray<number>, windows: Sentence[]): void {
  const children = parent.children as ReadonlyArray<SentenceContent>
  let position = 0
  while (position < indices.length) {
    const start = indices[position]
    let end = lastRead(children, start)
    position++
    while (position < indices.length && indices[position] <= end) {
      end = Math.max(end, lastRead(children, indices[position]))
      position++
    }
    const nodes: SentenceContent[] = []
    // Before an article the library asks only whether any word precedes it in its sentence, and
    // only for a capital `A` (`Station A equals` against `A inquiry`): an empty word stands in.
    if (toString(children[start]) === 'A' && hasWordBefore(children, start)) nodes.push(leafWord(''))
    for (let index = start; index <= end; index++) {
      const node = children[index]
      nodes.push(node.type === 'WordNode' ? leafWord(toString(node), node.position) : node)
    }
    windows.push({type: 'SentenceNode', children: nodes})
  }
}

/**
 * The last of `children` the library reads after the article at `index`: the node after it (a
 * space), the next (the word), and one more only past a punctuation mark (an opening quote).
 */
function lastRead(children: ReadonlyArray<SentenceContent>, index: number): number {
  const last = children.length - 1
  return Math.min(children[index + 2]?.type === 'PunctuationNode' ? index + 3 : index + 2, last)
}

/**
 * A word as one leaf: the library reads a word's text (nlcst-to-string takes a node's `value`
 * when it has one) and its position, and its walk then does not go into the word's children.
 */
function leafWord(value: string, position?: Position): SentenceContent {
  return {type: 'WordNode', value, position} as unknown as SentenceContent
}

function hasWordBefore(children: ReadonlyArray<SentenceContent>, index: number): boolean {
  for (let before = index - 1; before >= 0; before--) if (children[before].type === 'WordNode') return true
  return false
}
