import rule from '../../rules/missing-word.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {text: 'Nobody knew what the statue was made of.', description: 'does not flag a stranded preposition'},
    'Residents said they had nowhere else to go.',
    'The result was exactly what the party had hoped for.',
    {text: 'Her accent is distinctly southern.', description: 'does not flag a compass adjective used as a predicate'},
    {text: 'Its role in the talks was seen as central.', description: 'does not flag an adjective after "as"'},
    {text: 'The committee voted for option a.', description: 'does not flag the letter a after a label'},
    {text: 'Fans queued for hours to see The The.', description: 'does not flag a capitalised name'},
    'The storm hit the north of the country and the east.',
    'The army moved into the north-east.',
    'The shop sells bread, milk and so on.',
    'After weeks of protests, the strikers finally gave up.',
    {text: 'Which company is the mine owned by?', description: 'does not flag a question'},
    {text: 'The camp in northeastern Syria holds 70,000 people.', description: 'does not flag a modifier followed by its noun'},
    {text: 'Names ending in the .travel suffix were approved.', description: 'does not flag a web address suffix after "the"'}
  ],
  invalid: [
    {
      text: 'Flooding closed roads across southern .',
      messages: [{range: [29, 39], actual: 'southern .', expected: [], reason: 'A word seems to be missing before the full stop: `southern` describes a noun that is not there; add the missing word.'}]
    },
    {
      text: 'The refugees were moved to a camp in north-eastern.',
      messages: [{range: [37, 51], actual: 'north-eastern.', reason: /A word seems to be missing before the full stop/}]
    },
    {
      text: 'A second earthquake struck the north eastern .',
      messages: [{range: [37, 46], actual: 'eastern .'}]
    },
    {
      text: 'The talks broke down over the .',
      messages: [{range: [26, 31], actual: 'the .', reason: 'A word seems to be missing before the full stop: `the` cannot end a sentence; add the missing word.'}]
    },
    {
      text: 'Officials said the vote would be held during.',
      messages: [{range: [38, 45], actual: 'during.'}]
    },
    {
      text: 'Supporters gathered outside their .',
      messages: [{range: [28, 35], actual: 'their .'}]
    },
    {
      text: 'The company reported higher sales and .',
      messages: [{range: [34, 39], actual: 'and .'}]
    },
    {
      text: 'Prices rose faster than .',
      messages: [{range: [19, 25], actual: 'than .'}]
    },
    {
      text: 'The ceasefire held in central . Aid lorries crossed the border.',
      messages: [{range: [22, 31], actual: 'central .', severity: 'warning'}]
    },
    {
      description: 'flags a lost word inside a quotation as info',
      text: 'He said: "The fighting has moved to the ."',
      messages: [{range: [36, 41], actual: 'the .', reason: /inside a quotation/, severity: 'info'}]
    }
  ]
})
