import rule from '../../rules/compound-adjective.js'
import {testRule} from '../helpers/rule-tester.js'
import {compoundLists} from '../../rules/compound-adjective.js'
import {describe, expect, it} from 'vitest'

testRule(rule, {
  valid: [
    {text: 'A highly regarded scientist led the study.', description: 'does not flag an -ly adverb before a participle'},
    {text: 'The author is well known.', description: 'does not flag a compound after the noun it describes'},
    {text: 'The plan is long term.', description: 'does not flag a compound used as a predicate'},
    {text: 'She is well known for her novels.', description: 'does not flag a compound followed by a preposition'},
    {text: 'In the long term interest rates are expected to rise.', description: 'does not flag "in the long term" as an adverbial'},
    {text: 'The state funded schools in the region for decades.', description: 'does not flag a noun subject and a past tense'},
    {text: 'Two officers were killed as well armed men stormed the building.', description: 'does not flag "as well"'},
    {text: 'They are fast becoming friends.', description: 'does not flag a progressive verb'},
    {text: 'The five year reign ended in March.', description: 'does not flag a number and a unit (hyphen-consistency covers them)'},
    {text: 'The system tracks ships in real time using satellites.', description: 'does not flag an adverbial after a preposition'},
    {text: 'A long morning meeting ended without agreement.', description: 'does not flag an -ing noun after an adjective'},
    {text: 'The best fishing spots are upstream.', description: 'does not flag an -ing noun after a superlative'},
    {text: 'It was a well-known fact.', description: 'does not flag a compound that already has its hyphen'},
    {text: 'The US backed forces in Syria for years.', description: 'does not flag a name followed by a verb'},
    {text: 'He worked full time at the factory.', description: 'does not flag an adverbial compound'},
    {text: 'Interest rates will stay low in the long term.', description: 'does not flag a noun phrase at the end'},
    {text: 'The Long Term Plan Was Unveiled', description: 'does not flag title case'},
    {text: 'The band played a short set before the headliners.', description: 'does not flag an adjective before a noun that looks like a participle'},
    {text: 'The film won best animated feature at the ceremony.', description: 'does not flag an award category'},
    {text: 'The council promised a full written response within a month.', description: 'does not flag an adjective before a participle and its noun'},
    {text: 'He scored with a little dinked finish.', description: 'does not flag "a little" meaning small'},
    {text: 'Her return to a high profile came with the new job.', description: 'does not flag a noun phrase followed by a verb'}
  ],
  invalid: [
    {
      text: 'Police defused a booby trapped car outside the embassy.',
      messages: [{range: [17, 30], actual: 'booby trapped', expected: ['booby-trapped'], reason: 'Unexpected `booby trapped` before `car`, expected `booby-trapped`: a compound modifier before a noun takes a hyphen.'}],
      output: 'Police defused a booby-trapped car outside the embassy.'
    },
    {
      text: 'The film was adapted from a novel by a well known author.',
      messages: [{range: [39, 49], actual: 'well known', expected: ['well-known'], reason: /a compound modifier before a noun takes a hyphen/}],
      output: 'The film was adapted from a novel by a well-known author.'
    },
    {
      text: 'The council approved a long term plan for the harbour.',
      messages: [{range: [23, 32], actual: 'long term', expected: ['long-term']}],
      output: 'The council approved a long-term plan for the harbour.'
    },
    {
      text: 'She took a full time job at the hospital.',
      messages: [{range: [11, 20], actual: 'full time', expected: ['full-time']}],
      output: 'She took a full-time job at the hospital.'
    },
    {
      text: 'It was a high profile case for the prosecutors.',
      messages: [{range: [9, 21], actual: 'high profile', expected: ['high-profile']}],
      output: 'It was a high-profile case for the prosecutors.'
    },
    {
      text: 'The so called experts were proved wrong.',
      messages: [{range: [4, 13], actual: 'so called', expected: ['so-called']}],
      output: 'The so-called experts were proved wrong.'
    },
    {
      text: 'Aid reached the war torn region on Friday.',
      messages: [{range: [16, 24], actual: 'war torn', expected: ['war-torn']}],
      output: 'Aid reached the war-torn region on Friday.'
    },
    {
      text: 'Forecasters warned of a life threatening storm surge.',
      messages: [{range: [24, 40], actual: 'life threatening', expected: ['life-threatening']}],
      output: 'Forecasters warned of a life-threatening storm surge.'
    },
    {
      text: 'The self declared leader fled the country.',
      messages: [{range: [4, 17], actual: 'self declared', expected: ['self-declared']}],
      output: 'The self-declared leader fled the country.'
    },
    {
      text: 'Their long awaited report was published on Monday.',
      messages: [{range: [6, 18], actual: 'long awaited'}],
      output: 'Their long-awaited report was published on Monday.'
    },
    {
      description: 'flags a compound at the start of a sentence and keeps its capital',
      text: 'Long term unemployment rose again in May.',
      messages: [{range: [0, 9], actual: 'Long term', expected: ['Long-term']}],
      output: 'Long-term unemployment rose again in May.'
    },
    {
      text: 'Workers in low paid jobs were hit hardest.',
      messages: [{range: [11, 19], actual: 'low paid', expected: ['low-paid']}],
      output: 'Workers in low-paid jobs were hit hardest.'
    },
    {
      text: 'Aid is going to the worst hit villages first.',
      messages: [{range: [20, 29], actual: 'worst hit', expected: ['worst-hit']}],
      output: 'Aid is going to the worst-hit villages first.'
    },
    {
      text: 'Investors sold shares in a little known mining firm.',
      messages: [{range: [27, 39], actual: 'little known', expected: ['little-known']}],
      output: 'Investors sold shares in a little-known mining firm.'
    },
    {
      description: 'flags a compound inside a quotation (hyphens are the writer\'s)',
      text: '"It was a state run operation," the minister said.',
      messages: [{range: [10, 19], actual: 'state run', severity: 'warning'}],
      output: '"It was a state-run operation," the minister said.'
    }
  ]
})

describe('compound-adjective word lists', function () {
  it('are sorted', function () {
    for (const list of Object.values(compoundLists)) expect([...list]).toEqual([...list].sort())
  })
})
