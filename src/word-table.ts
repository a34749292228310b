/**
 * A read-only set of words over one text of lines, without a string per
 * word: an open-addressing hash table (linear probing) of the lines' start
 * offsets. Lines `# NAME` start a section; a lookup names the sections it
 * accepts as a bit mask. Built in one pass over the text; a lookup hashes the
 * word and compares it in place with `startsWith`.
 */
export class WordTable {
  /** Per slot: the line's start offset + 1, or 0 for an empty slot. */
  private readonly starts: Int32Array
  /** Per slot: the line's section index. */
  private readonly sectionOf: Uint8Array
  private readonly slotMask: number

  constructor(
    private readonly text: string,
    private readonly sections: ReadonlyArray<string>
  ) {
    let lines = 0
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++
    let size = 1024
    while (size < lines * 2 + 2) size *= 2
    this.starts = new Int32Array(size)
    this.sectionOf = new Uint8Array(size)
    this.slotMask = size - 1
    let section = 0
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      const next = end + 1
      if (end > start && text.charCodeAt(end - 1) === 13) end--
      if (text.startsWith('# ', start)) {
        const name = text.slice(start + 2, end)
        section = sections.indexOf(name)
        if (section === -1) throw new Error(`word list: unknown section \`${name}\``)
      } else if (end > start) {
        let slot = hash(text, start, end) & this.slotMask
        while (this.starts[slot] !== 0) slot = (slot + 1) & this.slotMask
        this.starts[slot] = start + 1
        this.sectionOf[slot] = section
      }
      start = next
    }
  }

  /** The bit of a section, to build the mask `has` and `forms` take. */
  sectionBit(name: string): number {
    const index = this.sections.indexOf(name)
    if (index === -1) throw new Error(`word list: unknown section \`${name}\``)
    return 1 << index
  }

  /** The exact line `word` is in one of the sections of `mask`. */
  has(word: string, mask: number): boolean {
    if (word.length === 0) return false
    const {starts, text} = this
    for (let slot = hash(word, 0, word.length) & this.slotMask; starts[slot] !== 0; slot = (slot + 1) & this.slotMask) {
      const start = starts[slot] - 1
      if (((1 << this.sectionOf[slot]) & mask) === 0 || !text.startsWith(word, start)) continue
      const after = start + word.length
      if (after === text.length) return true
      const code = text.charCodeAt(after)
      if (code === 10 || code === 13) return true
    }
    return false
  }

  /** Every line in the sections of `mask`, in file order. */
  *forms(mask: number): Generator<string> {
    let section = 0
    for (const line of this.text.split('\n')) {
      const word = line.endsWith('\r') ? line.slice(0, -1) : line
      if (word.startsWith('# ')) section = this.sections.indexOf(word.slice(2))
      else if (word && ((1 << section) & mask) !== 0) yield word
    }
  }
}

/** FNV-1a over UTF-16 code units of `text[start, end)`. */
function hash(text: string, start: number, end: number): number {
  let value = 0x811c9dc5
  for (let index = start; index < end; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193)
  }
  return value >>> 0
}
