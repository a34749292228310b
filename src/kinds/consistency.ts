/**
 * The consistency kind: one finding for a group of occurrences of one thing
 * that the article writes in more than one form.
 *
 * The contract (docs/architecture.md): one finding per inconsistent group,
 * placed on the minority form (on a tie, the form that appears later), with
 * the majority form as `expected[0]` and every other occurrence of the group
 * in `data.related`. The reason names both forms and the line of the other.
 *
 *     const split = splitGroup(occurrences)
 *     if (split) report(consistencyFinding(file, split, {
 *       expected: [split.majority.text],
 *       reason: `One compound written two ways: ${hereAndThere(file, split)}; use \`${split.majority.text}\`.`
 *     }))
 */
import type {VFile} from 'vfile'
import type {Finding} from '../rule.js'
import {locate} from '../rule.js'

/** One occurrence of one form of a thing. */
export interface Occurrence {
  /** Half-open offset range of the occurrence: what is flagged and replaced. */
  start: number
  end: number
  /** Occurrences with equal `form` count as written the same way. */
  form: string
  /** How to show the occurrence; defaults to the text of its range. */
  text?: string
}

/** A group that uses more than one form, split for reporting. */
export interface Split<O extends Occurrence> {
  /** The occurrence to flag: the first occurrence of the minority form. */
  flagged: O
  /** The first occurrence of the majority form (the form `expected[0]` should restore). */
  majority: O
  /** Every other occurrence of the group, in document order. */
  related: O[]
  /** How often each form occurs. */
  counts: ReadonlyMap<string, number>
  /** Whether the majority form occurs more often than the flagged form (not a tie). */
  clear: boolean
}

/**
 * Split a group of occurrences of one thing. Undefined when the group uses a
 * single form. The minority form is the rarest; among equally rare forms, the
 * one that first appears later. The majority form is the commonest; among
 * equally common ones, the one that first appears earlier.
 */
export function splitGroup<O extends Occurrence>(
  occurrences: ReadonlyArray<O>,
  /** On a tie, a form this accepts wins over one it does not (e.g. the dictionary's spelling). */
  prefer?: (form: string) => boolean
): Split<O> | undefined {
  const sorted = [...occurrences].sort((a, b) => a.start - b.start)
  const counts = new Map<string, number>()
  const first = new Map<string, O>()
  for (const occurrence of sorted) {
    counts.set(occurrence.form, (counts.get(occurrence.form) ?? 0) + 1)
    if (!first.has(occurrence.form)) first.set(occurrence.form, occurrence)
  }
  if (counts.size < 2) return undefined
  const forms = [...first.keys()]
  // Rank forms by count, then by preference; the later form loses a full tie.
  const rank = (form: string): number => counts.get(form)! * 2 + (prefer?.(form) ? 1 : 0)
  const minority = forms.reduce((best, form) => (rank(form) <= rank(best) ? form : best))
  const majority = forms.reduce((best, form) => (rank(form) > rank(best) ? form : best))
  const flagged = first.get(minority)!
  return {
    flagged,
    majority: first.get(majority)!,
    related: sorted.filter((occurrence) => occurrence !== flagged),
    counts,
    clear: counts.get(majority)! > counts.get(minority)!
  }
}

/** The text to show for an occurrence. */
export function textOf(file: VFile, occurrence: Occurrence): string {
  return occurrence.text ?? String(file.value).slice(occurrence.start, occurrence.end)
}

/** The 1-based line an offset is on. */
export function lineAt(file: VFile, offset: number): number {
  return locate(file).toPoint(offset)?.line ?? 1
}

/**
 * The standard middle of a consistency reason: "`five year` here, `five-year`
 * on line 1" (or "earlier on this line" when both are on one line).
 */
export function hereAndThere<O extends Occurrence>(file: VFile, split: Split<O>): string {
  return `\`${textOf(file, split.flagged)}\` here, \`${textOf(file, split.majority)}\` ${where(file, split)}`
}

/** "on line 5", or "earlier on this line" / "later on this line". */
export function where<O extends Occurrence>(file: VFile, split: Split<O>): string {
  const line = lineAt(file, split.majority.start)
  if (line !== lineAt(file, split.flagged.start)) return `on line ${line}`
  return split.majority.start < split.flagged.start ? 'earlier on this line' : 'later on this line'
}

/**
 * The finding for a split group: placed on the flagged occurrence, the other
 * occurrences as related locations. The rule writes the reason and the fix.
 * A rule that groups differently passes its own `{flagged, related}`.
 */
export function consistencyFinding<O extends Occurrence>(
  split: Pick<Split<O>, 'flagged' | 'related'>,
  finding: {reason: string; expected: ReadonlyArray<string>} & Omit<Finding, 'start' | 'end' | 'node' | 'related'>
): Finding {
  return {
    ...finding,
    start: split.flagged.start,
    end: split.flagged.end,
    related: split.related.map((occurrence) => ({start: occurrence.start, end: occurrence.end}))
  }
}
