import rule, {allowedDoubles} from '../../rules/repeated-word.js'
import {testRule} from '../helpers/rule-tester.js'
import {expect, it} from 'vitest'

it('keeps the allowed doubles sorted', function () {
  expect([...allowedDoubles].sort()).toEqual(allowedDoubles)
})

testRule(rule, {
  valid: [
    {text: 'The best season they had had since the war ended in disappointment.', description: 'does not flag "had had"'},
    {text: 'She argued that that decision was unlawful.', description: 'does not flag "that that"'},
    {text: 'What the council needs is is a clear budget.', description: 'does not flag "is is" after a fused relative'},
    {text: 'It was a very very close race in the final lap.', description: 'does not flag an intensifier repeated for emphasis'},
    {text: 'Fans waved bye bye to the relegated club.', description: 'does not flag a reduplication'},
    {text: 'The band Duran Duran played Wembley on Saturday.', description: 'does not flag a name'},
    {text: 'Sirhan Sirhan was denied parole again.', description: 'does not flag a repeated first and last name'},
    {text: 'The final score was 20 20 after extra time.', description: 'does not flag numbers'},
    {text: 'No, no, we will not resign, the minister said.', description: 'does not flag a repeat across a comma'},
    {text: 'The ceasefire held until the\nthe next morning.', description: 'does not flag a repeat across a line break'},
    {text: 'The band The The toured Europe.', description: 'does not flag a capitalised repeat (a name)'},
    {text: 'The storm moved in in the early hours of Tuesday.', description: 'does not flag a particle meeting a preposition'},
    {text: 'What they do do is keep the roads open.', description: 'does not flag an emphatic "do do"'},
    {text: 'Talks in Geneva went on. On Monday they resumed.', description: 'does not flag a repeat across sentences'},
    {text: 'It was a case of the more, the more they spent.', description: 'does not flag a pair repeated across a comma'},
    {text: 'The crowd chanted ha ha ha ha at the referee.', description: 'does not flag laughter'},
    {text: 'The tide came in again and again and flooded the road.', description: 'does not flag "again and again and"'}
  ],
  invalid: [
    {
      text: 'Talks will resume in the the new year.',
      messages: [{range: [24, 28], actual: ' the', expected: [''], reason: 'Expected `the` once, not twice; remove the repeat.'}],
      output: 'Talks will resume in the new year.'
    },
    {
      text: 'Police arrested two men and and seized a car.',
      messages: [{range: [27, 31], actual: ' and', expected: ['']}],
      output: 'Police arrested two men and seized a car.'
    },
    {
      text: 'The the council voted against the plan.',
      description: 'flags a repeat at the start of a sentence',
      messages: [{range: [3, 7], actual: ' the'}],
      output: 'The council voted against the plan.'
    },
    {
      text: 'The bridge is is expected to reopen in May.',
      messages: [{range: [13, 16], actual: ' is'}],
      output: 'The bridge is expected to reopen in May.'
    },
    {
      text: 'Officials said the fire started in a a kitchen.',
      messages: [{actual: ' a', expected: ['']}],
      output: 'Officials said the fire started in a kitchen.'
    },
    {
      text: 'The company will go to to court next week.',
      messages: [{actual: ' to'}],
      output: 'The company will go to court next week.'
    },
    {
      text: 'The boat was towed into a into a harbour near Dover.',
      description: 'flags two words typed twice',
      messages: [{range: [25, 32], actual: ' into a', expected: [''], reason: 'Expected `into a` once, not twice; remove the repeat.'}],
      output: 'The boat was towed into a harbour near Dover.'
    },
    {
      text: 'He said "we we will rebuild" at the rally.',
      description: 'flags a repeat inside a quotation as a typo',
      messages: [{actual: ' we', severity: 'warning'}],
      output: 'He said "we will rebuild" at the rally.'
    },
    {
      text: 'Residents were told of of the evacuation late on Friday.',
      messages: [{actual: ' of'}],
      output: 'Residents were told of the evacuation late on Friday.'
    },
    {
      text: 'The results were published with with the journal Nature.',
      messages: [{actual: ' with'}],
      output: 'The results were published with the journal Nature.'
    }
  ]
})
