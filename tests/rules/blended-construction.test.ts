import rule from '../../rules/blended-construction.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {text: 'Among those killed were two police officers.', description: 'does not flag "Among X were"'},
    {text: 'Those injured include a four-year-old boy.', description: 'does not flag "X include"'},
    {text: 'Among other measures, the plan includes a tax on sugar.', description: 'does not flag a new clause after a comma'},
    {
      text: 'Among the groups that include veterans is the Royal British Legion.',
      description: 'does not flag "include" in a relative clause'
    },
    {text: 'The list of those honoured includes two nurses.', description: 'does not flag a sentence not opening with "Among"'},
    {text: 'The victims, among them a priest, included several children.', description: 'does not flag "among" inside the sentence'},
    {text: 'Turnout was between 60 and 70 per cent.', description: 'does not flag "between … and"'},
    {text: 'Prices rose from 10 to 20 dollars.', description: 'does not flag "from … to"'},
    {text: 'The talks went ahead in spite of the protests.', description: 'does not flag "in spite of"'},
    {text: 'Despite the rain, thousands turned out.', description: 'does not flag "despite"'},
    {text: 'Between them they own 40 to 50 shops.', description: 'does not flag "to" after a word that is not a number'}
  ],
  invalid: [
    {
      text: 'Among those killed include a local journalist.',
      messages: [
        {
          range: [0, 11],
          actual: 'Among those',
          expected: ['Those'],
          reason: '`Among those killed include` blends `Among those killed are` with `Those killed include`; write `Those killed include`.'
        }
      ],
      output: 'Those killed include a local journalist.'
    },
    {
      text: 'Among the dead included three aid workers.',
      messages: [{actual: 'Among the', expected: ['The'], reason: /`Among the dead were`/}],
      output: 'The dead included three aid workers.'
    },
    {
      text: 'Among them include several former ministers.',
      description: 'flags "Among them include" and gives the subject pronoun',
      messages: [{actual: 'Among them', expected: ['They']}],
      output: 'They include several former ministers.'
    },
    {
      text: 'Amongst the items recovered includes a hunting rifle.',
      messages: [{actual: 'Amongst the', expected: ['The']}],
      output: 'The items recovered includes a hunting rifle.'
    },
    {
      text: 'Among the groups that fought in the battle include the YPG.',
      description: 'flags a blend with a relative clause before the verb',
      messages: [{actual: 'Among the'}],
      output: 'The groups that fought in the battle include the YPG.'
    },
    {
      text: 'The parade went ahead despite of the heavy rain.',
      messages: [{range: [29, 32], actual: ' of', expected: [''], reason: 'Unexpected `despite of`, expected `despite` (or `in spite of`).'}],
      output: 'The parade went ahead despite the heavy rain.'
    },
    {
      text: 'Despite of warnings, hundreds swam in the lake.',
      messages: [{actual: ' of'}],
      output: 'Despite warnings, hundreds swam in the lake.'
    },
    {
      text: 'Between 200 to 300 people attended the vigil.',
      messages: [{range: [12, 14], actual: 'to', expected: ['and']}],
      output: 'Between 200 and 300 people attended the vigil.'
    },
    {
      text: 'The quake killed between 1,500 to 2,000 people.',
      messages: [{actual: 'to', expected: ['and']}],
      output: 'The quake killed between 1,500 and 2,000 people.'
    },
    {
      text: '"Among those arrested include my own brother," she said.',
      description: 'flags inside a quotation as info with no fix',
      messages: [{actual: 'Among those', severity: 'info', reason: /inside a quotation/}]
    }
  ]
})
