import type {Sentence} from 'nlcst'
import {toString} from '../src/nlcst.js'
import {inQuotation} from '../src/quotations.js'
import {defineRule} from '../src/rule.js'
import {visit} from '../src/visit.js'

/** Nationality adjective → the place it names (general knowledge). Keep sorted. */
const places: ReadonlyArray<readonly [string, string]> = [
  ['Afghan', 'Afghanistan'], ['Albanian', 'Albania'], ['Algerian', 'Algeria'], ['Argentine', 'Argentina'],
  ['Armenian', 'Armenia'], ['Australian', 'Australia'], ['Austrian', 'Austria'], ['Bangladeshi', 'Bangladesh'],
  ['Belgian', 'Belgium'], ['Bolivian', 'Bolivia'], ['Bosnian', 'Bosnia'], ['Brazilian', 'Brazil'],
  ['Bulgarian', 'Bulgaria'], ['Burmese', 'Burma'], ['Cambodian', 'Cambodia'], ['Cameroonian', 'Cameroon'],
  ['Canadian', 'Canada'], ['Chilean', 'Chile'], ['Chinese', 'China'], ['Colombian', 'Colombia'],
  ['Congolese', 'Congo'], ['Croatian', 'Croatia'], ['Cuban', 'Cuba'], ['Ecuadorian', 'Ecuador'],
  ['Egyptian', 'Egypt'], ['Eritrean', 'Eritrea'], ['Estonian', 'Estonia'], ['Ethiopian', 'Ethiopia'],
  ['French', 'France'], ['German', 'Germany'], ['Ghanaian', 'Ghana'], ['Greek', 'Greece'],
  ['Guatemalan', 'Guatemala'], ['Haitian', 'Haiti'], ['Honduran', 'Honduras'], ['Hungarian', 'Hungary'],
  ['Indian', 'India'], ['Indonesian', 'Indonesia'], ['Iranian', 'Iran'], ['Iraqi', 'Iraq'],
  ['Israeli', 'Israel'], ['Italian', 'Italy'], ['Jordanian', 'Jordan'], ['Kenyan', 'Kenya'],
  ['Lebanese', 'Lebanon'], ['Libyan', 'Libya'], ['Lithuanian', 'Lithuania'], ['Malaysian', 'Malaysia'],
  ['Malian', 'Mali'], ['Mexican', 'Mexico'], ['Moroccan', 'Morocco'], ['Mozambican', 'Mozambique'],
  ['Nigerian', 'Nigeria'], ['Norwegian', 'Norway'], ['Pakistani', 'Pakistan'], ['Peruvian', 'Peru'],
  ['Polish', 'Poland'], ['Romanian', 'Romania'], ['Russian', 'Russia'], ['Rwandan', 'Rwanda'],
  ['Scottish', 'Scotland'], ['Senegalese', 'Senegal'], ['Serbian', 'Serbia'], ['Somali', 'Somalia'],
  ['Spanish', 'Spain'], ['Sudanese', 'Sudan'], ['Swedish', 'Sweden'], ['Syrian', 'Syria'],
  ['Tanzanian', 'Tanzania'], ['Tunisian', 'Tunisia'], ['Turkish', 'Turkey'], ['Ugandan', 'Uganda'],
  ['Ukrainian', 'Ukraine'], ['Venezuelan', 'Venezuela'], ['Vietnamese', 'Vietnam'], ['Yemeni', 'Yemen'],
  ['Zambian', 'Zambia'], ['Zimbabwean', 'Zimbabwe']
]
const placeOf = new Map(places)

/** Nationality adjectives that also name a language ("written in eastern Armenian"). Keep sorted. */
const languageNames: ReadonlyArray<string> = [
  'Albanian', 'Armenian', 'Bulgarian', 'Burmese', 'Chinese', 'Croatian', 'Estonian', 'French', 'German', 'Greek',
  'Hungarian', 'Indonesian', 'Italian', 'Lithuanian', 'Malaysian', 'Norwegian', 'Polish', 'Romanian', 'Russian',
  'Serbian', 'Somali', 'Spanish', 'Swedish', 'Turkish', 'Ukrainian', 'Vietnamese'
]
const languages = new Set(languageNames)

/** Words after which a place follows: "in eastern Syria". Keep sorted. */
const placePrepositions = new Set(['across', 'from', 'in', 'into', 'of', 'throughout', 'to'])

/** Directions that take a place after them: "in eastern Syria". Keep sorted. */
const directions: ReadonlyArray<string> = [
  'central', 'eastern', 'north-eastern', 'north-western', 'northeastern', 'northern', 'northwestern',
  'south-eastern', 'south-western', 'southeastern', 'southern', 'southwestern', 'western'
]
const direction = new Set(directions)

/** Marks that end the phrase: the adjective has no noun after it. */
const phraseEnd = /^[,.;:!?)]/

function previousToken(children: Sentence['children'], index: number): Sentence['children'][number] | undefined {
  for (let at = index - 1; at >= 0; at--) if (children[at].type !== 'WhiteSpaceNode') return children[at]
  return undefined
}

export default defineRule({
  meta: {
    id: 'demonym-for-place',
    description: 'A nationality adjective written where the place is meant, like “in the village of Baghouz, eastern Syrian, where…”.',
    category: 'grammar',
    severity: 'warning',
    fixable: true,
    scope: 'sentence',
    examples: [{bad: 'Shelling hit Idlib, in northern Syrian, overnight.', good: 'Shelling hit Idlib, in northern Syria, overnight.'}]
  },
  create({file, report}) {
    return function (tree) {
      visit(tree, 'SentenceNode', function (sentence: Sentence) {
        const children = sentence.children
        for (let index = 0; index + 2 < children.length; index++) {
          const first = children[index]
          const space = children[index + 1]
          const word = children[index + 2]
          if (first.type !== 'WordNode' || space.type !== 'WhiteSpaceNode' || word.type !== 'WordNode') continue
          const adjective = toString(word)
          const place = placeOf.get(adjective)
          if (!place) continue
          const compass = toString(first)
          if (!direction.has(compass.toLowerCase())) continue
          // Only where the phrase ends: "eastern Syrian town" is right, "eastern Syrian, where" is not.
          const after = children[index + 3]
          if (after && !(after.type === 'PunctuationNode' && phraseEnd.test(toString(after)))) continue
          // Only where a place is expected: in apposition after a comma ("Baghouz, eastern Syrian,"),
          // or after a preposition of place unless the adjective also names a language.
          const before = previousToken(children, index)
          const apposition = before !== undefined && before.type === 'PunctuationNode' && /^[,(]$/.test(toString(before))
          const preposition = before !== undefined && before.type === 'WordNode' && placePrepositions.has(toString(before).toLowerCase())
          if (!apposition && !(preposition && !languages.has(adjective))) continue
          report(
            inQuotation(tree, file, {
              node: word,
              expected: [place],
              reason: `Unexpected adjective \`${adjective}\` after \`${compass}\` with no noun, expected the place \`${place}\`.`
            })
          )
        }
      })
    }
  }
})
