import rule from '../../rules/dialect-consistency.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {
      text: 'The US Defense Department and the World Health Organization will help, the organisation said. Its centre in London will coordinate.',
      description: 'does not flag American spellings in names in a British article'
    },
    {
      text: 'Survivors of the attack on Pearl Harbor gathered at the harbour on Saturday.',
      description: 'does not flag a place name'
    },
    {
      text: 'The Labor Party won the Australian election, the organisation said.',
      description: 'does not flag an Australian party name'
    },
    {
      text: 'Crowds gathered near the Kennedy Space Center to watch the launch, the organisers said.',
      description: 'does not flag a name containing an American spelling'
    },
    {
      text: 'Defense lawyers said the organisation was not at fault.',
      description: 'does not flag a capitalised word at the start of a sentence'
    },
    {
      text: 'The organization said the colour of the new centre was recognized by the council.',
      description: 'does not flag Oxford spelling (British with -ize)'
    },
    {
      text: 'The computer program was written at the centre in Leeds.',
      description: 'does not flag a spelling British usage shares'
    },
    {
      text: 'The council will license the new theatre next year.',
      description: 'does not flag the British verb license'
    },
    {
      text: 'The judgment was handed down at the centre of the colour row.',
      description: 'does not flag judgment, usual in British legal writing'
    },
    {
      text: 'The organization said the center would reopen after the color scheme was changed.',
      description: 'does not flag American spelling throughout'
    },
    {
      text: 'The organisation said the centre would reopen after the colour scheme was changed.',
      description: 'does not flag British spelling throughout'
    },
    {
      text: 'The mayor said the city would recover quickly.',
      description: 'does not flag text without dialect spellings'
    }
  ],
  invalid: [
    {
      text: 'The organisation said the centre would reopen. Its spokesman apologized for the delay.',
      description: 'flags an American spelling in a British article',
      messages: [
        {
          range: [61, 71],
          actual: 'apologized',
          expected: ['apologised'],
          related: ['organisation', 'centre'],
          reason:
            '`apologized` is American spelling, `organisation` on line 1 British: the article mostly uses British spelling (2 to 1); use `apologised`.'
        }
      ],
      output: 'The organisation said the centre would reopen. Its spokesman apologised for the delay.'
    },
    {
      text: 'The organization said the center would reopen after the colour scheme was changed.',
      description: 'flags a British spelling in an American article',
      messages: [{range: [56, 62], actual: 'colour', expected: ['color'], reason: /American spelling \(2 to 1\)/}],
      output: 'The organization said the center would reopen after the color scheme was changed.'
    },
    {
      text: 'Those travelling by rail should check times, and people traveling by air should expect delays.',
      description: 'flags one word spelt both ways (a tie: the later one)',
      messages: [{range: [56, 65], actual: 'traveling', expected: ['travelling'], reason: /`travelling` on line 1/}],
      output: 'Those travelling by rail should check times, and people travelling by air should expect delays.'
    },
    {
      text: 'The well-organized protest was peaceful, the organisers said, and the centre stayed open.',
      description: 'flags part of a hyphenated word',
      messages: [{range: [9, 18], actual: 'organized', expected: ['organised']}],
      output: 'The well-organised protest was peaceful, the organisers said, and the centre stayed open.'
    },
    {
      text: 'The theatre reopened in the city centre. The council praised the colour scheme, but critics said the color was too bright and the color scheme dated.',
      description: 'flags one word family once, its other occurrences related',
      messages: [{range: [101, 106], actual: 'color', expected: ['colour'], related: ['theatre', 'centre', 'colour', 'color']}],
      output: 'The theatre reopened in the city centre. The council praised the colour scheme, but critics said the colour was too bright and the colour scheme dated.'
    },
    {
      text: "The governor's office said the licence would be renewed. The program was canceled, and the center closed.",
      description: 'flags a British-only spelling the table leaves out',
      messages: [{range: [31, 38], actual: 'licence', expected: ['license']}],
      output: "The governor's office said the license would be renewed. The program was canceled, and the center closed."
    },
    {
      text: 'The festival was cancelled and the theatre closed, though worshiping continued at the temple.',
      description: 'flags an American doubled-consonant spelling the table leaves out',
      messages: [{range: [58, 68], actual: 'worshiping', expected: ['worshipping']}],
      output: 'The festival was cancelled and the theatre closed, though worshipping continued at the temple.'
    },
    {
      text: 'The organisation criticized the plan. The organisation said it had analysed the data.',
      description: 'flags -ize when the article writes -ise (not Oxford spelling)',
      messages: [{range: [17, 27], actual: 'criticized', expected: ['criticised']}],
      output: 'The organisation criticised the plan. The organisation said it had analysed the data.'
    },
    {
      text: 'The centre will reopen in May, the council said. "The color scheme was a mistake," a spokesman said.',
      description: 'flags a spelling inside a quotation as info, without a fix',
      messages: [{range: [54, 59], actual: 'color', expected: ['colour'], severity: 'info', reason: /inside a quotation/}]
    },
    {
      text: 'Astronomers find water vapor on a distant planet\nThe water vapour was detected by the Hubble telescope, and the vapour levels were analysed.',
      description: 'flags a headline against the body',
      messages: [{range: [23, 28], actual: 'vapor', expected: ['vapour'], reason: /on line 2/}],
      output: 'Astronomers find water vapour on a distant planet\nThe water vapour was detected by the Hubble telescope, and the vapour levels were analysed.'
    },
    {
      text: 'The organization said the colour of the new centre was recognised by the council.',
      description: 'flags -ize against -ise in a British article',
      messages: [{range: [4, 16], actual: 'organization', expected: ['organisation']}],
      output: 'The organisation said the colour of the new centre was recognised by the council.'
    },
    {
      text: 'The defence minister said the offense was serious.',
      description: 'flags two different words in two dialects',
      messages: [{range: [30, 37], actual: 'offense', expected: ['offence']}],
      output: 'The defence minister said the offence was serious.'
    }
  ]
})
