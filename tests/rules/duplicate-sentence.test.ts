import rule from '../../rules/duplicate-sentence.js'
import {testRule} from '../helpers/rule-tester.js'

const head = 'Floods close main road\n'

testRule(rule, {
  valid: [
    {
      text: 'Storm Ciara floods towns across northern England\nStorm Ciara flooded towns across northern England on Sunday, forcing hundreds from their homes.',
      description: 'does not flag a lead that restates the headline'
    },
    {
      text: 'Ferry sinks off Crete\nA ferry carrying 200 passengers sank off Crete on Friday\nA ferry carrying 200 passengers sank off Crete on Friday morning after hitting rocks.',
      description: 'does not flag a lead that restates the standfirst'
    },
    {
      text: head + 'No one was hurt, police said.\nThe fire spread to a second building.\nNo one was hurt in the second blast, officials said.',
      description: 'does not flag short attributed sentences'
    },
    {
      text: head + 'The first bomb exploded inside the cathedral during Mass.\nThe second bomb exploded in the car park minutes later.',
      description: 'does not flag sentences alike in form with different facts'
    },
    {
      text: head + 'Women hold fewer than 30 percent of seats in the state senate.\nMen hold more than 70 percent of seats in the state assembly.',
      description: 'does not flag parallel figures about different things'
    },
    {
      text: head + 'Witnesses said he injured a man and two women near the station.\nTwo women and a man were injured, according to reports, and one is critical.',
      description: 'does not flag a recap with no shared phrase'
    },
    {
      text: head + 'The Syrian Democratic Forces said on Monday that the town had fallen.\nThe Syrian Democratic Forces have lost about 11,000 fighters since 2014.',
      description: 'does not flag sentences that share only a name'
    },
    {
      text: head + 'Cases rose by 4,000, according to the World Health Organization.\nThe vaccine is safe for children, according to the World Health Organization.',
      description: 'does not flag a shared attribution'
    },
    {
      text: head + 'Police said 42 people were killed at the mosque on Friday.\nPolice said 7 people were killed at the mosque on Friday.',
      description: 'does not flag sentences that differ in a figure'
    },
    {
      text: head + 'Police arrested a 36-year-old man from Oxford on suspicion of burglary.\nOn Saturday they arrested a 66-year-old man on suspicion of burglary.',
      description: 'does not flag a second arrest told in the same words'
    },
    {
      text: head + 'The council approved the budget on Tuesday.\nThe council approved the budget.',
      description: 'does not flag a sentence under five words'
    }
  ],
  invalid: [
    {
      text: head + 'The bridge will close for repairs on Monday morning.\nTraffic will be diverted through the town centre.\nThe bridge will close for repairs on Monday morning.',
      description: 'flags a sentence repeated word for word',
      messages: [
        {
          range: [126, 178],
          actual: 'The bridge will close for repairs on Monday morning.',
          reason: 'Repeats what line 2 says (`the bridge will close for repairs on monday morning`); keep one of them.',
          severity: 'info',
          related: ['The bridge will close for repairs on Monday morning.']
        }
      ]
    },
    {
      text: head + 'Rescuers pulled three survivors from the rubble on Tuesday.\nThe quake struck at dawn.\nThree survivors were pulled from the rubble on Tuesday by rescuers.',
      description: 'flags the same statement reworded',
      messages: [{actual: 'Three survivors were pulled from the rubble on Tuesday by rescuers.', reason: /line 2 says \(`from the rubble on tuesday`\)/}]
    },
    {
      text: head + 'Officials closed the border crossing at noon. Officials closed the border crossing at noon, citing security fears.',
      description: 'flags a repeat in the same paragraph',
      messages: [{actual: 'Officials closed the border crossing at noon, citing security fears.'}]
    },
    {
      text: head + 'The mayor said: "We will rebuild every home that was lost, whatever it costs."\nWe will rebuild every home that was lost',
      description: 'flags a pull quote repeating a quotation',
      messages: [{actual: 'We will rebuild every home that was lost', related: ['The mayor said: "We will rebuild every home that was lost, whatever it costs."']}]
    },
    {
      text: head + 'The plant will shut in 2025 with the loss of 400 jobs.\nUnions called the decision a betrayal.\nThe plant will shut in 2025, with the loss of about 400 jobs.',
      description: 'flags a near repeat with a word changed',
      messages: [{actual: 'The plant will shut in 2025, with the loss of about 400 jobs.'}]
    },
    {
      text: head + 'The river burst its banks near the old mill overnight.\nShe said: "The river burst its banks near the old mill overnight."',
      description: 'flags a repeat inside a quotation, saying so',
      messages: [{actual: 'She said: "The river burst its banks near the old mill overnight."', severity: 'info'}]
    },
    {
      text: head + 'The river burst its banks near the old mill overnight.\n"The river burst its banks near the old mill overnight," she said.',
      description: 'flags a repeat that is itself a quotation',
      messages: [{reason: /keep one of them/}]
    },
    {
      text: head + 'Voters in the north backed the proposal by a wide margin.\nTurnout was 61 per cent.\nVoters in the north backed the proposal by a wide margin.\nThe result is binding.\nVoters in the north backed the proposal by a wide margin.',
      description: 'flags every later copy against the first',
      messages: [
        {reason: /^Repeats what line 2 says/, related: ['Voters in the north backed the proposal by a wide margin.']},
        {reason: /^Repeats what line 2 says/, related: ['Voters in the north backed the proposal by a wide margin.']}
      ]
    }
  ]
})
