import {expect, it} from 'vitest'
import rule, {irregularPasts, openingAdverbs} from '../../rules/missing-subject.js'
import {testRule} from '../helpers/rule-tester.js'

it('keeps its word lists sorted', function () {
  expect([...openingAdverbs].sort()).toEqual(openingAdverbs)
  expect([...irregularPasts].sort()).toEqual(irregularPasts)
})

const head = 'Minister resigns over expenses\n'

testRule(rule, {
  valid: [
    {text: head + 'Later that day, the minister resigned.', description: 'does not flag an adverb phrase before the subject'},
    {text: head + 'Then came the news that the plant would close.', description: 'does not flag an inverted verb of arrival'},
    {text: head + 'Also killed were two police officers.', description: 'does not flag an inverted passive'},
    {text: head + 'Also arrested was his brother.', description: 'does not flag an inverted passive with "was"'},
    {text: head + 'Recently released figures show a fall in crime.', description: 'does not flag a participle before a noun'},
    {text: head + 'Yesterday saw the largest protest in years.', description: 'does not flag a time word used as the subject'},
    {text: head + 'Later, officials confirmed the death toll.', description: 'does not flag an adverb followed by a comma'},
    {text: head + 'Later he tweeted: "We will not back down."', description: 'does not flag a sentence with a subject'},
    {text: head + 'Previously unreleased footage was shown to the jury.', description: 'does not flag a participle adjective'},
    {text: head + 'Then followed a minute of silence.', description: 'does not flag "Then followed"'},
    {text: 'Later tweeted a video', description: 'does not flag a headline'}
  ],
  invalid: [
    {
      text: head + 'The minister visited the flooded town. Later told reporters the road would reopen.',
      messages: [
        {
          range: [70, 80],
          actual: 'Later told',
          expected: [],
          reason: '`Later told` has no subject; say who told.'
        }
      ]
    },
    {
      text: head + 'Then also tweeted: "The people have spoken."',
      messages: [{actual: 'Then also tweeted'}]
    },
    {
      text: head + 'Earlier said that the talks had failed.',
      messages: [{actual: 'Earlier said'}]
    },
    {
      text: head + 'Subsequently resigned.',
      messages: [{actual: 'Subsequently resigned'}]
    },
    {
      text: head + 'Afterwards released a statement through his lawyer.',
      messages: [{actual: 'Afterwards released'}]
    },
    {
      text: head + 'The club confirmed the signing. Later posted a video of the striker.',
      messages: [{actual: 'Later posted'}]
    },
    {
      text: head + 'Meanwhile wrote to the council asking for a delay.',
      messages: [{actual: 'Meanwhile wrote'}]
    },
    {
      text: head + 'Finally thanked them for their patience.',
      messages: [{actual: 'Finally thanked'}]
    },
    {
      text: head + 'She said: "Later told him the truth."',
      description: 'flags inside a quotation as info',
      messages: [{actual: 'Later told', severity: 'info', reason: /inside a quotation/}]
    }
  ]
})
