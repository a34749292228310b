/**
 * What a paragraph (a line of a plain-text article) is. Rules use it to leave
 * display text alone (headline style, no full stops) and to hold body copy to
 * sentence rules.
 *
 * The kinds are told apart by position and form, as a copy editor does:
 * - `headline`: the first line.
 * - `standfirst`: the line right after the headline when it has no closing
 *   full stop (a deck or summary, written like a headline).
 * - `byline`: "By Jane Smith, Security Correspondent", "Reporting by …".
 * - `dateline`: a short line that is only a date or time, or a place in
 *   capitals followed by a comma ("BEIRUT, March 23").
 * - `list-item`: a line that starts with a bullet or an item number, an
 *   unpunctuated line that starts with a short label and a colon
 *   ("Replacements: …"), a long unpunctuated run of capitalised names, or
 *   an unpunctuated line next to a date line (a fact box).
 * - `caption`: "Photo: …", "Pictured: …", or a line ending in a photo credit.
 * - `residue`: web page furniture ("Post a Comment", "Advertisement"), see
 *   page-furniture.ts.
 * - `pull-quote`: a line with no closing full stop that is wholly in
 *   quotation marks or repeats words found in another paragraph.
 * - `subhead`: a short line in capitals or title case, or a line of at most
 *   six words with no closing punctuation.
 * - `teaser`: related-story headlines after the end of the article: the run
 *   of unpunctuated lines at the end of the document, when it is next to page
 *   furniture or longer than one line.
 * - `body`: everything else: running copy.
 *
 * In markdown and HTML the markup says what some blocks are (`# headings`,
 * list items, table cells, figure captions: see block-kind.ts); those kinds
 * are taken as given, and the other paragraphs are classified as above.
 */
import type {Paragraph, Root} from 'nlcst'
import {givenKind} from './block-kind.js'
import {classOf, hasLetter, lettersInCapitals, otherClass} from './char-class.js'
import {paragraphsOf, toString} from './nlcst.js'
import {furnitureOf, furnitureOfLine, normalizeLine, type Furniture} from './page-furniture.js'
import {lastAtOrBelow} from './sorted-search.js'

export type ParagraphKind =
  | 'headline'
  | 'standfirst'
  | 'byline'
  | 'dateline'
  | 'list-item'
  | 'caption'
  | 'residue'
  | 'pull-quote'
  | 'subhead'
  | 'teaser'
  | 'body'

interface Classified {
  kinds: Map<Paragraph, ParagraphKind>
  /** What page furniture each paragraph is, if any (whatever its kind: scrape-residue reports every one). */
  furniture: Map<Paragraph, Furniture | undefined>
}

const cache = new WeakMap<Root, Classified>()

function classified(tree: Root): Classified {
  let result = cache.get(tree)
  if (!result) {
    result = classifyAll(paragraphsOf(tree))
    cache.set(tree, result)
  }
  return result
}

/** Classify every paragraph of the document once. */
export function paragraphKinds(tree: Root): Map<Paragraph, ParagraphKind> {
  return classified(tree).kinds
}

export function kindOf(tree: Root, paragraph: Paragraph): ParagraphKind {
  return classified(tree).kinds.get(paragraph) ?? 'body'
}

/** What page furniture a paragraph of the document is (`furnitureOf` its text), found once per document. */
export function furnitureIn(tree: Root, paragraph: Paragraph): Furniture | undefined {
  const {furniture} = classified(tree)
  return furniture.has(paragraph) ? furniture.get(paragraph) : furnitureOf(toString(paragraph))
}

const terminal = /[.!?…]/
const closing = /[\s"'’”»)\]]/

/** Whether a paragraph's text ends a sentence: `.`, `!`, `?` or `…`, then any closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  const line = text.trim()
  let index = line.length - 1
  while (index >= 0 && closing.test(line[index])) index--
  return index >= 0 && terminal.test(line[index])
}

function classifyAll(paragraphs: Paragraph[]): Classified {
  const texts = paragraphs.map((paragraph) => normalizeLine(toString(paragraph)))
  const furniture = texts.map(furnitureOfLine)
  const flats = new Flats(texts)
  const kinds = texts.map((text, index) => givenKind(paragraphs[index]) ?? classify(text, index, furniture[index], flats))
  markTeasers(texts, kinds)
  markFactBoxes(texts, kinds)
  const result: Classified = {kinds: new Map(), furniture: new Map()}
  paragraphs.forEach(function (paragraph, index) {
    result.kinds.set(paragraph, kinds[index])
    result.furniture.set(paragraph, furniture[index])
  })
  return result
}

const bullet = /^(?:[-*•·▪‣◦–—]|\d{1,2}[.)]|\(?[a-z]\))\s+/u
/** One to three words and a colon at the start of a line. */
const labelled = /^\p{Lu}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,2}: /u
const byline = /^(?:[Bb]y\s+\p{Lu}|(?:[Aa]dditional |[Ww]riting and )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch) by\s+\p{Lu})/u
const captionStart = /^(?:photo|photograph|picture|pictured|image|caption|credit|video|watch|graphic|map|above|below|top|inset)\s*:/iu
const creditEnd = /[([](?:[^()[\]]*\b(?:getty|afp|reuters|ap|pa|epa|shutterstock|alamy|handout|supplied|file photo)\b[^()[\]]*)[)\]]$|\s[|/]\s*(?:getty images|afp|reuters|ap|pa|epa)$/iu
const month = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu
const dateWords = /\b(?:am|pm|gmt|bst|est|edt|cet|utc|updated|published|last|on|at)\b/giu
/** A time on its own: "1600 GMT", "10:30 am". */
const clock = /^\d{1,2}[:.]?\d{2}\s*(?:gmt|bst|utc|est|edt|cet|[ap]\.?m\.?)?$/iu
const placeDateline = /^\p{Lu}[\p{Lu} .'-]+,/u
/** Words left in lower case in title-case headings. */
const minor = /^(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|on|or|the|to|vs|with)$/iu

function classify(text: string, index: number, furniture: Furniture | undefined, flats: Flats): ParagraphKind {
  if (index === 0) return 'headline'
  if (furniture) return 'residue'
  if (bullet.test(text)) return 'list-item'
  return endsSentence(text) ? classifyClosed(text) : classifyOpen(text, index, flats)
}

/** A line that ends a sentence: a caption, a short line in display case, or body copy. */
function classifyClosed(text: string): ParagraphKind {
  if (isCaption(text)) return 'caption'
  // Most lines are body paragraphs of many words: counted only as far as needed.
  if (!moreWordsThan(text, 12) && isDisplayCase(wordsOf(text))) return 'subhead'
  return 'body'
}

/** A line without a closing full stop: display text of some kind, or body copy that lost its stop. */
function classifyOpen(text: string, index: number, flats: Flats): ParagraphKind {
  const words = wordsOf(text)
  if (words.length <= 15 && byline.test(text)) return 'byline'
  if (words.length <= 10 && isDateline(text)) return 'dateline'
  if (isCaption(text)) return 'caption'
  // "Replacements: Smith for Jones (60), …", "Venue: Wembley": a labelled list or fact box.
  if (labelled.test(text)) return 'list-item'
  if (whollyQuoted(text) || flats.repeatsAnother(index)) return 'pull-quote'
  if (index === 1) return 'standfirst'
  if (words.length <= 12 && isDisplayCase(words)) return 'subhead'
  // A long unpunctuated line of capitalised words is a run of names (a shortlist, a cast), not a sentence.
  if (isDisplayCase(words)) return 'list-item'
  // A short line that ends in a colon introduces what follows: body copy.
  if (!text.endsWith(':') && words.length <= 6) return 'subhead'
  return 'body'
}

function isCaption(text: string): boolean {
  return captionStart.test(text) || (mayEndInCredit(text) && creditEnd.test(text))
}

/** The line's words: what stands between its spaces, with a letter or a number. */
function wordsOf(text: string): string[] {
  return text.split(' ').filter(hasLetterOrNumber)
}

/** Whether the line has more than `limit` words (`wordsOf`), read no further than that. */
function moreWordsThan(text: string, limit: number): boolean {
  let count = 0
  let solid = false
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.codePointAt(index)! : 0x20
    if (code === 0x20) {
      if (solid && ++count > limit) return true
      solid = false
      continue
    }
    if (!solid && classOf(code) !== otherClass) solid = true
    if (code > 0xffff) index++
  }
  return false
}

/** Whether a word has a letter or a number (`\p{L}`, `\p{N}`). */
function hasLetterOrNumber(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.codePointAt(index)!
    if (classOf(code) !== otherClass) return true
    if (code > 0xffff) index++
  }
  return false
}

/**
 * What `creditEnd` needs at the end of the line, tested first because the
 * expression looks for a bracket anywhere: a closing bracket, or the last
 * letter of an agency (`s`, `p`, `a`, and `ſ`, which case-insensitive
 * Unicode matching takes for `s`).
 */
function mayEndInCredit(text: string): boolean {
  return text.length > 0 && ')]sSſpPaA'.includes(text[text.length - 1])
}

/** A place in capitals and a comma ("BEIRUT, March 23"), or only a date and time ("Saturday 23 March 2019, 10:45 GMT"). */
function isDateline(text: string): boolean {
  if (placeDateline.test(text) || clock.test(text)) return true
  if (!month.test(text) || !/\d/.test(text)) return false
  const rest = text.replace(new RegExp(month.source, 'giu'), '').replace(dateWords, '')
  return !/\p{Ll}{3,}/u.test(rest)
}

/** All letters in capitals, or most words capitalised (title case). */
function isDisplayCase(words: ReadonlyArray<string>): boolean {
  if (words.some(hasLetter) && words.every(lettersInCapitals)) return true
  const major = words.filter((word) => hasLetter(word) && !minor.test(word.replace(/[^\p{L}]/gu, '')))
  if (major.length < 2) return false
  const capitalised = major.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word))
  return capitalised.length / major.length >= 0.75
}

function whollyQuoted(text: string): boolean {
  return /^["“‘']/u.test(text) && /["”’']$/u.test(text)
}

/** Lower case letters and digits only, single-spaced: the runs of letters and numbers (`\p{L}`, `\p{N}`) joined by spaces. */
export function flatten(text: string): string {
  const lower = text.toLowerCase()
  const runs: string[] = []
  let from = -1
  let index = 0
  while (index < lower.length) {
    const code = lower.codePointAt(index)!
    if (classOf(code) !== otherClass) {
      if (from < 0) from = index
    } else if (from >= 0) {
      runs.push(lower.slice(from, index))
      from = -1
    }
    index += code > 0xffff ? 2 : 1
  }
  if (from >= 0) runs.push(lower.slice(from))
  return runs.join(' ')
}

/**
 * The paragraphs' flattened texts, for telling whether one repeats another.
 * An article has a handful of lines to look up: for each, the paragraphs
 * whose lower-case text holds the line's longest word are found and only
 * those flattened. A long text has many: past `probedLines`, every paragraph
 * is flattened once and its words indexed, and each line is looked up in the
 * paragraphs holding its rarest word.
 */
class Flats {
  private readonly flat: Array<string | undefined>
  private lowered: Joined | undefined
  private holders: Map<string, number[]> | undefined
  private probed = 0

  constructor(private readonly texts: ReadonlyArray<string>) {
    this.flat = new Array(texts.length)
  }

  /** The paragraph's words (at least four) appear inside another, longer paragraph. */
  repeatsAnother(index: number): boolean {
    const own = this.flatOf(index)
    const words = own.split(' ')
    if (words.length < 4) return false
    return ++this.probed <= probedLines ? this.probe(index, own, words) : this.search(index, own, words)
  }

  /** A paragraph holding `own` holds its longest word in its lower-case text: only those are flattened. */
  private probe(index: number, own: string, words: ReadonlyArray<string>): boolean {
    const probe = words.reduce((longest, word) => (word.length > longest.length ? word : longest))
    const {joined, starts} = (this.lowered ??= joinedOf(this.texts.map((text) => text.toLowerCase())))
    let at = joined.indexOf(probe)
    while (at !== -1) {
      const position = paragraphAt(starts, at)
      if (position !== index && holds(this.flatOf(position), own)) return true
      if (position + 1 >= starts.length) break
      at = joined.indexOf(probe, starts[position + 1])
    }
    return false
  }

  /** The paragraphs holding the line's rarest word (all of them flattened, once): only those can hold the line. */
  private search(index: number, own: string, words: ReadonlyArray<string>): boolean {
    const holders = (this.holders ??= this.indexWords())
    let fewest: ReadonlyArray<number> | undefined
    for (const word of words) {
      const found = holders.get(word)
      if (!found) return false
      if (!fewest || found.length < fewest.length) fewest = found
    }
    for (const position of fewest!) if (position !== index && holds(this.flatOf(position), own)) return true
    return false
  }

  /** For each word of the flattened paragraphs, the paragraphs holding it, in order. */
  private indexWords(): Map<string, number[]> {
    const holders = new Map<string, number[]>()
    for (let position = 0; position < this.texts.length; position++) {
      const flat = this.flatOf(position)
      if (flat.length === 0) continue
      for (const word of flat.split(' ')) {
        const found = holders.get(word)
        if (!found) holders.set(word, [position])
        else if (found[found.length - 1] !== position) found.push(position)
      }
    }
    return holders
  }

  private flatOf(index: number): string {
    return (this.flat[index] ??= flatten(this.texts[index]))
  }
}

/** How many lines are looked up by their longest word before every paragraph is flattened. */
const probedLines = 8

/** Whether a longer flattened paragraph holds the words of `own` (also flattened), whole. */
function holds(other: string, own: string): boolean {
  return other.length > own.length && ` ${other} `.includes(` ${own} `)
}

interface Joined {
  /** The texts joined by line breaks. */
  joined: string
  /** Where each text starts in `joined`. */
  starts: number[]
}

function joinedOf(texts: ReadonlyArray<string>): Joined {
  const starts: number[] = []
  let length = 0
  for (const text of texts) {
    starts.push(length)
    length += text.length + 1
  }
  return {joined: texts.join('\n'), starts}
}

/** The paragraph whose text holds offset `at` of the joined texts (binary search). */
function paragraphAt(starts: ReadonlyArray<number>, at: number): number {
  return lastAtOrBelow(starts.length, (index) => starts[index], at)
}

/**
 * An unpunctuated line next to a date line belongs to the same fact box
 * ("Saturday, 26 February" / "1600 GMT" / "BBC1, Radio 4 LW and this website").
 */
function markFactBoxes(texts: ReadonlyArray<string>, kinds: ParagraphKind[]): void {
  kinds.forEach(function (kind, index) {
    if (kind !== 'body' || endsSentence(texts[index])) return
    if (kinds[index - 1] === 'dateline' || kinds[index + 1] === 'dateline') kinds[index] = 'list-item'
  })
}

/**
 * The run of unpunctuated body lines and short lines at the end of the
 * document is a list of related-story headlines when page furniture follows
 * it or it has more than one line; a single last line that lost its full stop
 * stays body copy.
 */
function markTeasers(texts: ReadonlyArray<string>, kinds: ParagraphKind[]): void {
  const run: number[] = []
  let furniture = false
  for (let index = kinds.length - 1; index > 0; index--) {
    const kind = kinds[index]
    if (kind === 'residue') {
      furniture = true
      continue
    }
    if ((kind !== 'body' && kind !== 'subhead') || endsSentence(texts[index])) break
    run.push(index)
  }
  if (run.length > 1 || (run.length === 1 && furniture)) {
    for (const index of run) kinds[index] = 'teaser'
  }
}
