import rule from '../../rules/hyphen-consistency.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {
      text: 'The five-year plan was approved. The last plan ran out five years ago.',
      description: 'does not flag a compound adjective and a plural of the same words'
    },
    {
      text: 'She is a well-known author. Her work is well known in Spain.',
      description: 'does not flag an open compound after a verb (predicative use)'
    },
    {
      text: 'He took a full-time job in May. Before that he had worked full time for a charity.',
      description: 'does not flag an open compound used as an adverb'
    },
    {
      text: 'Investors want a long-term plan. In the long term, prices should fall.',
      description: 'does not flag a noun phrase followed by a comma'
    },
    {
      text: 'The long-term contracts were signed in March. In the long term prices will fall.',
      description: 'does not flag an open form before a different noun without an article'
    },
    {
      text: 'Officials set up a hotline on Monday. The setup cost £5,000.',
      description: 'does not flag a phrasal verb and its noun'
    },
    {
      text: 'Police are investigating a break-in at the school. Thieves tried to break in through a window.',
      description: 'does not flag a hyphenated noun and its phrasal verb'
    },
    {
      text: 'A follow-up meeting is planned for June. Officials will follow up with the families.',
      description: 'does not flag a compound adjective and its phrasal verb'
    },
    {
      text: 'She runs every day. It is part of her everyday routine.',
      description: 'does not flag an open form made of function words'
    },
    {
      text: 'The striker agreed to re-sign with the club. Days later the manager threatened to resign.',
      description: 'does not flag words the hyphen tells apart'
    },
    {
      text: 'The sevengill shark was tagged off Cape Town. Like all its kind, it has seven gills.',
      description: 'does not flag a count and a closed compound'
    },
    {
      text: 'Troops moved north, eastern towns were evacuated and northeastern roads were closed.',
      description: 'does not flag words on either side of a comma'
    },
    {
      text: 'The North Eastern Railway once ran the line. Today northeastern towns rely on buses.',
      description: 'does not flag a name against a common word'
    },
    {
      text: 'Many islanders lack fresh water. The freshwater lake is drying up.',
      description: 'does not flag a noun phrase against its closed adjective'
    },
    {
      text: 'The five-year reign ended in 2019. The four-year campaign cost billions.',
      description: 'does not flag different compounds'
    },
    {
      text: 'A two-thirds majority is needed. Two thirds of MPs backed the bill.',
      description: 'does not flag a fraction used as a noun'
    },
    {
      text: 'The decision-making process was slow. Decision making is harder in a crisis.',
      description: 'does not flag a compound used as a subject'
    },
    {
      text: 'Data from the tracking site MarineTraffic showed the tanker off Oman. Marine traffic in the strait has doubled.',
      description: 'does not flag a brand written closed against the common words'
    },
    {
      text: 'The ten-year-old boy was found safe. He is ten years old.',
      description: 'does not flag an age written as a noun phrase'
    }
  ],
  invalid: [
    {
      text: 'The council approved a two-year budget on Monday. Opposition members said the two year budget left schools short.',
      description: 'flags an open compound before the same noun as its hyphenated form',
      messages: [
        {
          range: [78, 86],
          actual: 'two year',
          expected: ['two-year'],
          related: ['two-year'],
          reason: '`two year` here, `two-year` earlier on this line: one compound written two ways; use `two-year`.'
        }
      ],
      output: 'The council approved a two-year budget on Monday. Opposition members said the two-year budget left schools short.'
    },
    {
      text: 'Her well-known novel sold widely in France. She followed it with a well known memoir about her father.',
      description: 'flags an open compound after an article and before a noun',
      messages: [{range: [67, 77], actual: 'well known', expected: ['well-known']}],
      output: 'Her well-known novel sold widely in France. She followed it with a well-known memoir about her father.'
    },
    {
      text: 'The ceasefire held overnight in Gaza. Mediators said the cease fire deal would be extended.',
      description: 'flags an open compound against its closed form',
      messages: [{range: [57, 67], actual: 'cease fire', expected: ['ceasefire'], related: ['ceasefire']}],
      output: 'The ceasefire held overnight in Gaza. Mediators said the ceasefire deal would be extended.'
    },
    {
      text: 'Party members voted to re-elect the chairman. They also voted to reelect the treasurer.',
      description: 'flags a closed form against a hyphenated prefix (a tie: the later one)',
      messages: [{range: [65, 72], actual: 'reelect', expected: ['re-elect']}],
      output: 'Party members voted to re-elect the chairman. They also voted to re-elect the treasurer.'
    },
    {
      text: 'Aid reached camps in north eastern Syria. More families arrived at the camp in northeastern Syria.',
      description: 'flags the open form on a tie when the joined form is a dictionary word',
      messages: [{range: [21, 34], actual: 'north eastern', expected: ['northeastern'], related: ['northeastern']}],
      output: 'Aid reached camps in northeastern Syria. More families arrived at the camp in northeastern Syria.'
    },
    {
      text: 'Rescue teams worked non-stop through the night. The nonstop effort saved 12 miners.',
      description: 'flags a closed form against a hyphenated one',
      messages: [{range: [52, 59], actual: 'nonstop', expected: ['non-stop']}],
      output: 'Rescue teams worked non-stop through the night. The non-stop effort saved 12 miners.'
    },
    {
      text: "Firefighters arrived within minutes. Two fire fighters were injured, and the firefighters' union praised them.",
      description: 'flags a plural noun written open against its closed majority',
      messages: [
        {range: [41, 54], actual: 'fire fighters', expected: ['firefighters'], related: ['Firefighters', 'firefighters']}
      ],
      output: "Firefighters arrived within minutes. Two firefighters were injured, and the firefighters' union praised them."
    },
    {
      text: 'Three-day strike shuts ports\nDockers began a three day strike on Monday.',
      description: 'flags body copy against the headline',
      messages: [{range: [45, 54], actual: 'three day', expected: ['three-day'], reason: /on line 1/}],
      output: 'Three-day strike shuts ports\nDockers began a three-day strike on Monday.'
    },
    {
      text: 'US-backed forces took the town on Sunday. A spokesman for the US backed forces said fighting had ended.',
      description: 'flags a compound with an acronym',
      messages: [{range: [62, 71], actual: 'US backed', expected: ['US-backed']}],
      output: 'US-backed forces took the town on Sunday. A spokesman for the US-backed forces said fighting had ended.'
    },
    {
      text: 'Long-term care costs rose again this year. Long term care budgets were cut in 2019.',
      description: 'flags a sentence-initial compound, keeping its capital',
      messages: [{range: [43, 52], actual: 'Long term', expected: ['Long-term']}],
      output: 'Long-term care costs rose again this year. Long-term care budgets were cut in 2019.'
    },
    {
      text: 'The four day week was trialled by 60 firms. Staff said the four-day week cut stress, and most firms kept the four-day week.',
      description: 'flags the minority form even when it comes first',
      messages: [{range: [4, 12], actual: 'four day', expected: ['four-day'], related: ['four-day', 'four-day']}],
      output: 'The four-day week was trialled by 60 firms. Staff said the four-day week cut stress, and most firms kept the four-day week.'
    },
    {
      text: 'The ministry published an up-to-date list of closures. Critics said an up to date register would have helped.',
      description: 'flags a compound of three words',
      messages: [{range: [71, 81], actual: 'up to date', expected: ['up-to-date']}],
      output: 'The ministry published an up-to-date list of closures. Critics said an up-to-date register would have helped.'
    },
    {
      text: 'Floods hit the northeastern city of Recife on Tuesday. Rain also fell in north eastern towns.',
      description: 'flags an open compound against a closed one (a tie: the later one)',
      messages: [{range: [73, 86], actual: 'north eastern', expected: ['northeastern']}],
      output: 'Floods hit the northeastern city of Recife on Tuesday. Rain also fell in northeastern towns.'
    },
    {
      text: 'Data from MarineTraffic showed the ship turning back. A Marine Traffic spokesman said the signal was lost.',
      description: 'flags a brand name written closed and open',
      messages: [{range: [56, 70], actual: 'Marine Traffic', expected: ['MarineTraffic']}],
      output: 'Data from MarineTraffic showed the ship turning back. A MarineTraffic spokesman said the signal was lost.'
    },
    {
      text: 'Crews said the non-stop work would last a week. "It has been nonstop since Friday," one firefighter said.',
      description: 'flags a form inside a quotation as info, without a fix',
      messages: [{range: [61, 68], actual: 'nonstop', expected: ['non-stop'], severity: 'info', reason: /inside a quotation/}]
    }
  ]
})
