/**
 * Pure per-word facts (a word's dictionary status, its lemma) kept in a
 * bounded Map: the same words recur within an article and across the
 * articles a warm process (editor, API, batch) checks. The Map is cleared
 * when it reaches its limit, so memory stays flat.
 */
export function memoize<T>(compute: (word: string) => T, limit = 20_000): (word: string) => T {
  const answers = new Map<string, T>()
  return function (word) {
    const known = answers.get(word)
    if (known !== undefined || answers.has(word)) return known as T
    const answer = compute(word)
    if (answers.size >= limit) answers.clear()
    answers.set(detach(word), answer)
    return answer
  }
}

/**
 * A copy of `text` that does not keep alive the string it was cut from. A
 * word sliced out of a document holds the whole document in V8; a key kept
 * in a long-lived Map must not.
 */
function detach(text: string): string {
  return (' ' + text).slice(1)
}
