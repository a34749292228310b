/**
 * Binary search over something sorted by a numeric key, for the places that
 * map an offset to the piece, paragraph or range around it.
 */

/** How many of the first `length` items have a key at or below `value` (keys ascending): the index of the first item above it. */
export function countAtOrBelow(length: number, keyAt: (index: number) => number, value: number): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >> 1
    if (keyAt(middle) <= value) low = middle + 1
    else high = middle
  }
  return low
}

/** The index of the last item whose key is at or below `value` (0 when none is): the piece that holds `value`. */
export function lastAtOrBelow(length: number, keyAt: (index: number) => number, value: number): number {
  return Math.max(0, countAtOrBelow(length, keyAt, value) - 1)
}
