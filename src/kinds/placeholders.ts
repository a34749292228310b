/**
 * The placeholders a phrase may use (`{day}`, `{month}` …): a closed list of
 * classes, each matching one word, never a user-written pattern.
 */

/** Placeholder classes, each matching one word. Keep sorted. */
export const placeholderClasses: ReadonlyArray<string> = ['day', 'decade', 'month', 'number', 'ordinal', 'weekday', 'year']

// Keep sorted.
const months: ReadonlyArray<string> = [
  'April', 'August', 'December', 'February', 'January', 'July', 'June', 'March', 'May', 'November', 'October', 'September'
]
// Keep sorted.
const weekdays: ReadonlyArray<string> = ['Friday', 'Monday', 'Saturday', 'Sunday', 'Thursday', 'Tuesday', 'Wednesday']

/**
 * What each class accepts and the values a replacement may use: its own, and
 * for `{ordinal}` (`23rd`) also `{day}` (`23`).
 */
const classTests: Readonly<Record<string, (text: string) => Record<string, string> | undefined>> = {
  day: (text) => (/^(?:[1-9]|[12]\d|3[01])$/.test(text) ? {day: text} : undefined),
  decade: (text) => (/^(?:1\d|20)\d0$/.test(text) ? {decade: text} : undefined),
  month: (text) => (months.includes(text) ? {month: text} : undefined),
  number: (text) => (/^\d+(?:[.,:]\d+)*$/.test(text) ? {number: text} : undefined),
  ordinal: (text) => (/^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/.test(text) ? {ordinal: text, day: text.slice(0, -2)} : undefined),
  weekday: (text) => (weekdays.includes(text) ? {weekday: text} : undefined),
  year: (text) => (/^(?:1\d|20)\d\d$/.test(text) ? {year: text} : undefined)
}

/** The placeholders a replacement may use when the phrase has these classes. */
export function providedBy(classes: Iterable<string>): Set<string> {
  const provided = new Set<string>()
  for (const name of classes) for (const key of Object.keys(classTests[name](sampleValues[name]) ?? {})) provided.add(key)
  return provided
}

/** A value for each class, used to try a replacement against the patterns. */
export const sampleValues: Readonly<Record<string, string>> = {
  day: '23',
  decade: '1990',
  month: 'March',
  number: '12',
  ordinal: '23rd',
  weekday: 'Tuesday',
  year: '2019'
}

/** The values a word gives when it belongs to a class, or undefined. */
export function classValues(name: string, text: string): Record<string, string> | undefined {
  return classTests[name]?.(text)
}
