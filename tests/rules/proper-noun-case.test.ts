import rule from '../../rules/proper-noun-case.js'
import {testRule} from '../helpers/rule-tester.js'
import {properNounLists} from '../../rules/proper-noun-case.js'
import {describe, expect, it} from 'vitest'

testRule(rule, {
  valid: [
    'Climbers were stranded on Mount Everest.',
    {text: 'Pleasure boats sailed down the river Thames.', description: 'does not flag "river" (house styles differ)'},
    {text: 'Villagers fled when the crater lake Taal erupted.', description: 'does not flag a generic word in apposition'},
    {text: 'Shells landed near the Iraqi port Basra.', description: 'does not flag "port" before a name'},
    {text: 'Rebels plan to mount Operation Storm next week.', description: 'does not flag the verb "mount"'},
    {text: 'A sea of Union flags greeted the team.', description: 'does not flag "a sea of" before a capital'},
    'The lake was frozen in January.',
    'Campers left the fort on Tuesday.',
    {text: 'She swam across the lake Saturday morning.', description: 'does not flag a generic word before a day name'},
    {text: 'The patron saint of Ireland is honoured today.', description: 'does not flag "saint of"'},
    'Firefighters reached Cape Town by helicopter.',
    'The ferry crossed the Strait of Gibraltar.'
  ],
  invalid: [
    {
      text: 'Climbers were stranded on mount Everest.',
      messages: [{range: [26, 31], actual: 'mount', expected: ['Mount'], reason: 'Unexpected `mount` in the place name `mount Everest`, expected `Mount`.'}],
      output: 'Climbers were stranded on Mount Everest.'
    },
    {
      text: 'Tourists crowded the shores of lake Geneva.',
      messages: [{range: [31, 35], actual: 'lake', expected: ['Lake'], reason: /in the place name/}],
      output: 'Tourists crowded the shores of Lake Geneva.'
    },
    {
      text: 'The yacht sank off cape Horn in 1910.',
      messages: [{range: [19, 23], actual: 'cape', expected: ['Cape']}],
      output: 'The yacht sank off Cape Horn in 1910.'
    },
    {
      text: 'The soldiers were stationed at fort Bragg.',
      messages: [{range: [31, 35], actual: 'fort', expected: ['Fort']}],
      output: 'The soldiers were stationed at Fort Bragg.'
    },
    {
      text: 'Sightings of a creature in loch Ness are rare.',
      messages: [{range: [27, 31], actual: 'loch', expected: ['Loch']}],
      output: 'Sightings of a creature in Loch Ness are rare.'
    },
    {
      text: 'Oil rigs were evacuated in the gulf of Mexico.',
      messages: [{range: [31, 35], actual: 'gulf', expected: ['Gulf'], reason: 'Unexpected `gulf` in the place name `gulf of Mexico`, expected `Gulf`.'}],
      output: 'Oil rigs were evacuated in the Gulf of Mexico.'
    },
    {
      text: 'Two tankers crossed the strait of Hormuz.',
      messages: [{range: [24, 30], actual: 'strait', expected: ['Strait']}],
      output: 'Two tankers crossed the Strait of Hormuz.'
    },
    {
      text: 'Crowds marked the feast of saint Patrick on Sunday.',
      messages: [{range: [27, 32], actual: 'saint', expected: ['Saint']}],
      output: 'Crowds marked the feast of Saint Patrick on Sunday.'
    },
    {
      text: 'Ferries to the isle of Wight were cancelled.',
      messages: [{range: [15, 19], actual: 'isle', expected: ['Isle']}],
      output: 'Ferries to the Isle of Wight were cancelled.'
    },
    {
      text: 'The route passes two peaks, mount Kenya and Kilimanjaro.',
      messages: [{range: [28, 33], actual: 'mount'}],
      output: 'The route passes two peaks, Mount Kenya and Kilimanjaro.'
    },
    {
      description: 'flags a lower-case place name inside a quotation (capitals are the writer\'s)',
      text: '"The fighting is heaviest around mount Sinjar," he said.',
      messages: [{range: [33, 38], actual: 'mount', severity: 'warning'}],
      output: '"The fighting is heaviest around Mount Sinjar," he said.'
    }
  ]
})

describe('proper-noun-case word lists', function () {
  it('are sorted', function () {
    for (const list of Object.values(properNounLists)) expect([...list]).toEqual([...list].sort())
  })
})
