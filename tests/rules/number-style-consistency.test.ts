import rule from '../../rules/number-style-consistency.js'
import {testRule} from '../helpers/rule-tester.js'

/** The range of the last occurrence of `needle` in `text`. */
function last(text: string, needle: string): [number, number] {
  const start = text.lastIndexOf(needle)
  return [start, start + needle.length]
}

const percentSign = 'Inflation eases\nPrices rose 5 per cent in the year to May. Food prices rose 8% and fuel rose 12 per cent.'
const percentWord =
  'Unemployment falls\nUnemployment fell to 4.1 percent in March. Youth unemployment fell to 11 percent, while long-term unemployment stayed at 1.2 per cent.'
const percentSpelled = 'Shares slump\nShares in the retailer fell 12% on Monday. The FTSE 100 fell 2% and the pound fell 1.5 percent.'
const percentTie = 'Turnout drops\nTurnout in the by-election was 61 percent, down from 66% at the general election.'
const fourDigits = 'Marathon record\nMore than 2,000 runners started the race and 1800 finished it. Organisers expect 3,500 runners next year.'
const longNumber =
  'Final sold out\nA crowd of 45000 watched the final, and 52,000 watched the semi-final. Tickets sold out after 80,000 fans applied.'
const plainMajority =
  'Strikes spread\nSome 1500 workers walked out on Monday, 2300 workers on Tuesday and 1,200 workers on Wednesday.'
const money = 'Appeal closes\nThe appeal raised $12,500 in a week, $10000 in a month and $15,000 by June.'
const figureTen =
  'Flood rescue\nFirefighters pulled ten people from cars on the A38. Police said 10 people had been taken to hospital and ten people were treated at the scene.'
const miles =
  'Roadworks on the M4\nDrivers faced queues of five miles near Reading. By ten the queue stretched to 5 miles, and by noon it was five miles again.'
const compound =
  'Council approves plan\nThe council approved a 5-year plan for housing. Critics said a five-year plan was too short and wanted a ten-year plan, not another five-year plan.'
const unions = 'Rail strike\nTalks with 8 unions broke down on Monday. The eight unions will meet again, and all eight unions back the strike.'
const twoGroups =
  'Budget\nThe fund paid out 1,500 grants worth 2500 dollars each. It approved 4500 loans and 3,000 grants, and about 120000 people applied for 250,000 places on a scheme worth 400,000 dollars.'

testRule(rule, {
  valid: [
    {
      text: 'Inflation hits 5%\nPrices rose 5 per cent in the year to May, and food prices rose 8 per cent.',
      description: 'does not flag a percent sign in the headline against per cent in the body'
    },
    {
      text: 'City marches\nAbout 2000 people marched in the city, and 15,000 marched in the capital.',
      description: 'does not flag four-digit numbers without a separator next to grouped larger numbers'
    },
    {
      text: 'Bridge history\nThe bridge opened in 1932 and carried 1,200 vehicles a day by 1950.',
      description: 'does not flag years against a grouped number'
    },
    {
      text: 'Storm damage\nFive houses were destroyed and 12 were damaged. Two schools closed for three days.',
      description: 'does not flag words below ten and figures from ten (AP style)'
    },
    {
      text: 'Court list\nThe panel of ten judges heard 12 cases and dismissed 11 of them.',
      description: 'does not flag different numbers in different styles'
    },
    {
      text: 'Patrol lost\n"We lost ten men in the valley," the captain said. The army said 10 soldiers were missing.',
      description: 'does not flag a number word inside a quotation'
    },
    {
      text: 'Motorway crash\nTwelve people were hurt in the crash. Police said 12 people were taken to hospital.',
      description: 'does not flag a number spelled out at the start of a sentence'
    },
    {
      text: 'Season review\nThe team won 5 matches and lost 12 this season. It won five matches last season.',
      description: 'does not flag a small figure next to a larger one in the same sentence'
    },
    {
      text: 'Airport delays\nFlight 1200 landed at 1400 GMT, and 1,300 passengers were delayed.',
      description: 'does not flag flight numbers and times'
    },
    {
      text: 'Charity walk\nThe walkers covered five miles on Saturday and 5 km on Sunday.',
      description: 'does not flag the same number with different units'
    },
    {
      text: 'House fire\nThe boy, 5, and his five-year-old sister were rescued by a neighbour.',
      description: 'does not flag ages'
    },
    {
      text: 'Quake\nA 5.0 magnitude quake was followed by five aftershocks.',
      description: 'does not flag a decimal against a word'
    },
    {
      text: 'Crash\nOne person died and 1 was hurt in the crash on the B4009.',
      description: 'does not flag one, which has many uses besides counting'
    },
    {
      text: 'Exams\nPass rates rose 2 percent in maths and 3 percent in English, while entries fell 4 percent.',
      description: 'does not flag a single percent style'
    },
    {
      text: 'Survey\nBetween 5 and 10 people answered each day; in the end five people answered every question.',
      description: 'does not flag a range'
    },
    {
      text: 'Rates rise\nThe bank raised rates by 0.5 per cent. "Rates up 0.5%," the governor wrote on Twitter.',
      description: 'does not flag a percent sign inside a quotation'
    },
    {
      text: 'Chart show\nThe song reached the top 10 in May, and ten weeks later it was still there.',
      description: 'does not flag a number after a label noun ("top 10")'
    },
    {
      text: 'Survey\nFour out of 10 voters backed the plan, while ten voters abstained.',
      description: 'does not flag a ratio'
    },
    {
      text: 'Shops\nShops will open at ten on Monday, and 10 shops will stay shut.',
      description: 'does not flag a clock time given as a bare hour'
    },
    {
      text: 'Ebola\nSurvival rates were 49% with ZMapp, 53% with remdesivir and 90% with early treatment.',
      description: 'does not flag percent signs used throughout'
    }
  ],
  invalid: [
    {
      text: percentSign,
      description: 'flags a percent sign among per cent',
      messages: [
        {
          range: last(percentSign, '8%'),
          actual: '8%',
          expected: ['8 per cent'],
          reason: 'Percentages written two ways: `8%` here, `5 per cent` earlier on this line; write `8 per cent` as elsewhere.',
          related: ['5 per cent', '12 per cent']
        }
      ],
      output: 'Inflation eases\nPrices rose 5 per cent in the year to May. Food prices rose 8 per cent and fuel rose 12 per cent.'
    },
    {
      text: percentWord,
      description: 'flags per cent among percent',
      messages: [{range: last(percentWord, '1.2 per cent'), expected: ['1.2 percent'], related: ['4.1 percent', '11 percent']}],
      output: percentWord.replace('1.2 per cent', '1.2 percent')
    },
    {
      text: percentSpelled,
      description: 'flags percent among percent signs',
      messages: [{range: last(percentSpelled, '1.5 percent'), expected: ['1.5%']}],
      output: percentSpelled.replace('1.5 percent', '1.5%')
    },
    {
      text: percentTie,
      description: 'flags the later form on a tie',
      messages: [{actual: '66%', expected: ['66 percent'], related: ['61 percent']}],
      output: percentTie.replace('66%', '66 percent')
    },
    {
      text: fourDigits,
      description: 'flags a four-digit number without a separator among grouped ones',
      messages: [
        {
          range: last(fourDigits, '1800'),
          expected: ['1,800'],
          reason: 'Numbers written with and without a thousands separator: `1800` here, `2,000` earlier on this line; write `1,800`, with a thousands separator as elsewhere.'
        }
      ],
      output: fourDigits.replace('1800', '1,800')
    },
    {
      text: longNumber,
      description: 'flags a five-digit number without a separator',
      messages: [{range: last(longNumber, '45000'), expected: ['45,000'], related: ['52,000', '80,000']}],
      output: longNumber.replace('45000', '45,000')
    },
    {
      text: plainMajority,
      description: 'flags a separator where most numbers have none',
      messages: [{range: last(plainMajority, '1,200'), expected: ['1200']}],
      output: plainMajority.replace('1,200', '1200')
    },
    {
      text: money,
      description: 'flags sums of money',
      messages: [{actual: '10000', expected: ['10,000']}],
      output: money.replace('10000', '10,000')
    },
    {
      text: twoGroups,
      description: 'flags four-digit and longer numbers as separate groups',
      messages: [
        {actual: '2500', expected: ['2,500'], related: ['1,500', '4500', '3,000']},
        {actual: '120000', expected: ['120,000'], related: ['250,000', '400,000']}
      ],
      output: twoGroups.replace('2500', '2,500').replace('4500', '4,500').replace('120000', '120,000')
    },
    {
      text: figureTen,
      description: 'flags figures among words for the same number',
      messages: [
        {
          range: last(figureTen, '10'),
          actual: '10',
          expected: ['ten'],
          reason: 'The same number written as a word and in figures: `10` here, `ten` earlier on this line; write `ten`, in words as elsewhere.',
          related: ['ten', 'ten']
        }
      ],
      output: figureTen.replace('10 people', 'ten people')
    },
    {
      text: miles,
      description: 'flags a distance in figures among distances in words',
      messages: [{range: last(miles, '5'), expected: ['five']}],
      output: miles.replace('5 miles', 'five miles')
    },
    {
      text: compound,
      description: 'flags the number of a compound adjective',
      messages: [{range: [45, 46], actual: '5', expected: ['five']}],
      output: compound.replace('5-year', 'five-year')
    },
    {
      text: unions,
      description: 'flags a count in figures among counts in words',
      messages: [{actual: '8', expected: ['eight']}],
      output: unions.replace('8 unions', 'eight unions')
    },
    {
      text: 'Dog show\nThere were 24 breeds on show, and judges picked twenty-four finalists from 24 breeds.',
      description: 'flags a compound number word among figures',
      messages: [{actual: 'twenty-four', expected: ['24']}],
      output: 'Dog show\nThere were 24 breeds on show, and judges picked 24 finalists from 24 breeds.'
    }
  ]
})
