import {paragraphsOf, startOf, toString} from '../src/nlcst.js'
import {furnitureIn} from '../src/paragraph-kind.js'
import {defineRule} from '../src/rule.js'

export default defineRule({
  meta: {
    id: 'scrape-residue',
    description: 'Web page furniture left in the text, like “Post a Comment”, “Share this article” or “Advertisement”.',
    category: 'residue',
    severity: 'error',
    // Deleting a line changes the article's structure: an editor should see it first.
    fixable: false,
    scope: 'paragraph',
    examples: [
      {
        bad: 'The inquiry will resume on Monday.\nShare this article',
        good: 'The inquiry will resume on Monday.'
      }
    ]
  },
  create({report}) {
    return function (tree) {
      for (const paragraph of paragraphsOf(tree)) {
        const furniture = furnitureIn(tree, paragraph)
        if (!furniture) continue
        const text = toString(paragraph)
        const line = text.trim()
        const start = startOf(paragraph) + text.indexOf(line)
        report({
          start,
          end: start + line.length,
          reason: `\`${line.length > 60 ? line.slice(0, 57) + '…' : line}\` is web page residue (${furniture.label}), not part of the article; delete the line.`
        })
      }
    }
  }
})
