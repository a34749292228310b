import rule from '../../rules/digit-letter.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    'The film was released in 3D last year.',
    'Cases of COVID-19 rose again in the capital.',
    'Two F-16 jets were scrambled from the base.',
    'He drove a 4x4 across the desert.',
    'She sold the MP3 files online.',
    'Revenue fell in Q3 for the first time.',
    'She finished 1st in the 10,000 metres.',
    'The meeting starts at 10am on Monday.',
    'Operators are rolling out 5G masts.',
    'A B52 bomber flew over the base.',
    'Traffic backed up on the A1 near Newark.',
    'The O2 arena was sold out.',
    'About 100 people attended.',
    {text: 'Look at the logo on the shirt.', description: 'does not flag words made only of look-alike letters'},
    {text: 'Take the I5 south.', description: 'does not flag a letter then one digit (a road or a code)'}
  ],
  invalid: [
    {
      text: 'About 1oo people died.',
      messages: [{range: [6, 9], actual: '1oo', expected: ['100'], reason: /letters inside a number/}],
      output: 'About 100 people died.'
    },
    {
      text: 'The report was published in 2O19.',
      messages: [{range: [28, 32], actual: '2O19', expected: ['2019']}],
      output: 'The report was published in 2019.'
    },
    {
      text: 'At least l0 people were hurt.',
      messages: [{range: [9, 11], actual: 'l0', expected: ['10']}],
      output: 'At least 10 people were hurt.'
    },
    {
      text: 'The crowd of 5,0o0 fans cheered.',
      messages: [{range: [15, 18], actual: '0o0', expected: ['000']}],
      output: 'The crowd of 5,000 fans cheered.'
    },
    {
      text: 'Prices rose 1O per cent and then 2o per cent.',
      messages: [{actual: '1O', expected: ['10']}, {actual: '2o', expected: ['20']}],
      output: 'Prices rose 10 per cent and then 20 per cent.'
    },
    {
      text: 'Some 3l people were arrested.',
      messages: [{actual: '3l', expected: ['31']}],
      output: 'Some 31 people were arrested.'
    }
  ]
})
