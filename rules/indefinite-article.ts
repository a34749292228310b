import retextIndefiniteArticle from 'retext-indefinite-article'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {defineRule} from '../src/rule.js'

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
      detect(tree, scratch)
      for (const message of scratch.messages) {
        const place = message.place
        if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue
        const actual = message.actual ?? ''
        const expected = message.expected?.[0] ?? ''
        const next = /before `([^`]+)`/.exec(message.reason)?.[1] ?? ''
        // "into a into a": the article sits in a repeated phrase, which repeated-word reports.
        const before = /(\S+)\s+$/.exec(text.slice(0, place.start.offset))?.[1]
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
