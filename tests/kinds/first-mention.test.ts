import {firstMentionRule} from '../../src/kinds/first-mention.js'
import {testRule} from '../helpers/rule-tester.js'
import {metaFor} from './meta.js'

const sdf = firstMentionRule(metaFor('house/sdf', true, 'document'), {name: ['Syrian Democratic Forces'], short: ['SDF']})

testRule(sdf, {
  valid: [
    'Kurdish-led fighters take village\nThe Syrian Democratic Forces (SDF) took the village on Saturday.\nSDF commanders said the fighting was over.',
    'Kurdish-led fighters advanced on the town.\nThe Syrian Democratic Forces said the SDF had lost 11 men.',
    {text: 'SDF declares victory\nThe Syrian Democratic Forces said on Saturday that the SDF had taken the town.', description: 'does not flag the short form in a headline'},
    {text: 'The coalition backed the fighters.\nTroops entered the town on Sunday.', description: 'does not flag a text without the short form'},
    {text: 'The Syrian Democratic Forces said the sdf file format was unrelated.', description: 'does not flag another case of the short form'}
  ],
  invalid: [
    {
      text: 'US-backed fighters advanced on Sunday.\nThe SDF said it had taken the town.\nThe Syrian Democratic Forces lost 11 men.',
      messages: [
        {
          range: [43, 46],
          actual: 'SDF',
          expected: ['Syrian Democratic Forces'],
          reason: '`SDF` is used before `Syrian Democratic Forces` is written in full (it is written in full only on line 3); spell the name out on first mention.'
        }
      ],
      output: 'US-backed fighters advanced on Sunday.\nThe Syrian Democratic Forces said it had taken the town.\nThe Syrian Democratic Forces lost 11 men.'
    },
    {
      text: 'The SDF said it had taken the town, and the SDF flag flew over it.',
      description: 'flags only the first short form when the name never appears',
      messages: [{range: [4, 7], actual: 'SDF', reason: '`SDF` is used before `Syrian Democratic Forces` is written in full; spell the name out on first mention.'}],
      output: 'The Syrian Democratic Forces said it had taken the town, and the SDF flag flew over it.'
    },
    {
      text: 'Fighting resumed on Sunday.\nSDF-led units entered the town.',
      description: 'flags a short form inside a hyphenated word without a fix',
      messages: [{actual: 'SDF', expected: ['Syrian Democratic Forces']}]
    },
    {
      text: 'Fighting resumed on Sunday.\nThe SDF\'s commander was wounded.',
      description: 'flags a possessive short form without a fix',
      messages: [{actual: 'SDF', expected: ['Syrian Democratic Forces']}]
    }
  ]
})
