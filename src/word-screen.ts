/**
 * A filter in front of a word list: one bit per hash of a word's length and
 * first and last two letters (folded to lower case), set for every listed
 * word. Most words of a text fail it, and the test reads character codes
 * only: no lower-case copy, no hashing of the string for a Map.
 */
export class WordScreen {
  private readonly bits = new Uint8Array(1 << 16)
  /** A listed word the bits cannot stand for (under three letters, or not ASCII): every word passes. */
  private readonly open: boolean

  /** `words`: the list, in lower case. */
  constructor(words: Iterable<string>) {
    let open = false
    for (const word of words) {
      const key = screenKey(word)
      if (key <= 0) open = true
      else this.bits[key] = 1
    }
    this.open = open
  }

  /** False when no case form of `word` is in the list (`list.has(word.toLowerCase())` is false). */
  mayHold(word: string): boolean {
    if (this.open) return true
    const key = screenKey(word)
    // A word with a character outside ASCII may lower-case into it (the Kelvin sign K is a `k`).
    return key < 0 || (key > 0 && this.bits[key] === 1)
  }
}

/**
 * The bit of an ASCII word, letters folded to lower case; -1 for a word with any other
 * character; 0 for a word under three letters.
 */
function screenKey(word: string): number {
  const length = word.length
  for (let index = 0; index < length; index++) if (word.charCodeAt(index) >= 0x80) return -1
  if (length < 3) return 0
  let hash = length
  hash = Math.imul(hash, 31) + foldAscii(word.charCodeAt(0))
  hash = Math.imul(hash, 31) + foldAscii(word.charCodeAt(1))
  hash = Math.imul(hash, 31) + foldAscii(word.charCodeAt(length - 2))
  hash = Math.imul(hash, 31) + foldAscii(word.charCodeAt(length - 1))
  return ((hash ^ (hash >>> 16)) & 0xffff) || 1
}

function foldAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code
}
