import {expect, it} from 'vitest'
import rule, {uncountableNouns} from '../../rules/uncountable-article.js'
import {testRule} from '../helpers/rule-tester.js'

it('keeps the uncountable nouns sorted', function () {
  expect([...uncountableNouns].sort()).toEqual(uncountableNouns)
})

testRule(rule, {
  valid: [
    {text: 'The minister will publish a progress report in June.', description: 'does not flag an uncountable noun used as a modifier'},
    {text: 'A research team from Oslo found the wreck.', description: 'does not flag "a research team"'},
    {text: 'She gave a piece of advice to new recruits.', description: 'does not flag "a piece of advice"'},
    {text: 'The channel launched a news and current affairs programme.', description: 'does not flag a compound joined by "and"'},
    {text: 'He has a good knowledge of local politics.', description: 'does not flag a noun with a countable sense'},
    {text: 'Police found evidence of a break-in at the warehouse.', description: 'does not flag an uncountable noun with no article'},
    {text: 'The talks made significant progress on Friday.', description: 'does not flag the correct form'},
    {text: 'It was a great deal of information to take in.', description: 'does not flag a quantity phrase'},
    {text: 'An evidence-based approach was adopted by the board.', description: 'does not flag a hyphenated compound'},
    {text: 'The company signed a software licensing deal.', description: 'does not flag a noun that modifies another noun'},
    {text: 'Vitamin A research has expanded rapidly.', description: 'does not flag a capital letter that is not an article'},
    {text: 'Officials set up a livestock trailer at the gate.', description: 'does not flag "a livestock trailer"'},
    {text: 'The army seized a military equipment worth millions.', description: 'does not flag when an unknown word follows the noun (it may be a compound)'}
  ],
  invalid: [
    {
      text: 'Negotiators made a significant progress on Friday.',
      messages: [
        {
          range: [17, 19],
          actual: 'a ',
          expected: [''],
          reason: 'Unexpected `a` before the uncountable noun `progress`; write `significant progress`.',
          severity: 'warning'
        }
      ],
      output: 'Negotiators made significant progress on Friday.'
    },
    {
      text: 'The coroner said there was an evidence of neglect.',
      messages: [{actual: 'an ', reason: /`evidence`; write `evidence`/}],
      output: 'The coroner said there was evidence of neglect.'
    },
    {
      text: 'Passengers were told to leave a luggage in the hall.',
      messages: [{actual: 'a '}],
      output: 'Passengers were told to leave luggage in the hall.'
    },
    {
      text: 'The agency gave an advice to travellers heading south.',
      messages: [{actual: 'an '}],
      output: 'The agency gave advice to travellers heading south.'
    },
    {
      text: 'A new research by the university shows rising sea levels.',
      description: 'flags a sentence-initial article with a modifier',
      messages: [{actual: 'A new', expected: ['New'], reason: /write `new research`/}],
      output: 'New research by the university shows rising sea levels.'
    },
    {
      text: 'Drivers faced a heavy traffic on the M25.',
      messages: [{actual: 'a '}],
      output: 'Drivers faced heavy traffic on the M25.'
    },
    {
      text: 'The army seized a military equipment, officials said.',
      messages: [{actual: 'a '}],
      output: 'The army seized military equipment, officials said.'
    },
    {
      text: 'We received a good news from the hospital.',
      messages: [{actual: 'a '}],
      output: 'We received good news from the hospital.'
    },
    {
      text: 'The app asked for an information that users found intrusive.',
      messages: [{actual: 'an '}],
      output: 'The app asked for information that users found intrusive.'
    },
    {
      text: 'The envoy said: "This is a significant progress in the talks."',
      description: 'flags inside a quotation as info with no fix',
      messages: [{actual: 'a ', severity: 'info', reason: /inside a quotation/}]
    }
  ]
})
