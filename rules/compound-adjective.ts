import type {SentenceContent, Word} from 'nlcst'
import {determiners, isFunctionWord, possessives, prepositions} from '../src/function-words.js'
import {endOf, startOf, toString} from '../src/nlcst.js'
import {defineRule} from '../src/rule.js'
import {visit} from '../src/visit.js'

/**
 * First elements that are adverbs or adjectives and join any participle:
 * "well known", "long awaited", "ill fated", "so called". They cannot be the
 * subject of the participle, so "the well known author" is never a clause.
 * No "-ly" adverbs: "a highly regarded scientist" takes no hyphen. Keep sorted.
 */
const adverbList: ReadonlyArray<string> = [
  'best', 'better', 'clean', 'deep', 'ever', 'far', 'fast', 'free', 'half', 'hard', 'high', 'ill', 'long', 'low',
  'much', 'never', 'open', 'quick', 'self', 'short', 'slow', 'so', 'tight', 'well', 'worst'
]

/**
 * Adjectives and adverbs that form compounds with particular participles
 * only: "a full blown crisis" but "a full written response", "a little known
 * firm" but "a little dinked volley". Keep sorted by first element.
 */
const adverbCompounds: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ['full', ['blown', 'fledged', 'grown']],
  ['hard', ['hit']],
  ['little', ['known', 'noticed', 'read', 'seen', 'understood', 'used', 'visited']],
  ['well', ['run']],
  ['worst', ['hit']]
]

/** Participles that form compound nouns after "best": "best animated feature", "best supporting actor". Keep sorted. */
const awardList: ReadonlyArray<string> = ['adapted', 'animated', 'supporting']

/**
 * Nouns that form compound modifiers with particular participles. A noun
 * could be the subject of a past tense ("a war ended"), so each noun lists
 * the participles it pairs with. Keep sorted by noun.
 */
const nounCompounds: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ['air', ['conditioned']],
  ['award', ['winning']],
  ['battle', ['hardened', 'scarred', 'tested']],
  ['booby', ['trapped']],
  ['cash', ['strapped']],
  ['crime', ['ridden']],
  ['custom', ['built', 'made']],
  ['debt', ['laden', 'ridden']],
  ['disease', ['ridden']],
  ['drug', ['fuelled', 'fueled', 'related']],
  ['earth', ['shattering']],
  ['eye', ['catching', 'opening', 'watering']],
  ['flood', ['hit', 'ravaged', 'stricken']],
  ['ground', ['breaking']],
  ['hand', ['crafted', 'drawn', 'held', 'made', 'picked', 'written']],
  ['heart', ['breaking', 'warming']],
  ['home', ['grown', 'made']],
  ['jaw', ['dropping']],
  ['law', ['abiding']],
  ['life', ['changing', 'saving', 'threatening']],
  ['man', ['made']],
  ['mouth', ['watering']],
  ['panic', ['stricken']],
  ['poverty', ['stricken']],
  ['purpose', ['built']],
  ['record', ['breaking']],
  ['state', ['backed', 'controlled', 'funded', 'owned', 'run', 'sponsored']],
  ['storm', ['battered', 'damaged', 'hit', 'ravaged']],
  ['sun', ['baked', 'drenched']],
  ['terror', ['related']],
  ['thought', ['provoking']],
  ['time', ['consuming']],
  ['tree', ['lined']],
  ['war', ['ravaged', 'torn', 'weary']],
  ['weather', ['beaten', 'related']],
  ['world', ['renowned']]
]

/**
 * Adjective + noun phrases that modify a following noun: "a long term
 * plan", "a high profile case". Keep sorted.
 */
const phraseList: ReadonlyArray<string> = [
  'cross border', 'far left', 'far right', 'full scale', 'full time', 'hard line', 'high level', 'high profile',
  'high risk', 'high speed', 'large scale', 'last minute', 'left wing', 'long distance', 'long haul',
  'long range', 'long term', 'low cost', 'low income', 'low level', 'middle class', 'open source', 'part time',
  'real time', 'right wing', 'short haul', 'short range', 'short term', 'small scale', 'top secret',
  'working class'
]

/** Phrases that are also adverbials after a preposition: "paid in real time", "at full time". Keep sorted. */
const adverbialList: ReadonlyArray<string> = ['full time', 'last minute', 'long term', 'part time', 'real time', 'short term']

/**
 * Participles that do not end in -ed and are not also common nouns ("a short
 * set", "a long run" are nouns: "set", "run", "hit" and "cut" pair only where
 * listed above). Keep sorted.
 */
const irregularList: ReadonlyArray<string> = [
  'blown', 'born', 'bred', 'built', 'drawn', 'driven', 'fed', 'flung', 'grown', 'held', 'kept', 'knit', 'known',
  'laden', 'led', 'lit', 'lost', 'made', 'paid', 'ridden', 'shaven', 'sown', 'spoken', 'stricken', 'sworn',
  'taken', 'torn', 'won', 'worn', 'written'
]

/** Irregular participles that are also past tenses ("a state built", "the state run" is not). Keep sorted. */
const pastList: ReadonlyArray<string> = [
  'bred', 'built', 'fed', 'flung', 'held', 'hit', 'kept', 'knit', 'led', 'lit', 'lost', 'made', 'paid', 'set', 'won'
]

/**
 * Common irregular past tenses: after "a high profile" or "a long term" they
 * make a clause, not a noun slot ("its return to a high profile came…"). Keep sorted.
 */
const pastTenseList: ReadonlyArray<string> = [
  'became', 'began', 'bought', 'brought', 'came', 'caught', 'chose', 'drew', 'drove', 'fell', 'felt', 'flew',
  'forgot', 'found', 'gave', 'got', 'grew', 'knew', 'left', 'lost', 'meant', 'met', 'ran', 'rose', 'said', 'sang',
  'sank', 'sat', 'saw', 'sent', 'spent', 'spoke', 'stood', 'struck', 'swam', 'taught', 'thought', 'threw', 'told',
  'took', 'went', 'woke', 'won', 'wore', 'wrote'
]

/**
 * Present participles that form compound modifiers ("long lasting", "low
 * lying"); other -ing words after "long" or "best" are often nouns ("a long
 * morning meeting", "the best fishing spot"). Keep sorted.
 */
const ingList: ReadonlyArray<string> = [
  'achieving', 'burning', 'fitting', 'flowing', 'growing', 'hitting', 'lasting', 'looking', 'lying', 'meaning',
  'moving', 'paying', 'performing', 'ranking', 'reaching', 'running', 'selling', 'serving', 'standing',
  'suffering', 'thinking'
]

/** First elements that join any present participle: "ever increasing", "self driving". Keep sorted. */
const anyIngList: ReadonlyArray<string> = ['ever', 'never', 'self']

const adverbs: ReadonlySet<string> = new Set(adverbList)
const adverbPairs: ReadonlyMap<string, ReadonlySet<string>> = new Map(adverbCompounds.map(([first, parts]) => [first, new Set(parts)]))
const awards: ReadonlySet<string> = new Set(awardList)
const pastTenses: ReadonlySet<string> = new Set(pastTenseList)
const nouns: ReadonlyMap<string, ReadonlySet<string>> = new Map(nounCompounds.map(([noun, parts]) => [noun, new Set(parts)]))
const phrases: ReadonlySet<string> = new Set(phraseList)
const adverbials: ReadonlySet<string> = new Set(adverbialList)
const irregular: ReadonlySet<string> = new Set(irregularList)
const pasts: ReadonlySet<string> = new Set(pastList)
const ings: ReadonlySet<string> = new Set(ingList)
const anyIng: ReadonlySet<string> = new Set(anyIngList)

/** The lists, for the test that they stay sorted. */
export const compoundLists: Readonly<Record<string, ReadonlyArray<string>>> = {
  adverbList,
  adverbFirstList: adverbCompounds.map(([first]) => first),
  adverbialList,
  anyIngList,
  awardList,
  ingList,
  irregularList,
  nounList: nounCompounds.map(([noun]) => noun),
  pastList,
  pastTenseList,
  phraseList
}

/** Prepositions before "the" that make "the long term" a noun phrase: "in the long term". */
const idiomatic: ReadonlySet<string> = new Set(['at', 'by', 'for', 'from', 'in', 'into', 'on', 'over'])

export default defineRule({
  meta: {
    id: 'compound-adjective',
    description: 'An open compound before a noun that takes a hyphen, like “a well known author” or “a long term plan”.',
    category: 'punctuation',
    severity: 'warning',
    fixable: true,
    scope: 'sentence',
    examples: [
      {
        bad: 'Police defused a booby trapped car outside the embassy.',
        good: 'Police defused a booby-trapped car outside the embassy.'
      },
      {
        bad: 'The council approved a long term plan for the harbour.',
        good: 'The council approved a long-term plan for the harbour.'
      }
    ]
  },
  create({report}) {
    return function (tree) {
      visit(tree, 'SentenceNode', function (sentence) {
        const words = spacedRun(sentence.children)
        for (let index = 0; index + 2 < words.length; index++) {
          const first = words[index]
          const second = words[index + 1]
          const noun = words[index + 2]
          if (!first.joined || !second.joined) continue
          const one = toString(first.word)
          const two = toString(second.word)
          const head = toString(noun.word)
          const initial = index === 0 && first.initial
          const lower = initial ? one.toLowerCase() : one
          if (!compound(lower, two) || !isNounSlot(head)) continue
          const before = index > 0 && words[index - 1].joined ? toString(words[index - 1].word).toLowerCase() : undefined
          const beforeThat = index > 1 && words[index - 2].joined ? toString(words[index - 2].word).toLowerCase() : undefined
          if (!attributive(lower, two, before, beforeThat, initial)) continue
          const fixed = `${one}-${two}`
          report({
            start: startOf(first.word),
            end: endOf(second.word),
            expected: [fixed],
            reason: `Unexpected \`${one} ${two}\` before \`${head}\`, expected \`${fixed}\`: a compound modifier before a noun takes a hyphen.`
          })
          index++
        }
      })
    }
  }
})

interface Slot {
  word: Word
  /** Separated from the next word by a single space and nothing else. */
  joined: boolean
  /** The first word of the sentence (after any opening quote or bracket). */
  initial: boolean
}

/** The sentence's words, each marked with whether a plain space links it to the next one. */
function spacedRun(children: ReadonlyArray<SentenceContent>): Slot[] {
  const result: Slot[] = []
  let initial = true
  children.forEach(function (child, index) {
    if (child.type === 'WordNode') {
      const space = children[index + 1]
      const next = children[index + 2]
      result.push({
        word: child,
        joined: space?.type === 'WhiteSpaceNode' && space.value === ' ' && next?.type === 'WordNode',
        initial
      })
      initial = false
    } else if (child.type !== 'WhiteSpaceNode' && !/^["'‘“(]$/u.test(toString(child))) {
      initial = false
      // Punctuation breaks the run: mark the previous word as not joined.
      const previous = result[result.length - 1]
      if (previous) previous.joined = false
    }
  })
  return result
}

/** Every word that can open a compound above: any other first word is no compound, whatever follows. */
const firstWords: ReadonlySet<string> = new Set([
  ...phraseList.map((phrase) => phrase.split(' ')[0]),
  ...adverbPairs.keys(),
  ...nouns.keys(),
  ...adverbs
])

function compound(first: string, second: string): boolean {
  if (!firstWords.has(first)) return false
  if (!/^\p{Ll}+$/u.test(first) || !/^\p{Ll}+$/u.test(second)) return false
  if (phrases.has(`${first} ${second}`)) return true
  if (adverbPairs.get(first)?.has(second)) return true
  const pairs = nouns.get(first)
  if (pairs) return pairs.has(second)
  if (!adverbs.has(first)) return false
  if ((first === 'best' || first === 'worst') && awards.has(second)) return false
  if (first === 'so') return second === 'called'
  if (/ing$/.test(second)) return ings.has(second) || (anyIng.has(first) && second.length > 5)
  return irregular.has(second) || (second.length > 4 && /ed$/.test(second) && !/(?:bed|dred|eed|tred)$/.test(second))
}

/** A second part that could be a past tense with the first part as its subject: "the state owned". */
function mayBePast(second: string): boolean {
  return pasts.has(second) || /ed$/.test(second)
}

/** A lower-case word that can head a noun phrase: no function word, "-ly" adverb or past tense. */
function isNounSlot(word: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || isFunctionWord(word) || /ly$/.test(word) || pastTenses.has(word)) return false
  return !/ed$/.test(word) || /(?:bed|dred|eed|red)$/.test(word)
}

/** The compound stands before its noun, not in a clause or an adverbial. */
function attributive(first: string, second: string, before: string | undefined, beforeThat: string | undefined, initial: boolean): boolean {
  const phrase = `${first} ${second}`
  if (before === undefined) return initial
  // "as well armed men", "as much paid leave": an idiom, not a compound.
  if (before === 'as' && adverbs.has(first)) return false
  // "the state owned the land": a noun subject and a past tense.
  if (nouns.has(first) && mayBePast(second) && (before === 'the' || before === 'this' || before === 'that')) return false
  if (phrases.has(phrase) && before === 'the' && beforeThat !== undefined && idiomatic.has(beforeThat)) return false
  if (determiners.has(before) || possessives.has(before) || /^\d/.test(before)) return true
  // "named best animated feature", "for best actor": a title, not a compound.
  if (first === 'best' || first === 'worst') return false
  if (prepositions.has(before) && before !== 'to') return !adverbials.has(phrase)
  return false
}
