import {expect, it} from 'vitest'
import rule, {auxiliaries, notPossessed} from '../../rules/missing-apostrophe.js'
import {testRule} from '../helpers/rule-tester.js'

it('keeps its word lists sorted', function () {
  expect([...auxiliaries].sort()).toEqual(auxiliaries)
  expect([...notPossessed].sort()).toEqual(notPossessed)
})

const head = 'Rebels lose their last town\n'

testRule(rule, {
  valid: [
    {text: head + 'The rebels last stronghold is a cluster of tents.', description: 'does not flag a plural the article never writes as a possessive'},
    {text: head + "The rebels' supply lines were cut.\nThe rebels fled the town on Sunday.", description: 'does not flag a plural subject followed by its verb'},
    {text: head + "The rebels' supply lines were cut.\nThe rebels last week were driven out of the town.", description: 'does not flag a time phrase after the subject'},
    {text: head + "The rebels' supply lines were cut.\nThe rebels last had control of the town in 2016.", description: 'does not flag an adverb after the subject'},
    {text: head + "The rebels' supply lines were cut.\nThe rebels themselves were divided.", description: 'does not flag a pronoun after the subject'},
    {text: head + "The rebels' supply lines were cut.\nThe rebels quickly regrouped and were back by noon.", description: 'does not flag an adverb in -ly'},
    {text: head + "The rebels' supply lines were cut.\nThe rebels and the army are talking.", description: 'does not flag a function word after the plural'},
    {text: head + "He called them 'the rebels' in his speech.\nThe rebels last stronghold is a cluster of tents.", description: 'does not take a closing quotation mark for an apostrophe'},
    {text: head + "The sales team's figures are in.\nThe sales director is leaving.", description: 'does not flag an attributive plural with no possessive evidence'},
    {text: head + "The rebels' supply lines were cut.\nRebels supply lines were also cut.", description: 'does not flag a plural with no determiner'}
  ],
  invalid: [
    {
      text: head + "The rebels' supply lines were cut.\nThe rebels last stronghold is a cluster of tents.",
      messages: [
        {
          range: [67, 73],
          actual: 'rebels',
          expected: ["rebels'"],
          reason: "Missing apostrophe: `rebels last stronghold` belongs to the rebels; write `rebels'` as on line 2."
        }
      ],
      output: head + "The rebels' supply lines were cut.\nThe rebels' last stronghold is a cluster of tents."
    },
    {
      text: head + 'The victims’ names were released.\nThe victims families were told on Monday.',
      description: 'flags with the curly apostrophe the article uses',
      messages: [{actual: 'victims', expected: ['victims’']}],
      output: head + 'The victims’ names were released.\nThe victims’ families were told on Monday.'
    },
    {
      text: head + "The players union will meet on Friday.\nThe players' union rejected the offer.",
      description: 'flags when the evidence comes later',
      messages: [{actual: 'players', expected: ["players'"]}],
      output: head + "The players' union will meet on Friday.\nThe players' union rejected the offer."
    },
    {
      text: head + "Several farmers' fields flooded.\nThe farmers main concern was the harvest.",
      messages: [{actual: 'farmers'}],
      output: head + "Several farmers' fields flooded.\nThe farmers' main concern was the harvest."
    },
    {
      text: head + "The workers' strike began on Monday.\nTheir workers pension fund has collapsed.",
      description: 'flags after a possessive determiner',
      messages: [{actual: 'workers'}],
      output: head + "The workers' strike began on Monday.\nTheir workers' pension fund has collapsed."
    },
    {
      text: head + "The pupils' exams were cancelled.\nThe pupils new science block would open in May.",
      messages: [{actual: 'pupils'}],
      output: head + "The pupils' exams were cancelled.\nThe pupils' new science block would open in May."
    },
    {
      text: head + "The residents' association objected.\nThe residents main complaint remains the noise.",
      messages: [{actual: 'residents'}],
      output: head + "The residents' association objected.\nThe residents' main complaint remains the noise."
    },
    {
      text: head + "The nurses' union called a strike.\nThese nurses pay claim could cost millions.",
      messages: [{actual: 'nurses'}],
      output: head + "The nurses' union called a strike.\nThese nurses' pay claim could cost millions."
    },
    {
      text: head + "The miners' families gathered.\nShe said: \"The miners families are still waiting.\"",
      description: 'flags inside a quotation as info with no fix',
      messages: [{actual: 'miners', severity: 'info', reason: /inside a quotation/}]
    }
  ]
})
