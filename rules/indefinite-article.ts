import retextIndefiniteArticle from 'retext-indefinite-article'
import type {Parents, Root, RootContent} from 'nlcst'
import {VFile} from 'vfile'
import {toString} from '../src/nlcst.js'
import {defineRule} from '../src/rule.js'
import {visit} from '../src/visit.js'

/** retext-indefinite-article's check, run once on the tree; its messages are re-reported in copydesk's contract. */
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
      const scratch = new VFile({value: text})
      // The library walks every node with unist-util-visit-parents (a closure and an ancestor list
      // per node: a tenth of a warm run); it only needs the sentences that hold an `a` or `an`.
      const holders = articleHolders(tree)
      if (holders.length > 0) detect({type: 'RootNode', children: holders}, scratch)
      for (const message of scratch.messages) {
        const place = message.place
        if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue
        const actual = message.actual ?? ''
        const expected = message.expected?.[0] ?? ''
        const next = /before `([^`]+)`/.exec(message.reason)?.[1] ?? ''
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
})

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

/** The nodes (sentences) holding an `a` or `an`, in document order: all the check looks at. */
function articleHolders(tree: Root): RootContent[] {
  const holders = new Set<Parents>()
  visit(tree, 'WordNode', function (word, _, parent) {
    if (parent && /^an?$/i.test(toString(word))) holders.add(parent)
  })
  return [...holders] as RootContent[]
}
