import {isMonth, isWeekday, lowerOf} from '../src/mentions/index.js'
import {tokenLines, type Token, type TokenLine} from '../src/mentions/tokens.js'
import {inQuotation, isInsideQuotation} from '../src/quotations.js'
import {defineRule, type Report} from '../src/rule.js'

const weekdayNames: ReadonlyArray<string> = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

const monthNumbers: Readonly<Record<string, number>> = {
  apr: 4, april: 4, aug: 8, august: 8, dec: 12, december: 12, feb: 2, february: 2, jan: 1, january: 1, jul: 7,
  july: 7, jun: 6, june: 6, mar: 3, march: 3, may: 5, nov: 11, november: 11, oct: 10, october: 10, sep: 9,
  sept: 9, september: 9
}

/** Days a relative word lies after "today": "yesterday (Thursday)" makes today a Friday. */
const relativeDays: Readonly<Record<string, number>> = {today: 0, tomorrow: 1, tonight: 0, yesterday: -1}

/** A weekday written next to a full date: "Thursday, 22 March 2019". */
interface DatedWeekday {
  weekday: Token
  /** 0 (Sunday) to 6 (Saturday) as written and as the calendar has it. */
  written: number
  actual: number
  /** The date as written, for the reason: "22 March 2019". */
  date: {text: string; start: number; end: number}
  line: TokenLine
}

export default defineRule({
  meta: {
    id: 'date-consistency',
    description: 'A weekday that does not match its date, like “Thursday, 22 March 2019” (a Friday); and “yesterday (Wednesday)” against the dateline.',
    category: 'consistency',
    severity: 'warning',
    fixable: true,
    scope: 'document',
    examples: [
      {
        bad: 'Parliament votes again\nMPs will vote again on Thursday, 22 March 2019, the Speaker said.',
        good: 'Parliament votes again\nMPs will vote again on Friday, 22 March 2019, the Speaker said.'
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      // Both checks need a weekday name in capitals on the line: other lines are left out at once.
      const lines = tokenLines(tree).filter(hasWeekday)
      const dated = datedWeekdays(lines)
      for (const entry of dated) {
        if (entry.written === entry.actual) continue
        const fixed = styled(entry.weekday.text, entry.actual)
        report(
          inQuotation(tree, file, {
            start: entry.weekday.start,
            end: entry.weekday.start + letters(entry.weekday.text).length,
            expected: [fixed],
            reason: `Unexpected \`${letters(entry.weekday.text)}\` for ${entry.date.text}, which was a ${weekdayNames[entry.actual]}; expected \`${fixed}\`.`
          })
        )
      }
      relativeDaysAgainstDateline(lines, dated, (start, end) => isInsideQuotation(tree, file, start, end), report)
    }
  }
})

/** The word's letters without a full stop: "Thurs." → "Thurs". */
function letters(text: string): string {
  return text.replace(/\.$/, '')
}

/** The weekday's index from its name or abbreviation ("Thurs" → 4). */
function weekdayIndex(text: string): number {
  const lower = letters(text).toLowerCase()
  return weekdayNames.findIndex((name) => name.toLowerCase().startsWith(lower.slice(0, 3)))
}

/** The right weekday written the way the wrong one was: full or short, capitals or not. */
function styled(written: string, index: number): string {
  const word = letters(written)
  const full = weekdayNames.some((name) => name.toLowerCase() === word.toLowerCase())
  const name = full ? weekdayNames[index] : weekdayNames[index].slice(0, 3)
  return word.length > 1 && word === word.toUpperCase() ? name.toUpperCase() : name
}

/** The tokens of a line without white space, with their index in the line. */
function solid(line: TokenLine): Token[] {
  return line.tokens.filter((token) => token.type !== 'space')
}

function dayOf(token: Token | undefined): number | undefined {
  const match = token?.type === 'word' ? /^(\d{1,2})(?:st|nd|rd|th)?\.?$/i.exec(token.text) : null
  const day = match ? Number(match[1]) : undefined
  return day !== undefined && day >= 1 && day <= 31 ? day : undefined
}

function monthOf(token: Token | undefined): number | undefined {
  if (token?.type !== 'word' || !/^\p{Lu}/u.test(token.text) || !isMonth(token.text)) return undefined
  return monthNumbers[lowerOf(token).replace(/\.$/, '')]
}

function yearOf(token: Token | undefined): number | undefined {
  const match = token?.type === 'word' ? /^(\d{4})\.?$/.exec(token.text) : null
  const year = match ? Number(match[1]) : undefined
  return year !== undefined && year >= 1583 && year <= 2999 ? year : undefined
}

/** A weekday name in capitals: "Thursday", "Thurs.". */
function isCapitalisedWeekday(token: Token | undefined): boolean {
  if (token?.type !== 'word') return false
  // Only F, M, S, T and W start a weekday name in capitals: other words are out before the name test.
  const first = token.text.charCodeAt(0)
  if (first !== 70 && first !== 77 && first !== 83 && first !== 84 && first !== 87) return false
  return isWeekday(token.text) && /^\p{Lu}/u.test(token.text)
}

function hasWeekday(line: TokenLine): boolean {
  return line.tokens.some(isCapitalisedWeekday)
}

function isPunctuation(token: Token | undefined, ...marks: string[]): boolean {
  return token !== undefined && token.type !== 'word' && marks.includes(token.text)
}

/**
 * Every capitalised weekday followed by a full date with its year: "Thursday,
 * 22 March 2019", "Thursday March 22, 2019", "Sunday the 1st of June 2019".
 * Without a year nothing is inferred.
 */
function datedWeekdays(lines: ReadonlyArray<TokenLine>): DatedWeekday[] {
  const result: DatedWeekday[] = []
  for (const line of lines) {
    const tokens = solid(line)
    tokens.forEach(function (weekday, index) {
      if (!isCapitalisedWeekday(weekday)) return
      let at = index + 1
      if (isPunctuation(tokens[at], ',')) at++
      if (lowerOf(tokens[at]) === 'the') at++
      const first = tokens[at]
      let day = dayOf(tokens[at])
      let month: number | undefined
      if (day !== undefined) {
        at++
        if (lowerOf(tokens[at]) === 'of') at++
        month = monthOf(tokens[at])
        if (month === undefined) return
        at++
      } else {
        month = monthOf(tokens[at])
        if (month === undefined) return
        at++
        if (isPunctuation(tokens[at], '.')) at++
        day = dayOf(tokens[at])
        if (day === undefined) return
        at++
      }
      if (isPunctuation(tokens[at], '.') && !/\d/.test(tokens[at - 1].text)) at++
      if (isPunctuation(tokens[at], ',')) at++
      const year = yearOf(tokens[at])
      if (year === undefined) return
      const date = new Date(Date.UTC(year, month - 1, day))
      // "31 April" is no date: leave it to the writer.
      if (date.getUTCMonth() !== month - 1) return
      const last = tokens[at]
      const end = last.end - (/\.$/.test(last.text) ? 1 : 0)
      result.push({
        weekday,
        written: weekdayIndex(weekday.text),
        actual: date.getUTCDay(),
        date: {text: lineText(line, first.start, end), start: first.start, end},
        line
      })
    })
  }
  return result
}

function lineText(line: TokenLine, start: number, end: number): string {
  return line.tokens
    .filter((token) => token.start >= start && token.end <= end)
    .map((token) => token.text)
    .join('')
    .slice(0, end - start)
}

/** An anchor that says which weekday "today" is. */
interface Anchor {
  /** 0 (Sunday) to 6 (Saturday). */
  today: number
  start: number
  end: number
  text: string
  line: number
  /** The weekday the anchor's weekday word should be if today were another day. */
  shift: number
  dateline: boolean
}

/**
 * "Yesterday (Thursday)" or "today, Friday," tie a relative day to a weekday;
 * a dateline gives today's weekday. Only these explicit pairings are compared
 * (info, never fixed): a bare "yesterday" cannot be checked against a date.
 */
function relativeDaysAgainstDateline(
  lines: ReadonlyArray<TokenLine>,
  dated: DatedWeekday[],
  quoted: (start: number, end: number) => boolean,
  report: Report
): void {
  const anchors: Anchor[] = []
  for (const line of lines) {
    const tokens = solid(line)
    if (line.kind === 'dateline') {
      const weekday = tokens.find(isCapitalisedWeekday)
      if (weekday) {
        const entry = dated.find((item) => item.weekday === weekday)
        const today = entry ? entry.actual : weekdayIndex(weekday.text)
        anchors.push({today, start: weekday.start, end: weekday.end, text: entry ? `${letters(weekday.text)}, ${entry.date.text}` : letters(weekday.text), line: line.line, shift: 0, dateline: true})
      }
      continue
    }
    tokens.forEach(function (word, index) {
      const mark = tokens[index + 1]
      const weekday = tokens[index + 2]
      if (!isPunctuation(mark, ',', '(') || !isCapitalisedWeekday(weekday)) return
      const offset = relativeDays[lowerOf(word)]
      // A speaker's "yesterday" counts from the day they spoke.
      if (offset === undefined || quoted(word.start, word.end)) return
      // "today, Friday," / "yesterday (Thursday)": the weekday must close the aside.
      const close = tokens[index + 3]
      if (close !== undefined && !isPunctuation(close, ...(mark.text === '(' ? [')'] : [',', '.', ';', ':']))) return
      const today = (weekdayIndex(weekday.text) - offset + 7) % 7
      anchors.push({today, start: weekday.start, end: weekday.start + letters(weekday.text).length, text: `${word.text} (${letters(weekday.text)})`, line: line.line, shift: offset, dateline: false})
    })
  }
  const first = anchors.find((anchor) => anchor.dateline) ?? anchors[0]
  if (!first) return
  for (const anchor of anchors) {
    if (anchor === first || anchor.today === first.today) continue
    const expected = weekdayNames[(first.today + anchor.shift + 7) % 7]
    report({
      start: anchor.start,
      end: anchor.end,
      severity: 'info',
      fixable: false,
      expected: [expected],
      reason: `\`${anchor.text}\` makes today a ${weekdayNames[anchor.today]}, but ${first.dateline ? 'the dateline' : `\`${first.text}\``} on line ${first.line} makes it a ${weekdayNames[first.today]}; expected \`${expected}\`.`,
      related: [{start: first.start, end: first.end}]
    })
  }
}
