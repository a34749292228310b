import {substitutionRule} from '../../src/kinds/substitution.js'
import {testRule} from '../helpers/rule-tester.js'
import {metaFor} from './meta.js'

const perCent = substitutionRule(metaFor('house/per-cent', true), {
  swap: {percent: 'per cent', 'per-cent': 'per cent'},
  message: 'house style writes per cent as two words'
})

testRule(perCent, {
  valid: [
    'Inflation rose to 3.2 per cent in May, the statistics office said.',
    {text: 'The percentage of voters who turned out fell sharply.', description: 'does not flag a longer word that starts with the phrase'},
    {text: 'She joined Percent Capital, a fund based in Boston, last year.', description: 'does not flag a capitalised match inside a name'},
    {text: 'A sign reading PERCENT OFF hung in the window of the shop.', description: 'does not flag a match written in capitals'},
    {text: 'Brexit Deal Cuts Growth By Two Percent, Says Bank\nThe bank cut its forecast on Thursday.', description: 'does not flag a title-case headline'},
    {text: 'The firm offered a 5-percent-off coupon to new customers.', description: 'does not flag part of a hyphenated word'}
  ],
  invalid: [
    {
      text: 'Inflation rose to 3.2 percent in May, the statistics office said.',
      messages: [{range: [22, 29], actual: 'percent', expected: ['per cent'], reason: 'Unexpected `percent`, expected `per cent`; house style writes per cent as two words.'}],
      output: 'Inflation rose to 3.2 per cent in May, the statistics office said.'
    },
    {
      text: 'Percent changes in the index were small. Turnout was 64 per-cent.',
      description: 'flags a match at the start of a sentence and keeps its capital',
      messages: [
        {range: [0, 7], actual: 'Percent', expected: ['Per cent']},
        {range: [56, 64], actual: 'per-cent', expected: ['per cent']}
      ],
      output: 'Per cent changes in the index were small. Turnout was 64 per cent.'
    },
    {
      text: '"Only 3 percent of them came back," the mayor said.',
      description: 'flags a match inside a quotation as info without a fix',
      messages: [{actual: 'percent', severity: 'info', reason: /inside a quotation/}]
    }
  ]
})

const organise = substitutionRule(metaFor('house/organise', true), {
  swap: {organize: 'organise', organization: 'organisation'},
  inflect: true,
  quotations: 'apply'
})

testRule(organise, {
  valid: [
    'Volunteers organised a vigil outside the town hall on Sunday.',
    {text: 'The World Health Organization declared the outbreak over.', description: 'does not flag a name'},
    {text: 'Organization of American States observers arrived in La Paz.', description: 'does not flag a name at the start of a sentence'}
  ],
  invalid: [
    {
      text: 'The union organized three strikes and is organizing a fourth.',
      messages: [
        {actual: 'organized', expected: ['organised'], reason: 'Unexpected `organized`, expected `organised`.'},
        {actual: 'organizing', expected: ['organising']}
      ],
      output: 'The union organised three strikes and is organising a fourth.'
    },
    {
      text: '"Nobody organizes anything here," said one of the organizations\' leaders.',
      description: 'flags inflected forms inside a quotation when quotations apply',
      messages: [{actual: 'organizes', expected: ['organises']}, {actual: 'organizations', expected: ['organisations']}],
      output: '"Nobody organises anything here," said one of the organisations\' leaders.'
    }
  ]
})

const dates = substitutionRule(metaFor('house/date-order', true), {
  swap: {'{month} {ordinal}': '{day} {month}', '{month} {day}, {year}': '{day} {month} {year}'},
  quotations: 'apply'
})

testRule(dates, {
  valid: [
    'The ceasefire began on 23 March 2019 and held for a week.',
    {text: 'In March 23 people were arrested in the capital.', description: 'does not flag a month and a number that are not a date'},
    {text: 'The vote is set for May 5 at the earliest.', description: 'does not flag a month and day without a year or ordinal'}
  ],
  invalid: [
    {
      text: 'The ceasefire began on March 23, 2019, and held for a week.',
      messages: [{actual: 'March 23, 2019', expected: ['23 March 2019']}],
      output: 'The ceasefire began on 23 March 2019, and held for a week.'
    },
    {
      text: 'Polls close on May 2nd, officials said.',
      messages: [{actual: 'May 2nd', expected: ['2 May']}],
      output: 'Polls close on 2 May, officials said.'
    }
  ]
})

const mister = substitutionRule(metaFor('house/courtesy-title', true), {swap: {'Mr.': 'Mr', 'Mrs.': 'Mrs'}, case: 'exact', quotations: 'apply'})

testRule(mister, {
  valid: [
    'Mr Khan and Mrs Patel met the inspectors on Tuesday.',
    {text: 'MR. T appeared in a charity advert in 1986.', description: 'does not flag another case in exact mode'}
  ],
  invalid: [
    {
      text: 'Mr. Khan and Mrs. Patel met the inspectors on Tuesday.',
      messages: [{range: [0, 3], expected: ['Mr']}, {range: [13, 17], expected: ['Mrs']}],
      output: 'Mr Khan and Mrs Patel met the inspectors on Tuesday.'
    }
  ]
})
