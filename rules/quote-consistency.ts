/**
 * quote-consistency: quotation marks set two ways in one article. Two groups,
 * one finding each: the marks' style (curly against straight; single against
 * double is not compared, since British papers put single quotes in headlines
 * and double in body copy), and where a full stop or comma stands against the
 * closing mark of a quoted fragment (`caliphate."` against `tonight".`).
 * Quoted sentences are not compared: both styles end them inside the mark.
 * Apostrophes are not quotation marks (src/quotations.ts tells them apart).
 */
import {consistencyFinding, hereAndThere, splitGroup, type Occurrence} from '../src/kinds/consistency.js'
import {placementsOf, quoteMarksOf, type Placement, type QuoteMark} from '../src/mentions/quote-marks.js'
import {defineRule} from '../src/rule.js'

/** The longest quotation (marks included) a curly/straight finding spans. */
const shortQuotation = 80

interface MarkOccurrence extends Occurrence {
  mark: QuoteMark
}

interface PlacementOccurrence extends Occurrence {
  placement: Placement
}

export default defineRule({
  meta: {
    id: 'quote-consistency',
    description:
      'Quotation marks set two ways in one article: curly and straight marks mixed, or a full stop or comma placed both inside and outside the closing mark of quoted fragments.',
    category: 'consistency',
    severity: 'warning',
    fixable: true,
    scope: 'document',
    examples: [
      {
        bad: 'The minister called the plan “reckless”. Her deputy said it was "overdue" and "costly".',
        good: 'The minister called the plan "reckless". Her deputy said it was "overdue" and "costly".'
      },
      {
        bad: 'He called the strike "unnecessary". She called it "overdue." Both spoke on Monday.',
        good: 'He called the strike "unnecessary". She called it "overdue". Both spoke on Monday.'
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      reportStyles(quoteMarksOf(tree, file))
      reportPlacements(placementsOf(tree, file))
    }

    /**
     * Curly and straight marks mixed (single quotes in a headline and double in
     * the body is house style, not this). When both marks of the flagged
     * quotation are of the minority style and the quotation is short, the
     * finding spans it so that one fix changes both; otherwise it is on the
     * mark, and fixing again changes the other.
     */
    function reportStyles(marks: QuoteMark[]): void {
      const split = splitGroup<MarkOccurrence>(marks.map((mark) => ({start: mark.start, end: mark.end, form: mark.style, mark})))
      if (!split) return
      const {mark} = split.flagged
      const partner = marks.find((other) => other !== mark && other.quotation === mark.quotation && other.style === mark.style)
      let flagged = split.flagged
      let related = split.related
      let expected = counterpart(mark)
      if (partner && mark.role === 'open' && partner.end - mark.start <= shortQuotation) {
        const text = String(file.value)
        flagged = {...flagged, end: partner.end}
        related = related.filter((occurrence) => occurrence.mark !== partner)
        expected = expected + text.slice(mark.end, partner.start) + counterpart(partner)
      }
      report(
        consistencyFinding(
          {flagged, related},
          {
            expected: [expected],
            reason:
              `${hereAndThere(file, split)}: ${mark.style} and ${mark.style === 'curly' ? 'straight' : 'curly'} ` +
              `quotation marks mixed; use \`${counterpart(mark)}\`.`
          }
        )
      )
    }

    /** `caliphate."` and `tonight".` in one article: quoted fragments punctuated two ways. */
    function reportPlacements(placements: Placement[]): void {
      const split = splitGroup<PlacementOccurrence>(
        placements.map((placement) => ({
          start: placement.start,
          end: placement.end,
          form: placement.inside ? 'inside' : 'outside',
          text: placement.display,
          placement
        }))
      )
      if (!split) return
      const {placement} = split.flagged
      // Name the other style with the same mark where there is one: `tonight".` against `caliphate."`.
      const other =
        split.related.find((occurrence) => occurrence.form !== split.flagged.form && occurrence.placement.punctuation === placement.punctuation) ??
        split.majority
      const shown = {...split, majority: other}
      const mark = String(file.value)[placement.inside ? placement.end - 1 : placement.start]
      const expected = placement.inside ? mark + placement.punctuation : placement.punctuation + mark
      report(
        consistencyFinding(split, {
          expected: [expected],
          reason:
            `${hereAndThere(file, shown)}: the ${placement.punctuation === '.' ? 'full stop' : 'comma'} after a quoted ` +
            `fragment goes ${placement.inside ? 'inside' : 'outside'} the closing mark here and ` +
            `${placement.inside ? 'outside' : 'inside'} it there; use \`${expected}\`.`
        })
      )
    }
  }
})

/** The mark of the other style, same weight and role: `‘` → `'`, `"` → `“` or `”`. */
function counterpart(mark: QuoteMark): string {
  if (mark.style === 'curly') return mark.weight === 'double' ? '"' : "'"
  if (mark.weight === 'double') return mark.role === 'open' ? '“' : '”'
  return mark.role === 'open' ? '‘' : '’'
}
