import {eitherOrRule} from '../../src/kinds/either-or.js'
import {testRule} from '../helpers/rule-tester.js'
import {metaFor} from './meta.js'

const forms = eitherOrRule(metaFor('house/one-form', true, 'document'), {
  groups: [
    ['email', 'e-mail'],
    ['toward', 'towards']
  ],
  inflect: true
})

testRule(forms, {
  valid: [
    'Police sent an email to residents.\nA second email followed on Friday.',
    'The crowd moved towards the square.\nLater it turned towards the station.',
    {text: 'Send an email to the desk.\nThe E-Mail Privacy Act of 2001 was repealed.', description: 'does not count a capitalised name as a form'},
    {text: 'Send an email to the desk and walk toward the exit.', description: 'does not mix forms of different groups'}
  ],
  invalid: [
    {
      text: 'Officials sent an email on Monday.\nA second e-mail followed.\nThe emails were leaked.',
      messages: [{actual: 'e-mail', expected: ['email'], reason: '`e-mail` here, `email` on line 1; use one form throughout.', related: ['email', 'emails']}],
      output: 'Officials sent an email on Monday.\nA second email followed.\nThe emails were leaked.'
    },
    {
      text: 'Officials sent e-mails to the board.\nThe email was leaked.\nMore e-mails followed.',
      description: 'flags the minority form with the majority form inflected like it',
      messages: [{actual: 'email', expected: ['e-mail'], related: ['e-mails', 'e-mails']}],
      output: 'Officials sent e-mails to the board.\nThe e-mail was leaked.\nMore e-mails followed.'
    },
    {
      text: 'The column marched toward the river.\nTowards dusk it stopped.',
      description: 'flags a tie on the later form without a fix',
      messages: [{actual: 'Towards', expected: ['Toward'], reason: '`Towards` here, `toward` on line 1; use one form throughout.'}]
    }
  ]
})
