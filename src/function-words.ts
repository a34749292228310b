/**
 * Closed word classes of English (general grammar knowledge), lower case.
 * Rules use them to tell a noun slot from a function word without a tagger:
 * "a well known author" (a noun follows) against "well known for" (a
 * preposition follows).
 */

// Keep sorted.
const determinerList: ReadonlyArray<string> = [
  'a', 'all', 'an', 'another', 'any', 'both', 'each', 'either', 'every', 'few', 'her', 'his', 'its', 'many',
  'more', 'most', 'my', 'neither', 'no', 'our', 'several', 'some', 'such', 'that', 'the', 'their', 'these',
  'this', 'those', 'whose', 'your'
]

/** Possessive determiners: always followed by a noun phrase. Keep sorted. */
const possessiveList: ReadonlyArray<string> = ['her', 'his', 'its', 'my', 'our', 'their', 'your']

/** Prepositions, including the ones that double as particles or conjunctions. Keep sorted. */
const prepositionList: ReadonlyArray<string> = [
  'aboard', 'about', 'above', 'across', 'after', 'against', 'along', 'alongside', 'amid', 'amidst', 'among',
  'amongst', 'around', 'as', 'at', 'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between',
  'beyond', 'by', 'despite', 'down', 'during', 'except', 'for', 'from', 'in', 'including', 'inside', 'into',
  'like', 'near', 'of', 'off', 'on', 'onto', 'opposite', 'out', 'outside', 'over', 'past', 'per', 'since',
  'than', 'through', 'throughout', 'to', 'toward', 'towards', 'under', 'underneath', 'unlike', 'until', 'up',
  'upon', 'via', 'with', 'within', 'without'
]

/** Pronouns, conjunctions, auxiliaries and other words that never fill a noun slot. Keep sorted. */
const otherFunctionList: ReadonlyArray<string> = [
  'again', 'ago', 'also', 'although', 'am', 'and', 'are', 'away', 'back', 'be', 'because', 'been', 'being',
  'but', 'can', 'could', 'did', 'do', 'does', 'even', 'ever', 'had', 'has', 'have', 'he', 'hence', 'here',
  'him', 'how', 'however', 'i', 'if', 'is', 'it', 'just', 'may', 'me', 'might', 'must', 'nor', 'not', 'now',
  'once', 'only', 'or', 'she', 'should', 'so', 'still', 'them', 'then', 'there', 'therefore', 'they', 'though',
  'thus', 'today', 'together', 'tomorrow', 'tonight', 'too', 'unless', 'us', 'very', 'was', 'we', 'were',
  'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'why', 'will', 'would', 'yesterday',
  'yet', 'you'
]

export const determiners: ReadonlySet<string> = new Set(determinerList)
export const possessives: ReadonlySet<string> = new Set(possessiveList)
export const prepositions: ReadonlySet<string> = new Set(prepositionList)

const functionWords: ReadonlySet<string> = new Set([
  ...determinerList,
  ...prepositionList,
  ...otherFunctionList
])

/** Whether `word` belongs to a closed class (determiner, preposition, pronoun, conjunction, auxiliary…). */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(word.toLowerCase())
}

/** The lists, for the test that they stay sorted. */
export const functionWordLists: Readonly<Record<string, ReadonlyArray<string>>> = {
  determinerList,
  otherFunctionList,
  possessiveList,
  prepositionList
}
