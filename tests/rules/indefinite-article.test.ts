import rule from '../../rules/indefinite-article.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    'The council held an emergency meeting on Tuesday.',
    'She was appointed a European envoy last year.',
    'It took an hour to clear the road.',
    'He became a university lecturer in 1998.',
    'An FBI agent testified on Monday.',
    'A one-off payment was approved.',
    'The vote was an 11-hour marathon.',
    'Station A and station B were closed.',
    {text: 'Cattle were moved into a into a 48-acre pen.', description: 'does not flag an article inside a repeated phrase (repeated-word reports it)'},
    'A US official said the talks had stalled.',
    'Prices rose by an 8 per cent margin.'
  ],
  invalid: [
    {
      text: 'Organisers posted a event invitation online.',
      messages: [{range: [18, 19], actual: 'a', expected: ['an'], reason: /before `event`/}],
      output: 'Organisers posted an event invitation online.'
    },
    {
      text: 'Officials called it an unique event.',
      messages: [{range: [20, 22], actual: 'an', expected: ['a']}],
      output: 'Officials called it a unique event.'
    },
    {
      text: 'A inquiry was opened on Monday.',
      messages: [{range: [0, 1], actual: 'A', expected: ['An']}],
      output: 'An inquiry was opened on Monday.'
    },
    {
      text: 'The minister gave a honest answer.',
      messages: [{actual: 'a', expected: ['an']}],
      output: 'The minister gave an honest answer.'
    },
    {
      text: 'He joined an union at the factory.',
      messages: [{actual: 'an', expected: ['a']}],
      output: 'He joined a union at the factory.'
    },
    {
      text: 'Police made a arrest after a 11-hour search.',
      messages: [{actual: 'a', expected: ['an']}, {actual: 'a', expected: ['an']}],
      output: 'Police made an arrest after an 11-hour search.'
    },
    {
      text: 'It was a "unprecedented" move.',
      messages: [{actual: 'a', expected: ['an']}],
      output: 'It was an "unprecedented" move.'
    },
    {
      text: 'The bank opened a office in Leeds.',
      messages: [{actual: 'a', expected: ['an']}],
      output: 'The bank opened an office in Leeds.'
    }
  ]
})
