/**
 * agreement-consistency: British usage lets a collective subject take a
 * singular or a plural verb (`ISIS has`, `ISIS have`); mixing them in one
 * article is the error. The pairs come from src/mentions/agreements.ts (clear
 * subject–verb pairs only). Quotations neither count nor are flagged: a
 * speaker's grammar is reported as spoken, and a quoted `the team are` does
 * not make the narration's `the team is` wrong.
 */
import {consistencyFinding, hereAndThere, splitGroup, type Occurrence} from '../src/kinds/consistency.js'
import {agreementsOf, type Agreement} from '../src/mentions/agreements.js'
import {isInsideQuotation} from '../src/quotations.js'
import {defineRule} from '../src/rule.js'

interface Pairing extends Occurrence {
  agreement: Agreement
}

export default defineRule({
  meta: {
    id: 'agreement-consistency',
    description: 'One collective subject treated as singular and as plural in one article (`the council has`, `the council have`).',
    category: 'consistency',
    severity: 'warning',
    fixable: true,
    scope: 'document',
    examples: [
      {
        bad: 'The council has approved the budget. The council have also frozen parking charges.',
        good: 'The council has approved the budget. The council has also frozen parking charges.'
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      const groups = new Map<string, Pairing[]>()
      for (const agreement of agreementsOf(tree)) {
        // A quotation is the speaker's grammar, not the writer's: it neither counts nor is flagged.
        if (isInsideQuotation(tree, file, agreement.subject.start, agreement.verb.end)) continue
        const group = groups.get(agreement.key) ?? []
        group.push({
          start: agreement.verb.start,
          end: agreement.verb.end,
          form: agreement.number,
          text: String(file.value).slice(agreement.subject.start, agreement.verb.end),
          agreement
        })
        groups.set(agreement.key, group)
      }
      for (const group of groups.values()) {
        const split = splitGroup(group)
        if (!split) continue
        const {agreement} = split.flagged
        report(
          consistencyFinding(split, {
            expected: [agreement.other],
            reason:
              `${hereAndThere(file, split)}: \`${agreement.subject.text}\` is treated as ${agreement.number} here ` +
              `and as ${agreement.number === 'plural' ? 'singular' : 'plural'} elsewhere; use \`${agreement.other}\`.`
          })
        )
      }
    }
  }
})
