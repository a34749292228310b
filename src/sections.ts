/**
 * Very long plain-text documents (a 20 MB file, a book, a data dump) are
 * linted in sections of at most `sectionLength` characters, cut at line
 * breaks (a longer line after a sentence, see `cutWithin`). Each section is
 * linted as a document of its own and its messages are moved back into the
 * whole file, so memory stays bounded by the section (an nlcst tree takes a
 * few hundred bytes per character) and time grows linearly with the length,
 * whatever a rule costs per document. Articles are far shorter than a
 * section: for them nothing changes. What a section loses: document-level
 * findings across sections (two figures 300 KB apart are not compared), and
 * the first line of every section is taken as a headline.
 */
import {VFile} from 'vfile'
import type {EngineSettings} from './engine.js'
import {cutWithin} from './parse.js'
import {memoize} from './memo.js'
import {locate, withoutStackTrace} from './rule.js'
import type {Dialect} from './dictionaries.js'
import {dialectOf} from './variants.js'

/** The most characters linted as one document. */
export const sectionLength = 256 * 1024

/** Where each section ends: at most `length` characters each, cut after a line break where there is one. */
export function sectionEnds(text: string, length = sectionLength): number[] {
  const ends: number[] = []
  let from = 0
  while (text.length - from > length) {
    const limit = from + length
    const lineFeed = text.lastIndexOf('\n', limit - 1)
    const carriageReturn = text.lastIndexOf('\r', limit - 1)
    let cut = Math.max(lineFeed, carriageReturn) + 1
    // A CR LF pair stays whole.
    if (cut === carriageReturn + 1 && text[cut] === '\n') cut++
    if (cut <= from || cut > limit) cut = cutWithin(text, from, limit)
    ends.push(cut)
    from = cut
  }
  ends.push(text.length)
  return ends
}

/** The dialect of a whole text by its spellings (as `detectDialect` counts them), without a tree. */
export function dialectOfText(text: string): Dialect {
  let british = 0
  let american = 0
  for (const [word] of text.matchAll(/[\p{L}\p{M}'’-]+/gu)) {
    const dialect = wordDialect(word)
    if (dialect === 'en-GB') british++
    else if (dialect === 'en-US') american++
  }
  return british > american ? 'en-GB' : 'en-US'
}

/**
 * `dialectOf` a word as written, remembered (src/memo.ts): words recur within
 * an article and across the articles of a warm process, and a small table
 * answers faster than lower-casing and two lookups in the large variant tables.
 */
export const wordDialect: (word: string) => Dialect | null = memoize((word) => dialectOf(word) ?? null, 20_000)

/**
 * Lint a plain-text file section by section with `lintOne`, adding every
 * message to `file` at its place in the whole text. The dialect is decided
 * once for the whole text, so every section spells alike.
 */
export async function lintInSections(
  file: VFile,
  settings: EngineSettings,
  lintOne: (file: VFile, settings: EngineSettings) => Promise<VFile>
): Promise<void> {
  const text = String(file.value)
  const where = locate(file)
  const dialect = settings.dialect === 'auto' ? dialectOfText(text) : settings.dialect
  const sectionSettings: EngineSettings = {...settings, dialect, format: 'plain'}
  let from = 0
  for (const to of sectionEnds(text)) {
    const section = await lintOne(new VFile({path: file.path, value: text.slice(from, to)}), sectionSettings)
    for (const message of section.messages) moveMessage(message, from)
    from = to
  }
  file.data.copydesk = {dialect, words: settings.words}

  /** Re-create a section's message on `file`, its place and related locations moved by `offset`. */
  function moveMessage(message: VFile['messages'][number], offset: number): void {
    const place = message.place && 'start' in message.place ? message.place : undefined
    const start = where.toPoint((place?.start.offset ?? 0) + offset)
    const end = where.toPoint((place?.end.offset ?? place?.start.offset ?? 0) + offset)
    const moved = withoutStackTrace(() =>
      file.message(message.reason, {place: start && end ? {start, end} : undefined, ruleId: message.ruleId, source: message.source})
    )
    moved.fatal = message.fatal
    moved.actual = message.actual
    moved.expected = message.expected
    moved.url = message.url
    moved.note = message.note
    if (message.data) {
      moved.data = {...message.data}
      if (message.data.related) {
        moved.data.related = message.data.related.map(function (other) {
          const point = where.toPoint(other.offset + offset)!
          return {...other, line: point.line, column: point.column, offset: other.offset + offset}
        })
      }
    }
  }
}
