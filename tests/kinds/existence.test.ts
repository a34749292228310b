import {existenceRule} from '../../src/kinds/existence.js'
import {testRule} from '../helpers/rule-tester.js'
import {metaFor} from './meta.js'

const unique = existenceRule(metaFor('house/very-unique', false), {
  phrases: ['very unique', 'most unique', 'free gift'],
  message: '`unique` admits no degree and a gift is free'
})

testRule(unique, {
  valid: [
    'The manuscript is unique, the curator said.',
    {text: 'It was a very unusual season for the club.', description: 'does not flag a phrase that only starts the same'},
    {text: 'Shoppers queued for the Free Gift Day promotion at the mall.', description: 'does not flag a capitalised name'},
    {text: 'HEADLINE: A VERY UNIQUE PROBLEM\nThe council met on Monday.', description: 'does not flag a line in capitals'}
  ],
  invalid: [
    {
      text: 'The council called the site very unique and offered a free gift to visitors.',
      messages: [
        {range: [28, 39], actual: 'very unique', expected: [], reason: 'Avoid `very unique`; `unique` admits no degree and a gift is free.'},
        {range: [54, 63], actual: 'free gift'}
      ]
    },
    {
      text: 'Very unique, said the judge of the entry.',
      description: 'flags a match at the start of a sentence',
      messages: [{range: [0, 11], actual: 'Very unique'}]
    },
    {
      text: 'The village is   very   unique in the region.',
      description: 'flags a match with extra spaces between the words',
      messages: [{actual: 'very   unique'}]
    },
    {
      text: '"It is a very unique place," the mayor said.',
      description: 'flags a match inside a quotation as info',
      messages: [{actual: 'very unique', severity: 'info'}]
    }
  ]
})

const plurals = existenceRule(metaFor('house/decimate', false), {phrases: ['past history'], inflect: true, quotations: 'skip', message: '{actual} is redundant'})

testRule(plurals, {
  valid: [
    'The town has a long history of flooding.',
    {text: 'She said: "Their past histories do not matter."', description: 'does not flag inside a quotation when quotations are skipped'}
  ],
  invalid: [
    {
      text: 'The candidates kept their past histories quiet.',
      description: 'flags an inflected form and fills the message',
      messages: [{actual: 'past histories', reason: 'past histories is redundant'}]
    }
  ]
})
