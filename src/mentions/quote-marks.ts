/**
 * Quotation marks, collected once per tree from the document's quotations
 * (src/quotations.ts, which tells them from apostrophes): each mark's style
 * (curly or straight), and where a full stop or comma stands against the
 * closing mark of a quoted fragment (`"caliphate."` or `"tonight".`).
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {quotationsOf, type Quotation} from '../quotations.js'

export type QuoteStyle = 'curly' | 'straight'

export interface QuoteMark {
  start: number
  end: number
  mark: string
  style: QuoteStyle
  weight: 'single' | 'double'
  role: 'open' | 'close'
  quotation: Quotation
}

export interface Placement {
  /** The punctuation and the closing mark, in the order written: `."` or `".`. */
  start: number
  end: number
  punctuation: '.' | ','
  /** The punctuation stands inside the closing mark (`."`), or outside it (`".`). */
  inside: boolean
  /** The last word of the quotation with its punctuation and mark: `caliphate."`. */
  display: string
  quotation: Quotation
}

const curly = new Set(['‘', '’', '“', '”'])
const doubles = new Set(['"', '“', '”'])

const marksCache = new WeakMap<Root, QuoteMark[]>()
const placementsCache = new WeakMap<Root, Placement[]>()

/** Every quotation mark (not apostrophes), in document order. */
export function quoteMarksOf(tree: Root, file: VFile): QuoteMark[] {
  let marks = marksCache.get(tree)
  if (!marks) {
    const text = String(file.value)
    marks = []
    for (const quotation of quotationsOf(tree, file)) {
      marks.push(mark(quotation.start, 'open', quotation))
      if (quotation.closed) marks.push(mark(quotation.end - 1, 'close', quotation))
    }
    marks.sort((a, b) => a.start - b.start)
    marksCache.set(tree, marks)

    function mark(start: number, role: 'open' | 'close', quotation: Quotation): QuoteMark {
      const char = text[start]
      return {
        start,
        end: start + 1,
        mark: char,
        style: curly.has(char) ? 'curly' : 'straight',
        weight: doubles.has(char) ? 'double' : 'single',
        role,
        quotation
      }
    }
  }
  return marks
}

/**
 * Full stops and commas against the closing mark of a quoted fragment: a
 * quotation set into the writer's sentence, opened after a word and starting
 * in lower case or with a figure (`calling it "a disaster".`). Quoted
 * sentences are left out: both British and American style close them with the
 * stop inside.
 */
export function placementsOf(tree: Root, file: VFile): Placement[] {
  let placements = placementsCache.get(tree)
  if (!placements) {
    const text = String(file.value)
    placements = []
    for (const quotation of quotationsOf(tree, file)) {
      if (!quotation.closed || !isFragment(text, quotation)) continue
      const close = quotation.end - 1
      const before = text[close - 1]
      const after = text[close + 1]
      const inside = before === '.' || before === ','
      const outside = after === '.' || after === ','
      if (inside === outside) continue
      const start = inside ? close - 1 : close
      const word = /[\p{L}\p{N}'’-]*$/u.exec(text.slice(quotation.start + 1, inside ? close - 1 : close))![0]
      placements.push({
        start,
        end: start + 2,
        punctuation: (inside ? before : after) as '.' | ',',
        inside,
        display: word + text.slice(start, start + 2),
        quotation
      })
    }
    placementsCache.set(tree, placements)
  }
  return placements
}

function isFragment(text: string, quotation: Quotation): boolean {
  const inner = text.slice(quotation.start + 1, quotation.end - 1)
  // Opened right after a word (`calling it "a`), not after a colon, a comma or at the start.
  const window = text.slice(Math.max(0, quotation.start - 40), quotation.start).split(/\r\n|\r|\n/).pop()!
  const lead = /(\S)[^\S\r\n]*$/u.exec(window)
  if (!lead || !/[\p{L}\p{N}]/u.test(lead[1])) return false
  if (!/^[\p{Ll}\p{N}]/u.test(inner)) return false
  // One sentence at most: no stop, question or exclamation mark before the end.
  return !/[.?!]\s/.test(inner)
}
