import rule from '../../rules/terminal-punctuation.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {text: 'Storm leaves thousands without power\nThe storm brought down power lines across three counties.', description: 'does not flag a headline'},
    {text: 'Storm leaves thousands without power\nPower lines came down across three counties as winds reached 90mph, forecasters said\nEngineers worked through the night to restore supplies.\nSchools will reopen on Monday.', description: 'does not flag a standfirst right after the headline'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nRESCUE EFFORTS\nVolunteers cleared fallen trees from the main road.', description: 'does not flag a subhead in capitals'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nWhat happens next\nThe council will assess the damage this week.', description: 'does not flag a short subhead in sentence case'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nThe Long Road To Recovery For Coastal Towns\nThe council will assess the damage this week.', description: 'does not flag a subhead in title case'},
    {text: 'Storm leaves thousands without power\nThe coach said: "We simply ran out of ideas in the second half."\nWe simply ran out of ideas\nEngineers worked through the night to restore supplies.', description: 'does not flag a pull quote that repeats a quotation'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\n"This is the worst flood in living memory"\nThe council will assess the damage this week.', description: 'does not flag a pull quote in quotation marks'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nPictured: Firefighters tackle the blaze at the warehouse on Monday\nThe council will assess the damage this week.', description: 'does not flag a caption'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nFirefighters at the scene of the blaze on Monday (Getty Images)\nThe council will assess the damage this week.', description: 'does not flag a caption ending in a photo credit'},
    {text: 'Storm leaves thousands without power\nBy Sarah Jones, Home Affairs Correspondent\nEngineers worked through the night to restore supplies.', description: 'does not flag a byline'},
    {text: 'Storm leaves thousands without power\nLONDON, June 12\nEngineers worked through the night to restore supplies.', description: 'does not flag a dateline'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nPublished Saturday 14 March 2020, 09:30 GMT\nSchools will reopen on Monday.', description: 'does not flag a date line'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nThe council listed its priorities:\n- Three schools will close for repairs\n- Two bridges will be inspected by engineers', description: 'does not flag list items or a paragraph ending in a colon'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nSchools will reopen on Monday.\nFirefighters battle second blaze in the same street\nShare this article', description: 'does not flag a related-story headline before page furniture'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nSchools will reopen on Monday.\nFirefighters battle second blaze in the same street\nCouncil to review fire safety rules after warehouse fire', description: 'does not flag a run of related-story headlines at the end'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nWill the town ever recover?\nThe council will assess the damage this week!', description: 'does not flag paragraphs ending in a question or exclamation mark'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nand more to come\nSchools will reopen on Monday.', description: 'does not flag a fragment that does not start a sentence'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nThe clean-up will cost, officials said,\nabout £2m in total.', description: 'does not flag a paragraph ending on a comma'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nThe men\'s relay team went to form in Glasgow as\nthey led from start to finish.', description: 'does not flag a paragraph broken off mid-sentence (the next line goes on in lower case)'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nThe women\'s 400m was won easily. Kenya\'s\nFaith Kipyegon took the 1500m.', description: 'does not flag a paragraph that stops on a possessive'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nThe champion retained her title in straight sets. Fourth seed\nElena Rybakina also went through.', description: 'does not flag a paragraph that stops a few words into a new sentence'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nReplacements: Evans for Jones (60), Price for Owen (71), Hughes for Lloyd (75)\nSchools will reopen on Monday.', description: 'does not flag a labelled list'},
    {text: 'Storm leaves thousands without power\nEngineers worked through the night to restore supplies.\nMargaret Atwood (Canada) Salman Rushdie (UK) Philip Roth (US) Orhan Pamuk (Turkey) Haruki Murakami (Japan)\nSchools will reopen on Monday.', description: 'does not flag a run of names'}
  ],
  invalid: [
    {
      text: 'Storm leaves thousands without power\nThe storm brought down power lines across the county.\nEngineers expect to restore supplies by the weekend',
      messages: [{range: [135, 142], actual: 'weekend', expected: ['weekend.'], reason: 'Unexpected end of paragraph without a full stop after `weekend`, expected `weekend.`.'}],
      output: 'Storm leaves thousands without power\nThe storm brought down power lines across the county.\nEngineers expect to restore supplies by the weekend.'
    },
    {
      text: 'Council approves budget\nThe council approved the budget on Tuesday.\nThe vote was 32 to 11 after a long debate\nThe new budget takes effect in April.',
      messages: [{range: [103, 109], actual: 'debate', expected: ['debate.'], reason: /without a full stop/}],
      output: 'Council approves budget\nThe council approved the budget on Tuesday.\nThe vote was 32 to 11 after a long debate.\nThe new budget takes effect in April.'
    },
    {
      description: 'flags a paragraph ending in a closing quotation mark and puts the full stop inside it in American style',
      text: 'Mayor defends plan\nThe mayor spoke on Monday.\nShe called the criticism "unfair and misleading"\nThe council meets again next week.',
      dialect: 'en-US',
      messages: [{range: [83, 94], actual: 'misleading"', expected: ['misleading."']}],
      output: 'Mayor defends plan\nThe mayor spoke on Monday.\nShe called the criticism "unfair and misleading."\nThe council meets again next week.'
    },
    {
      description: 'flags a paragraph ending in a closing quotation mark and puts the full stop after it in British style',
      text: 'Mayor defends plan\nThe mayor spoke on Monday.\nShe called the criticism "unfair and misleading"\nThe council meets again next week.',
      dialect: 'en-GB',
      messages: [{range: [83, 94], actual: 'misleading"', expected: ['misleading".']}],
      output: 'Mayor defends plan\nThe mayor spoke on Monday.\nShe called the criticism "unfair and misleading".\nThe council meets again next week.'
    },
    {
      text: 'Jobless total falls\nUnemployment fell in March.\nThe rate now stands at 4.1 per cent (down from 4.3 per cent a year ago)\nEconomists expect a rise later in the year.',
      dialect: 'en-US',
      messages: [{range: [115, 119], actual: 'ago)', expected: ['ago).']}],
      output: 'Jobless total falls\nUnemployment fell in March.\nThe rate now stands at 4.1 per cent (down from 4.3 per cent a year ago).\nEconomists expect a rise later in the year.'
    },
    {
      description: 'flags a body paragraph after a subhead',
      text: 'Inquiry opens\nThe public inquiry opened on Monday.\nWHAT HAPPENS NEXT\nThe committee will publish its findings in June\nWitnesses will be called from next week.',
      messages: [{range: [112, 116], actual: 'June'}],
      output: 'Inquiry opens\nThe public inquiry opened on Monday.\nWHAT HAPPENS NEXT\nThe committee will publish its findings in June.\nWitnesses will be called from next week.'
    },
    {
      text: 'Two arrested after raid\nPolice raided a house in the town on Sunday.\nPolice made two arrests. Both men were released on bail\nThe investigation continues.',
      messages: [{range: [120, 124], actual: 'bail'}],
      output: 'Two arrested after raid\nPolice raided a house in the town on Sunday.\nPolice made two arrests. Both men were released on bail.\nThe investigation continues.'
    },
    {
      description: 'flags the first body paragraph after a standfirst',
      text: 'Ferry service suspended\nHigh winds halt crossings for a second day\nThe operator cancelled all sailings until Friday\nPassengers were offered refunds.',
      messages: [{range: [109, 115], actual: 'Friday'}],
      output: 'Ferry service suspended\nHigh winds halt crossings for a second day\nThe operator cancelled all sailings until Friday.\nPassengers were offered refunds.'
    },
    {
      description: 'flags the last paragraph when it is a single unpunctuated sentence',
      text: 'Museum reopens\nThe museum reopened on Saturday after a two-year refit.\nAdmission remains free for children under 16',
      messages: [{range: [113, 115], actual: '16', expected: ['16.']}],
      output: 'Museum reopens\nThe museum reopened on Saturday after a two-year refit.\nAdmission remains free for children under 16.'
    }
  ]
})
