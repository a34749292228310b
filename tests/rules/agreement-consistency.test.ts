import rule from '../../rules/agreement-consistency.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {
      text: 'Police have arrested two men. The police chief has resigned, and police are appealing for witnesses.',
      description: 'does not flag police, which is always plural'
    },
    {
      text: 'A spokesman for the council has confirmed the closure. The council have apologised to residents.',
      description: 'does not flag a noun after a preposition (not the subject)'
    },
    {
      text: 'The EU and NATO have condemned the attack. NATO has sent more troops to the border.',
      description: 'does not flag one of two joined subjects'
    },
    {
      text: '"The government are lying to us," the protester said. The government has denied the claim.',
      description: 'does not count a quotation: the speaker’s grammar, not the writer’s'
    },
    {
      text: 'Does the committee have the power to act? The committee has met twice this year.',
      description: 'does not flag a question'
    },
    {
      text: 'The ruling let the council have the final say. The council has welcomed the decision.',
      description: 'does not flag a subject that is the object of let'
    },
    {
      text: 'If the government were to fall, an election would follow. The government has a majority of 12.',
      description: 'does not flag a subjunctive were'
    },
    {
      text: 'Members of the committee have resigned. The committee has 12 seats.',
      description: 'does not flag a collective noun inside a larger subject'
    },
    {
      text: 'The family have asked for privacy. The family have thanked the hospital staff.',
      description: 'does not flag a subject treated as plural throughout'
    },
    {
      text: 'The BBC has apologised. The BBC has also suspended the presenter.',
      description: 'does not flag a subject treated as singular throughout'
    },
    {
      text: 'Manchester United have signed a striker. The club has paid £40m, and the fans are delighted.',
      description: 'does not flag different subjects'
    },
    {
      text: "The government's plans have been delayed. The government has blamed the weather.",
      description: 'does not flag a possessive'
    },
    {
      text: 'Why do the board want a new chief executive? The board has not said.',
      description: 'does not flag a subject after do'
    },
    {
      text: 'The number of refugees has risen. Aid groups say the majority are children.',
      description: 'does not flag nouns that take the number of what they count'
    },
    {
      text: 'REBELS ARE ROUTED AS ARMY IS DEPLOYED\nThe army have taken the last rebel town, officials said.',
      description: 'does not count a line in capitals, where acronyms cannot be told from words'
    },
    {
      text: 'Territory controlled by the SDF has grown. The SDF have taken three villages this week.',
      description: 'does not flag an acronym after by'
    }
  ],
  invalid: [
    {
      text: 'The council has approved the budget. The council have also frozen parking charges.',
      description: 'flags the later form on a tie',
      messages: [
        {
          range: [49, 53],
          actual: 'have',
          expected: ['has'],
          related: ['has'],
          reason:
            '`council have` here, `council has` earlier on this line: `council` is treated as plural here and as singular elsewhere; use `has`.'
        }
      ],
      output: 'The council has approved the budget. The council has also frozen parking charges.'
    },
    {
      text: 'The BBC has apologised for the error.\nThe BBC have said the presenter will return next week.',
      description: 'flags an acronym',
      messages: [{range: [46, 50], actual: 'have', expected: ['has'], reason: /`BBC has` on line 1/}],
      output: 'The BBC has apologised for the error.\nThe BBC has said the presenter will return next week.'
    },
    {
      text: 'The government are expected to announce the plan on Monday. The government is also reviewing rail fares.',
      description: 'flags a singular verb after a plural one',
      messages: [{range: [75, 77], actual: 'is', expected: ['are']}],
      output: 'The government are expected to announce the plan on Monday. The government are also reviewing rail fares.'
    },
    {
      text: 'The team were beaten 3-1 on Saturday. The team was without its captain. The team were booed off.',
      description: 'flags the minority form',
      messages: [{range: [47, 50], actual: 'was', expected: ['were'], related: ['were', 'were']}],
      output: 'The team were beaten 3-1 on Saturday. The team were without its captain. The team were booed off.'
    },
    {
      text: 'NATO has long resisted the idea. NATO have now agreed to send more troops.',
      description: 'flags an acronym without an article',
      messages: [{range: [38, 42], actual: 'have', expected: ['has']}],
      output: 'NATO has long resisted the idea. NATO has now agreed to send more troops.'
    },
    {
      text: "The committee hasn't met since March. The committee haven't published a report.",
      description: 'flags a negative contraction',
      messages: [{range: [52, 59], actual: "haven't", expected: ["hasn't"]}],
      output: "The committee hasn't met since March. The committee hasn't published a report."
    },
    {
      text: 'The Labour Party has chosen a new leader. The Labour Party are expected to meet on Friday.',
      description: 'flags an organisation’s name',
      messages: [{range: [59, 62], actual: 'are', expected: ['is']}],
      output: 'The Labour Party has chosen a new leader. The Labour Party is expected to meet on Friday.'
    },
    {
      text: 'The company says it will appeal. The company say the ruling was unfair.',
      description: 'flags a reporting verb',
      messages: [{range: [45, 48], actual: 'say', expected: ['says']}],
      output: 'The company says it will appeal. The company says the ruling was unfair.'
    },
    {
      text: 'The jury was sent home on Tuesday. The jury were told to return on Monday.',
      description: 'flags were against was',
      messages: [{range: [44, 48], actual: 'were', expected: ['was']}],
      output: 'The jury was sent home on Tuesday. The jury was told to return on Monday.'
    },
    {
      text: 'UNICEF is sending supplies to the region. UNICEF are also funding three clinics.',
      description: 'flags an acronym after an adverb',
      messages: [{range: [49, 52], actual: 'are', expected: ['is']}],
      output: 'UNICEF is sending supplies to the region. UNICEF is also funding three clinics.'
    },
    {
      text: 'Our team is ready for the final. Our team are confident, the coach said.',
      description: 'flags a subject after a possessive determiner',
      messages: [{range: [42, 45], actual: 'are', expected: ['is']}],
      output: 'Our team is ready for the final. Our team is confident, the coach said.'
    },
    {
      text: 'The Government has published its plan. Critics say the government have ignored the north.',
      description: 'flags a collective noun written with and without a capital',
      messages: [{range: [66, 70], actual: 'have', expected: ['has'], reason: /`Government has` earlier on this line/}],
      output: 'The Government has published its plan. Critics say the government has ignored the north.'
    },
    {
      text: 'Officials said the Syrian government has agreed to talks. The government were not available for comment.',
      description: 'flags a collective noun with a modifier',
      messages: [{range: [73, 77], actual: 'were', expected: ['was']}],
      output: 'Officials said the Syrian government has agreed to talks. The government was not available for comment.'
    }
  ]
})
