import {isFunctionWord} from '../src/function-words.js'
import {consistencyFinding, hereAndThere, splitGroup} from '../src/kinds/consistency.js'
import {contextOf} from '../src/context.js'
import {getSpeller} from '../src/dictionaries.js'
import {compoundsOf, type CompoundMention} from '../src/mentions/compounds.js'
import {inQuotation} from '../src/quotations.js'
import {defineRule} from '../src/rule.js'

/**
 * Closed words whose hyphenated spelling is a different word (`resign` and
 * `re-sign`, `recreation` and `re-creation`), as stems so that inflections
 * match. Keep sorted.
 */
const hyphenMakesAnotherWord: ReadonlyArray<string> = [
  'coop', 'reac', 'recollect', 'recount', 'recover', 'recreat', 'redress', 'reform', 'relay', 'releas', 'remark',
  'represent', 'repress', 'resent', 'reserv', 'resign', 'resolv', 'resort', 'restor', 'retreat', 'return',
  'unionis', 'unioniz'
]

/** Particles that make a phrasal verb when written open: `set up`, `roll out`. Keep sorted. */
const particles: ReadonlyArray<string> = ['away', 'back', 'down', 'in', 'off', 'on', 'out', 'over', 'up']

/** A number, in figures or words: `seven gills` counts gills, it is not `sevengills`. */
const number = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million)$/i

export default defineRule({
  meta: {
    id: 'hyphen-consistency',
    description: 'One compound written two ways in one article: open, hyphenated or closed (`five year` and `five-year`).',
    category: 'consistency',
    severity: 'warning',
    fixable: true,
    scope: 'document',
    examples: [
      {
        bad: 'The five-year plan was approved. Critics called the five year plan too slow.',
        good: 'The five-year plan was approved. Critics called the five-year plan too slow.'
      }
    ]
  },
  create({file, report}) {
    return function (tree) {
      const groups = new Map<string, CompoundMention[]>()
      for (const mention of compoundsOf(tree)) {
        const key = `${mention.proper ? 'name' : 'word'}:${mention.key}`
        const group = groups.get(key)
        if (group) group.push(mention)
        else groups.set(key, [mention])
      }
      for (const group of groups.values()) {
        const summary = summarise(group)
        const counted = group.filter((mention) => counts(mention, summary))
        // On a tie with the open form, a joined form the dictionary knows is the fix:
        // `northeastern`, not `north eastern` (asked only of a group written more than one way).
        let joinedIsWord: boolean | undefined
        const isJoinedWord = (): boolean => {
          const speller = getSpeller(contextOf(file).dialect)
          return (joinedIsWord ??= counted.some((mention) => mention.form !== 'open' && speller.correct(mention.text)))
        }
        const split = splitGroup(counted, (form) => form !== 'open' && isJoinedWord())
        if (!split) continue
        const expected = matchCase(split.flagged.text, split.majority.text)
        const finding = consistencyFinding(split, {
          expected: [expected],
          reason: `${hereAndThere(file, split)}: one compound written two ways; use \`${expected}\`.`
        })
        report(inQuotation(tree, file, finding))
      }
    }

    /** Whether a mention is evidence of how the article writes its compound. */
    function counts(mention: CompoundMention, group: GroupSummary): boolean {
      const has = (form: string): boolean => group.forms.has(form)
      if (mention.form === 'closed') {
        if (has('hyphenated') && hyphenMakesAnotherWord.some((stem) => mention.key.startsWith(stem))) {
          return has('open')
        }
        return true
      }
      if (mention.form === 'hyphenated') return true
      const next = mention.next
      const before = next !== undefined && !isFunctionWord(next.text) && !/ly$/.test(next.text)
      // An open form against a closed word: two content words before a noun (`fresh water
      // seeps`/`freshwater seeps`) or naming a plural (`fire fighters`/`firefighters`); not an
      // adjective and its noun (`with fresh water`/`freshwater fish`), a count (`seven
      // gills`/`sevengills`) or a phrasal verb (`set up`/`setup`).
      const contentWords = mention.parts.every(
        (part) => !isFunctionWord(part) && !particles.includes(part.toLowerCase()) && !number.test(part)
      )
      const plural = /[^siu]s$/.test(mention.parts[1] ?? '')
      if (has('closed') && mention.parts.length === 2 && contentWords && (before || plural)) return true
      // An open form against a hyphenated one: only where a hyphen belongs, before the noun it
      // describes (`a well known author`), not after a verb (`is well known`) or as a phrasal verb.
      if (!has('hyphenated') || particles.includes(mention.parts[mention.parts.length - 1].toLowerCase())) {
        return false
      }
      if (!next || !before || !/^\p{Ll}/u.test(next.text)) return false
      const head = stem(next.text)
      const sameNoun = group.hyphenatedHeads.has(head)
      const article = mention.previous !== undefined && /^an?$/i.test(mention.previous.text)
      return sameNoun || article
    }
  }
})

/** Give `target` the capital the flagged text starts with (a sentence-initial `Five year`). */
function matchCase(flagged: string, target: string): string {
  if (/^\p{Lu}/u.test(flagged) && /^\p{Ll}/u.test(target)) return target[0].toUpperCase() + target.slice(1)
  if (/^\p{Ll}/u.test(flagged) && /^\p{Lu}\p{Ll}/u.test(target)) return target[0].toLowerCase() + target.slice(1)
  return target
}

/** What `counts` asks of a mention's group, gathered once per group (asking per mention was quadratic). */
interface GroupSummary {
  forms: ReadonlySet<string>
  /** The stems of the nouns after the hyphenated mentions. */
  hyphenatedHeads: ReadonlySet<string>
}

function summarise(group: ReadonlyArray<CompoundMention>): GroupSummary {
  const hyphenatedHeads = new Set<string>()
  for (const other of group) if (other.form === 'hyphenated' && other.next) hyphenatedHeads.add(stem(other.next.text))
  return {forms: new Set(group.map((other) => other.form)), hyphenatedHeads}
}

function stem(word: string): string {
  return word.toLowerCase().replace(/(?:es|s)$/, '')
}
