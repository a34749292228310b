import rule from '../../rules/demonym-for-place.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    'Fighters regrouped in the eastern Syrian town of Deir ez-Zor.',
    'The northern Iraqi city of Mosul was retaken in 2017.',
    'Aid reached villages in eastern Syria on Monday.',
    'She teaches central European history.',
    'He speaks fluent French, officials said.',
    'The southern Indian state of Kerala was flooded.',
    'A western Canadian pipeline was approved.',
    {text: 'Troops moved into northern Syria, the ministry said.', description: 'does not flag the place itself'},
    {text: 'The dialect is known as eastern Armenian.', description: 'does not flag a language name after a verb'},
    {text: 'The leaflet was written in western Ukrainian.', description: 'does not flag a language name after a preposition'},
    {text: 'Rebels control swathes of northern Syrian territory.', description: 'does not flag the adjective before its noun'},
    {text: 'The western Sahara, a disputed territory, was quiet.', description: 'does not flag a direction before a place name'}
  ],
  invalid: [
    {
      text: 'The village of Baghouz, eastern Syrian, was the last stronghold.',
      messages: [{range: [32, 38], actual: 'Syrian', expected: ['Syria'], reason: /expected the place `Syria`/}],
      output: 'The village of Baghouz, eastern Syria, was the last stronghold.'
    },
    {
      text: 'Shelling hit towns in northern Iraqi.',
      description: 'flags it after a preposition of place',
      messages: [{actual: 'Iraqi', expected: ['Iraq']}],
      output: 'Shelling hit towns in northern Iraq.'
    },
    {
      text: 'Floods struck the region (southern Indian) on Tuesday.',
      messages: [{actual: 'Indian', expected: ['India']}],
      output: 'Floods struck the region (southern India) on Tuesday.'
    },
    {
      text: 'Talks were held in Lyon, central French, on Monday.',
      description: 'flags a language name in apposition',
      messages: [{actual: 'French', expected: ['France']}],
      output: 'Talks were held in Lyon, central France, on Monday.'
    },
    {
      text: 'The outbreak spread across north-eastern Nigerian; officials were alarmed.',
      messages: [{actual: 'Nigerian', expected: ['Nigeria']}],
      output: 'The outbreak spread across north-eastern Nigeria; officials were alarmed.'
    },
    {
      text: 'Protests continued in western Kenyan',
      messages: [{actual: 'Kenyan', expected: ['Kenya']}],
      output: 'Protests continued in western Kenya'
    },
    {
      text: 'Clashes erupted in central Malian, where militants are active.',
      messages: [{actual: 'Malian', expected: ['Mali']}],
      output: 'Clashes erupted in central Mali, where militants are active.'
    },
    {
      text: 'Drought hit farms in southern Ethiopian: crops failed.',
      messages: [{actual: 'Ethiopian', expected: ['Ethiopia']}],
      output: 'Drought hit farms in southern Ethiopia: crops failed.'
    },
    {
      text: '"We fled from eastern Congolese," she said.',
      description: 'flags it inside a quotation as info, without a fix',
      messages: [{actual: 'Congolese', severity: 'info', reason: /inside a quotation/}]
    }
  ]
})
