/** A deterministic shuffle (a linear congruential generator): the same `seed`, the same order, so a failure can be replayed. */
export function shuffled<T>(items: ReadonlyArray<T>, seed: number): T[] {
  const result = [...items]
  let state = seed
  for (let index = result.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2147483648
    const other = state % (index + 1)
    ;[result[index], result[other]] = [result[other], result[index]]
  }
  return result
}
