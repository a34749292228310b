import {expect, it} from 'vitest'
import rule, {classicAcronyms, memberNouns} from '../../rules/redundant-acronym.js'
import {testRule} from '../helpers/rule-tester.js'

it('keeps its word lists sorted', function () {
  expect([...classicAcronyms].sort()).toEqual(classicAcronyms)
  expect([...memberNouns].sort()).toEqual(memberNouns)
})

testRule(rule, {
  valid: [
    'Customers queued at the ATM outside the station.',
    'She forgot her PIN and the card was swallowed.',
    {
      text: 'The Kurdistan Workers Party has fought Turkey for decades.\nKWP fighters crossed the border.',
      description: 'does not flag a follower that is not the last word of the name'
    },
    {
      text: 'The United States has 50 states.\nGovernors of several US states objected.',
      description: 'does not flag a word naming the members of a union'
    },
    {
      text: 'The Association of Southeast Asian Nations met in Jakarta.\nASEAN nations agreed a statement.',
      description: 'does not flag ASEAN nations'
    },
    {
      text: 'The Syrian Democratic Forces Command issued a statement.\nSDF forces later withdrew.',
      description: 'does not learn an acronym from a longer name'
    },
    {
      text: 'The National Health Service is under strain.\nNHS staff worked through the night.',
      description: 'does not flag a word that is not in the name'
    },
    {
      text: 'Troops from the Democratic Republic of Congo arrived.\nDRC officials said the border was closed.',
      description: 'does not flag another word after a learnt acronym'
    },
    {
      text: 'The World Health Organization (WHO) warned of a new wave.\nThe WHO said its organization was stretched.',
      description: 'does not flag the word when it is not right after the acronym'
    },
    {
      text: 'Police found an ATM, machine tools and cash in the van.',
      description: 'does not flag across punctuation'
    },
    {
      text: 'The Organisation of the Petroleum Exporting Countries meets on Friday.\nThe OPEC countries disagree.',
      description: 'does not flag OPEC countries (the members of the organisation)'
    },
    {text: 'The Syrian Democratic Forces moved.\nSDF FORCES ADVANCE ON TOWN', description: 'does not flag a line in capitals'}
  ],
  invalid: [
    {
      text: 'Thieves emptied the ATM machine overnight.',
      messages: [
        {range: [23, 31], actual: ' machine', expected: [''], reason: '`ATM machine` repeats the last word of `ATM`; use `ATM`.'}
      ],
      output: 'Thieves emptied the ATM overnight.'
    },
    {
      text: 'Customers were asked to enter their PIN numbers twice.',
      description: 'flags a plural and moves the plural onto the acronym',
      messages: [{actual: 'PIN numbers', expected: ['PINs'], reason: '`PIN numbers` repeats the last word of `PIN`; use `PINs`.'}],
      output: 'Customers were asked to enter their PINs twice.'
    },
    {
      text: 'The HIV virus was first identified in 1983.',
      messages: [{actual: ' virus'}],
      output: 'The HIV was first identified in 1983.'
    },
    {
      text: 'The car’s GPS system led the driver into a lake.',
      messages: [{actual: ' system'}],
      output: 'The car’s GPS led the driver into a lake.'
    },
    {
      text: 'The Free Syrian Army was formed in 2011.\nFSA army units later joined other groups.',
      description: 'flags an acronym learnt from the article',
      messages: [
        {
          actual: ' army',
          reason: '`FSA army` repeats the last word of `FSA` (Free Syrian Army); use `FSA`.'
        }
      ],
      output: 'The Free Syrian Army was formed in 2011.\nFSA units later joined other groups.'
    },
    {
      text: 'Talks were held at the International Atomic Energy Agency in Vienna. IAEA agency inspectors left on Monday.',
      description: 'flags a learnt name in the same paragraph',
      messages: [{actual: ' agency'}],
      output: 'Talks were held at the International Atomic Energy Agency in Vienna. IAEA inspectors left on Monday.'
    },
    {
      text: 'Exports of liquefied natural gas (LNG) rose.\nLNG gas tankers queued off the coast.',
      description: 'flags an acronym spelt out in lower case before brackets',
      messages: [{actual: ' gas', reason: /\(liquefied natural gas\)/}],
      output: 'Exports of liquefied natural gas (LNG) rose.\nLNG tankers queued off the coast.'
    },
    {
      text: 'The European Union summit ended late.\nEU union leaders signed the deal.',
      messages: [{actual: ' union'}],
      output: 'The European Union summit ended late.\nEU leaders signed the deal.'
    },
    {
      text: 'The Long-Range Identification and Tracking data were lost. LRIT tracking stopped.',
      description: 'flags a name with a hyphenated word',
      messages: [{actual: ' tracking'}],
      output: 'The Long-Range Identification and Tracking data were lost. LRIT stopped.'
    },
    {
      text: 'The bank manager said: "Someone tampered with the ATM machine."',
      description: 'flags inside a quotation as info with no fix',
      messages: [{actual: ' machine', severity: 'info', reason: /inside a quotation/}]
    }
  ]
})
