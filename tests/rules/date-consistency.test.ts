import rule from '../../rules/date-consistency.js'
import {testRule} from '../helpers/rule-tester.js'

/** The range of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string): [number, number] {
  const start = text.indexOf(needle)
  return [start, start + needle.length]
}

const british = 'Brexit vote delayed\nMPs will now vote on Thursday, 22 March 2019, the Speaker said.'
const noComma = 'Summit ends\nThe summit ended on Thursday 22 March 2019 without a joint statement.'
const american = 'Senate vote\nThe Senate will vote on Thursday, March 22, 2019, aides said.'
const noYearComma = 'Storm warning\nThe storm is expected to make landfall on Wednesday March 22 2019 near Mobile.'
const shortForm = 'Polls close\nVoting closes at 10pm on Tue, 4 Nov 2019 in every constituency.'
const ordinal = 'Festival opens\nThe festival opens on Sunday the 1st of June 2019 in Hay-on-Wye.'
const capitals = 'NEW YEAR\nTHURSDAY, JANUARY 1, 2020 was a public holiday across the country.'
const leapDay = 'Leap year\nThe vote was held on Friday, 29 February 2020, a day that comes once in four years.'
const abbreviatedMonth = 'Anniversary\nThe attacks of Monday, Sept. 11, 2001 are remembered in New York every year.'
const ordinalAmerican = 'Earnings\nThe company will report its results on Thursday, March 22nd, 2019.'
const twoDates =
  'Timeline\nThe referendum was held on Thursday, 23 June 2016. The result was announced on Saturday, 24 June 2016.'
const fullStop = 'Court date\nThe trial opens on Thurs. 22 March 2019 at the Old Bailey.'
const datelined = 'Flood warning\nFriday, 22 March 2019\nThe river burst its banks yesterday (Wednesday) after a week of rain.'

testRule(rule, {
  valid: [
    {text: 'Brexit vote\nMPs will vote on Friday, 22 March 2019, the Speaker said.', description: 'does not flag a right weekday'},
    {text: 'Senate vote\nThe Senate will vote on Friday, March 22, 2019, aides said.', description: 'does not flag a right weekday (US order)'},
    {text: 'Talks resume\nTalks resume on Thursday, 22 March in Geneva.', description: 'does not flag a date without a year'},
    {text: 'Talks resume\nTalks resume on Thursday, March 22, officials said. The deal is due in 2019.', description: 'does not guess the year from elsewhere'},
    {text: 'Ferry sails\nThe ferry sails on Monday, 31 April 2019 if the weather allows.', description: 'does not flag a date that does not exist'},
    {text: 'Report due\nHe said on Thursday that 22 March 2019 was the deadline.', description: 'does not flag a weekday that is not next to the date'},
    {text: 'Waiting room\nShe sat 22 March 2019 out in the waiting room.', description: 'does not flag a lower-case word that looks like a weekday'},
    {text: 'Festival\nThe festival runs from Thursday 21 to Friday 22 March 2019.', description: 'does not flag a right weekday in a range'},
    {text: 'Polls close\nVoting closes on Fri 22 Mar 2019 at 10pm.', description: 'does not flag a right short weekday'},
    {text: 'Crash\nOn Sunday 45 people died in crashes in March 2019.', description: 'does not flag a weekday before a number that is not a day'},
    {
      text: 'Flood warning\nFriday, 22 March 2019\nThe river burst its banks yesterday (Thursday) after a week of rain.',
      description: 'does not flag a relative day that agrees with the dateline'
    },
    {
      text: 'Power cut\nThe power failed yesterday, Thursday, and was restored today, Friday, at noon.',
      description: 'does not flag relative days that agree with each other'
    },
    {
      text: 'Storm\nThe storm hit on Thursday, and yesterday the clean-up began. Schools reopen today.',
      description: 'does not flag yesterday and today without a weekday attached'
    },
    {
      text: 'Rescue\nFriday, 22 March 2019\nThe crew was found at dawn. "We set off yesterday (Tuesday)," the captain said.',
      description: 'does not flag a relative day inside a quotation'
    },
    {text: 'Election\nThe election on Tuesday, 3 November 2020 drew record turnout.', description: 'does not flag a right weekday in 2020'}
  ],
  invalid: [
    {
      text: british,
      description: 'flags a wrong weekday before a British date',
      messages: [
        {
          range: at(british, 'Thursday'),
          actual: 'Thursday',
          expected: ['Friday'],
          reason: 'Unexpected `Thursday` for 22 March 2019, which was a Friday; expected `Friday`.'
        }
      ],
      output: british.replace('Thursday', 'Friday')
    },
    {
      text: noComma,
      description: 'flags a wrong weekday without a comma',
      messages: [{range: at(noComma, 'Thursday'), expected: ['Friday']}],
      output: noComma.replace('Thursday', 'Friday')
    },
    {
      text: american,
      description: 'flags a wrong weekday before an American date',
      messages: [{range: at(american, 'Thursday'), expected: ['Friday'], reason: /for March 22, 2019, which was a Friday/}],
      output: american.replace('Thursday', 'Friday')
    },
    {
      text: noYearComma,
      description: 'flags an American date without a comma before the year',
      messages: [{actual: 'Wednesday', expected: ['Friday']}],
      output: noYearComma.replace('Wednesday', 'Friday')
    },
    {
      text: shortForm,
      description: 'flags a short weekday and keeps it short',
      messages: [{actual: 'Tue', expected: ['Mon'], reason: /4 Nov 2019, which was a Monday/}],
      output: shortForm.replace('Tue', 'Mon')
    },
    {
      text: ordinal,
      description: 'flags "Sunday the 1st of June 2019"',
      messages: [{actual: 'Sunday', expected: ['Saturday']}],
      output: ordinal.replace('Sunday', 'Saturday')
    },
    {
      text: capitals,
      description: 'flags a weekday in capitals and keeps the capitals',
      messages: [{actual: 'THURSDAY', expected: ['WEDNESDAY']}],
      output: capitals.replace('THURSDAY', 'WEDNESDAY')
    },
    {
      text: leapDay,
      description: 'flags a wrong weekday on a leap day',
      messages: [{actual: 'Friday', expected: ['Saturday']}],
      output: leapDay.replace('Friday', 'Saturday')
    },
    {
      text: abbreviatedMonth,
      description: 'flags a date with an abbreviated month',
      messages: [{actual: 'Monday', expected: ['Tuesday'], reason: /for Sept\. 11, 2001, which was a Tuesday/}],
      output: abbreviatedMonth.replace('Monday', 'Tuesday')
    },
    {
      text: ordinalAmerican,
      description: 'flags "March 22nd, 2019"',
      messages: [{actual: 'Thursday', expected: ['Friday']}],
      output: ordinalAmerican.replace('Thursday', 'Friday')
    },
    {
      text: twoDates,
      description: 'flags only the wrong one of two dates',
      messages: [{range: at(twoDates, 'Saturday'), expected: ['Friday']}],
      output: twoDates.replace('Saturday', 'Friday')
    },
    {
      text: fullStop,
      description: 'flags an abbreviated weekday with a full stop, leaving the stop',
      messages: [{range: at(fullStop, 'Thurs'), actual: 'Thurs', expected: ['Fri']}],
      output: fullStop.replace('Thurs.', 'Fri.')
    },
    {
      text: datelined,
      description: 'flags a relative day that disagrees with the dateline, as info',
      messages: [
        {
          range: at(datelined, 'Wednesday'),
          actual: 'Wednesday',
          expected: ['Thursday'],
          severity: 'info',
          reason:
            '`yesterday (Wednesday)` makes today a Thursday, but the dateline on line 2 makes it a Friday; expected `Thursday`.',
          related: ['Friday']
        }
      ]
    },
    {
      text: 'Diary\nHe wrote: "The ship sails on Thursday, 22 March 2019."',
      description: 'flags a wrong weekday inside a quotation as info, without a fix',
      messages: [{actual: 'Thursday', expected: ['Friday'], severity: 'info', reason: /inside a quotation/}]
    },
    {
      text: 'Power cut\nThe power failed yesterday, Thursday, and was restored today, Saturday, at noon.',
      description: 'flags two relative days that disagree, as info',
      messages: [{actual: 'Saturday', expected: ['Friday'], severity: 'info'}]
    }
  ]
})
