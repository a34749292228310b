/** Three rows of the distance table, kept from call to call (grown as needed). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]

/**
 * Edit distance between two strings: insertions, deletions, substitutions and
 * swaps of two neighbouring characters each cost one (optimal string
 * alignment, the Damerau–Levenshtein distance most spell checkers use).
 * `limit` stops early: any distance above it is returned as `limit + 1`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const width = b.length + 1
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)]
  // The row before the previous one, the previous one, this one.
  let [before, previous, current] = rows
  for (let j = 0; j < width; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    const char = a.charCodeAt(i - 1)
    current[0] = i
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = char === b.charCodeAt(j - 1) ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && char === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2] + 1)
      }
      current[j] = value
      if (value < best) best = value
    }
    if (best > limit) return limit + 1
    const spare = before
    before = previous
    previous = current
    current = spare
  }
  return Math.min(previous[b.length], limit + 1)
}
