/**
 * The most frequent English words (general knowledge of word-frequency lists),
 * used only to break ties between spelling suggestions: "teh" is more likely
 * "the" than "ten".
 */
// Keep sorted.
const list: ReadonlyArray<string> = [
  'a', 'about', 'after', 'again', 'against', 'all', 'also', 'an', 'and', 'any', 'are', 'around', 'as', 'at',
  'back', 'be', 'because', 'been', 'before', 'being', 'between', 'both', 'but', 'by', 'came', 'can', 'come',
  'could', 'day', 'did', 'do', 'does', 'down', 'during', 'each', 'even', 'first', 'for', 'from', 'get', 'give',
  'go', 'good', 'had', 'has', 'have', 'he', 'her', 'here', 'him', 'his', 'how', 'i', 'if', 'in', 'into', 'is',
  'it', 'its', 'just', 'know', 'last', 'like', 'made', 'make', 'many', 'may', 'me', 'more', 'most', 'much',
  'must', 'my', 'new', 'no', 'not', 'now', 'of', 'off', 'on', 'one', 'only', 'or', 'other', 'our', 'out', 'over',
  'people', 'said', 'same', 'say', 'says', 'see', 'she', 'should', 'since', 'so', 'some', 'still', 'such',
  'take', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through',
  'time', 'to', 'too', 'two', 'under', 'up', 'us', 'use', 'very', 'was', 'way', 'we', 'well', 'were', 'what',
  'when', 'where', 'which', 'while', 'who', 'will', 'with', 'would', 'year', 'years', 'you', 'your'
]

export const commonWords: ReadonlySet<string> = new Set(list)
export {list as commonWordList}
