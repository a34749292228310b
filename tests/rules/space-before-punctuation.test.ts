import rule from '../../rules/space-before-punctuation.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {text: 'Chelsea won the tie 3 : 1 on aggregate.', description: 'does not flag a spaced ratio or score'},
    {text: 'The flight left at 10 : 30 local time.', description: 'does not flag a spaced time'},
    {text: 'He paused . . . then carried on speaking.', description: 'does not flag a spaced ellipsis'},
    {text: 'The bank rebuilt its systems on ASP .NET last year.', description: 'does not flag a name that starts with a full stop'},
    {text: 'Le ministre a répondu\u00a0: «\u00a0Jamais\u00a0!\u00a0»', description: 'does not flag no-break spaces (French typography)'},
    {text: 'Fans posted smiley faces :) under the video.', description: 'does not flag a face made of marks'},
    {text: 'The aid convoy reached a camp in northern .', description: 'does not flag a full stop after a lost word (missing-word reports it)'},
    {text: 'Turnout was 62 % in the north.', description: 'does not flag a space before a per cent sign'},
    'The town – which has 4,000 residents – was evacuated.',
    'Officials said the fire, which started at 3am, was under control.',
    {text: '1 ) Open the valve slowly.', description: 'does not flag a bracket that closes nothing'},
    'He shouted "Stop!" and ran towards the car.'
  ],
  invalid: [
    {
      text: 'The minister resigned on Tuesday , citing ill health.',
      messages: [{range: [32, 34], actual: ' ,', expected: [','], reason: 'Unexpected space before the comma in `Tuesday ,`, expected `Tuesday,`.'}],
      output: 'The minister resigned on Tuesday, citing ill health.'
    },
    {
      text: 'Shares fell 4 per cent ; analysts blamed the weak pound.',
      messages: [{range: [22, 24], actual: ' ;', expected: [';'], reason: /Unexpected space before the/}],
      output: 'Shares fell 4 per cent; analysts blamed the weak pound.'
    },
    {
      text: 'Who will pay for the new bridge ?',
      messages: [{range: [31, 33], actual: ' ?', expected: ['?']}],
      output: 'Who will pay for the new bridge?'
    },
    {
      text: 'The verdict was read out at noon .',
      messages: [{range: [32, 34], actual: ' .', expected: ['.']}],
      output: 'The verdict was read out at noon.'
    },
    {
      text: 'Police named the suspect (a 34-year-old from Leeds ) on Friday.',
      messages: [{range: [50, 52], actual: ' )', expected: [')']}],
      output: 'Police named the suspect (a 34-year-old from Leeds) on Friday.'
    },
    {
      description: 'flags a space before a comma inside a quotation (a transcription slip, not the speaker\'s words)',
      text: '"We will rebuild ," the mayor told reporters.',
      messages: [{range: [16, 18], actual: ' ,', expected: [','], severity: 'warning'}],
      output: '"We will rebuild," the mayor told reporters.'
    },
    {
      text: 'Three items were on the agenda : housing, transport and schools.',
      messages: [{range: [30, 32], actual: ' :', expected: [':']}],
      output: 'Three items were on the agenda: housing, transport and schools.'
    },
    {
      text: 'What a comeback !',
      messages: [{range: [15, 17], actual: ' !', expected: ['!']}],
      output: 'What a comeback!'
    },
    {
      text: 'Rain , wind and snow , forecasters warned.',
      messages: [{range: [4, 6], actual: ' ,'}, {range: [20, 22], actual: ' ,'}],
      output: 'Rain, wind and snow, forecasters warned.'
    },
    {
      text: 'The talks collapsed   , officials said.',
      messages: [{range: [19, 23], actual: '   ,', expected: [',']}],
      output: 'The talks collapsed, officials said.'
    }
  ]
})
