import rule from '../../rules/spaced-hyphen.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {text: 'Overnight temperatures ranged from 10 - 12C.', description: 'does not flag a spaced range of numbers'},
    {text: 'Liverpool beat Everton 2 - 1 at Anfield.', description: 'does not flag a score'},
    {text: 'Overnight lows fell to - 5 degrees.', description: 'does not flag a minus sign'},
    {text: '- Prices rose again in March.', description: 'does not flag a list bullet at the start of a line'},
    'A well-known author spoke at the event.',
    {text: 'The pro- and anti-war camps clashed outside parliament.', description: 'does not flag a suspended hyphen'},
    {text: 'The sale – agreed last month – closed on Friday.', description: 'does not flag a spaced en dash'},
    'The sale—agreed last month—closed on Friday.',
    {text: 'Call 0800 - 123 456 for advice.', description: 'does not flag a spaced phone number'},
    {text: 'The score was tied at half-time -', description: 'does not flag a hyphen left hanging at the end of a line'},
    'Anti-government protesters gathered in the square.',
    {text: 'The line is closed from 2300 GMT - 0100 GMT on weekdays.', description: 'does not flag a spaced range of times'},
    {text: 'Polling stations are open 7am - 10pm.', description: 'does not flag a range of clock times'}
  ],
  invalid: [
    {
      text: 'The bridge - built in 1932 - was closed on Monday.',
      messages: [{range: [10, 13], actual: ' - ', expected: ['—'], reason: 'Unexpected hyphen `-` used as a dash in `bridge - built`, expected an em dash: `bridge—built`.'}, {range: [26, 29], actual: ' - ', expected: ['—']}],
      output: 'The bridge—built in 1932—was closed on Monday.'
    },
    {
      text: 'She won gold -- her third of the games.',
      messages: [{range: [12, 16], actual: ' -- ', expected: ['—'], reason: /used as a dash/}],
      output: 'She won gold—her third of the games.'
    },
    {
      description: 'flags a spaced hyphen and offers a spaced en dash with `dash: en`',
      text: 'The town - home to 4,000 people - was evacuated.',
      options: {dash: 'en'},
      messages: [{range: [8, 11], actual: ' - ', expected: [' – '], reason: /expected a spaced en dash/}, {range: [31, 34], actual: ' - ', expected: [' – ']}],
      output: 'The town – home to 4,000 people – was evacuated.'
    },
    {
      text: 'The vote was close - closer than anyone expected.',
      messages: [{range: [18, 21], actual: ' - '}],
      output: 'The vote was close—closer than anyone expected.'
    },
    {
      text: 'Rescuers found the crew alive - all six of them.',
      messages: [{range: [29, 32], actual: ' - '}],
      output: 'Rescuers found the crew alive—all six of them.'
    },
    {
      text: 'He called the plan "dead" - and walked out.',
      messages: [{range: [25, 28], actual: ' - '}],
      output: 'He called the plan "dead"—and walked out.'
    },
    {
      text: 'Three people - including a child - were injured.',
      messages: [{range: [12, 15], actual: ' - '}, {range: [32, 35], actual: ' - '}],
      output: 'Three people—including a child—were injured.'
    },
    {
      text: 'Prices climbed in 2021 - and again in 2022.',
      messages: [{range: [22, 25], actual: ' - '}],
      output: 'Prices climbed in 2021—and again in 2022.'
    },
    {
      description: 'flags a spaced hyphen inside a quotation (punctuation is the writer\'s)',
      text: '"We were lucky - very lucky," she said.',
      messages: [{range: [14, 17], actual: ' - ', severity: 'warning'}],
      output: '"We were lucky—very lucky," she said.'
    }
  ]
})
