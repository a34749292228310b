/**
 * dialect-consistency: British and American spellings mixed in one article.
 *
 * The marked words come from src/mentions/spellings.ts (lower-case words
 * only, so names keep their spelling: `US Defense Department`, `Pearl
 * Harbor`). The majority dialect is counted here over those words rather than
 * taken from `file.data.copydesk.dialect`, whose detector also counts names;
 * a tie goes the contract's way (the later dialect is flagged).
 *
 * Grouping: a dialect mix is spread over many words (`travelling` against
 * `traveling`, but also `minimise` against `emphasized`), so one finding per
 * document would fix one word and hide the rest, and one per occurrence would
 * repeat itself. The group is one word family in the minority spelling: one
 * finding on its first occurrence, with its other occurrences and every
 * majority-dialect word as related locations, and the majority spelling as
 * the fix.
 */
import {consistencyFinding, lineAt, splitGroup, type Occurrence} from '../src/kinds/consistency.js'
import {spellingsOf, type SpellingMention} from '../src/mentions/spellings.js'
import {inQuotation} from '../src/quotations.js'
import {defineRule} from '../src/rule.js'

const names = {'en-GB': 'British', 'en-US': 'American'} as const

export default defineRule({
  meta: {
    id: 'dialect-consistency',
    description: 'British and American spellings mixed in one article (`organisation` and `organization`, `travelled` and `traveling`).',
    category: 'consistency',
    severity: 'warning',
    fixable: true,
    scope: 'document',
    examples: [
      {
        bad: 'The organisation said the centre would reopen. Its spokesman apologized for the delay.',
        good: 'The organisation said the centre would reopen. Its spokesman apologised for the delay.'
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      let mentions = spellingsOf(tree)
      // Oxford spelling is British with -ize: when the article never writes -ise and its other
      // marked words are mostly British, its -ize words are consistent and do not count.
      const other = mentions.filter((mention) => !mention.ize)
      const british = other.filter((mention) => mention.dialect === 'en-GB').length
      if (!mentions.some((mention) => mention.ize && mention.dialect === 'en-GB') && british * 2 > other.length) {
        mentions = other
      }
      const split = splitGroup(mentions.map((mention) => ({start: mention.start, end: mention.end, form: mention.dialect})))
      if (!split) return
      const minority = split.flagged.form
      const majority = mentions.filter((mention) => mention.dialect !== minority)
      const families = new Map<string, SpellingMention[]>()
      for (const mention of mentions) {
        if (mention.dialect !== minority) continue
        const family = families.get(mention.family) ?? []
        family.push(mention)
        families.set(mention.family, family)
      }
      const counts = `${majority.length} to ${mentions.length - majority.length}`
      const mark = (mention: SpellingMention): Occurrence => ({start: mention.start, end: mention.end, form: mention.dialect})
      for (const [family, wrong] of families) {
        const flagged = wrong[0]
        // Show the same word in the majority spelling if the article has it, else the first majority word.
        const shown = majority.find((mention) => mention.family === family) ?? majority[0]
        const expected = flagged.counterpart
        const others = [...wrong.slice(1), ...majority].sort((a, b) => a.start - b.start)
        const finding = consistencyFinding(
          {flagged: mark(flagged), related: others.map(mark)},
          {
            expected: [expected],
            reason:
              `\`${flagged.text}\` is ${names[flagged.dialect]} spelling, \`${shown.text}\` on line ${lineAt(file, shown.start)} ` +
              `${names[shown.dialect]}: the article mostly uses ${names[shown.dialect]} spelling (${counts}); use \`${expected}\`.`
          }
        )
        report(inQuotation(tree, file, finding))
      }
    }
  }
})
