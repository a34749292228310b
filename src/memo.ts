/**
 * Pure facts about words and short phrases (a word's dictionary status, its
 * lemma) kept in a bounded Map: the same words recur within an article and
 * across the articles a warm process (editor, API, batch) checks. The Map is
 * cleared when it reaches its limit, so memory stays flat.
 */
export class Memo<T> {
  private readonly answers = new Map<string, T>()

  constructor(private readonly limit = 20_000) {}

  /** The answer for `key`: `compute(key)` the first time (given a copy of the key, so that an answer made from it does not hold the document either). */
  get(key: string, compute: (key: string) => T): T {
    const known = this.answers.get(key)
    if (known !== undefined || this.answers.has(key)) return known as T
    const kept = detach(key)
    const answer = compute(kept)
    if (this.answers.size >= this.limit) this.answers.clear()
    this.answers.set(kept, answer)
    return answer
  }
}

/** `compute` with its answers kept in a Memo. */
export function memoize<T>(compute: (word: string) => T, limit?: number): (word: string) => T {
  const memo = new Memo<T>(limit)
  return (word) => memo.get(word, compute)
}

/**
 * A copy of `text` that does not keep alive the string it was cut from. A
 * word sliced out of a document holds the whole document in V8; a key kept
 * in a long-lived Map must not.
 */
export function detach(text: string): string {
  return (' ' + text).slice(1)
}
