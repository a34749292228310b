import rule from '../../rules/spelling.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {text: 'Kosgei broke the world record in Chicago on Sunday.', description: 'does not flag an unknown name starting a sentence'},
    {text: 'Fighting continued around Raqqa and Baghouz overnight.', description: 'does not flag unknown names mid-sentence'},
    {text: 'Police at the al-Hol camp said it was full.', description: 'does not flag a name particle in a hyphenated name'},
    {text: 'The SDF and the IRC issued a joint statement.', description: 'does not flag acronyms'},
    {text: 'Prosecutors said McArthur had pleaded guilty.', description: 'does not flag mixed-case names'},
    {text: 'The jihadis fled east, and the jihadis left weapons behind.', description: 'does not flag a lower-case term used repeatedly'},
    {text: 'She served on the frontline for a decade.', description: 'does not flag a closed compound of two known words'},
    {text: 'The cyberattack shut down three hospitals.', description: 'does not flag a known word with a free prefix'},
    {text: 'The great white shark (Carcharodon carcharias) was seen offshore.', description: 'does not flag a species name after its genus'},
    {text: 'Arnel dela Vega of the army confirmed the blast.', description: 'does not flag a particle inside a name'},
    {text: 'The trial is named for the Swahili phrase pamoja tulinde maisha, meaning "together save lives".', description: 'does not flag a foreign phrase'},
    {text: '"[W]ithin the next ten days, I will present a bill," she said.', description: "does not flag a word completed by an editor's bracket"},
    {text: 'Details are at www.example.com/reportz and @newsdeskz on Twitter.', description: 'does not flag URLs and handles'},
    {text: 'The hall was bought in 2004 by Tong Yung-soo.', description: 'does not flag the lower-case part of a hyphenated name'},
    {text: 'Michaela Watts and Stefano Rossi were named as witnesses.', description: 'does not flag name variants that differ at the end'},
    {text: 'Amnesty director Mariela Belski criticised the plan.', description: 'does not flag a given name that differs from a known one by a letter'},
    {text: 'Daily Xtra\u200d’s editor declined to comment.', description: 'does not flag a name with a zero-width joiner and a possessive'},
    {text: 'The theropods were fast runners, and one theropod could climb.', description: 'does not flag a term repeated in another inflection'},
    {text: 'The organisation moved its armoury to the centre.', dialect: 'en-US', description: "does not flag the other dialect's spellings as typos"},
    {text: 'Residents tried zorbing on the hill.', words: ['zorbing'], description: 'does not flag a word from a personal word list'},
    {text: 'Protesters threw molotov cocktails.', description: 'does not flag a proper noun used as a common noun'},
    {text: 'Their biomechanicist colleagues disagreed.', description: 'does not flag a rare word with no close neighbour'}
  ],
  invalid: [
    {
      text: 'Officials have bren told to leave.',
      messages: [{range: [15, 19], actual: 'bren', expected: ['been', 'bran', 'bred', 'brew', 'wren'], reason: /expected `been`/}],
      output: 'Officials have been told to leave.'
    },
    {
      text: 'Teh minister resigned on Friday.',
      messages: [{range: [0, 3], actual: 'Teh', reason: /expected `The`/}],
      output: 'The minister resigned on Friday.'
    },
    {
      text: 'A state of emergency in Lousiana was declared.',
      messages: [{range: [24, 32], actual: 'Lousiana', expected: ['Louisiana']}],
      output: 'A state of emergency in Louisiana was declared.'
    },
    {
      text: 'The report remained uncomfirmed by police.',
      messages: [{actual: 'uncomfirmed', expected: ['unconfirmed']}],
      output: 'The report remained unconfirmed by police.'
    },
    {
      text: 'He is survived by his wife Dierdre Coleman.',
      messages: [{actual: 'Dierdre', expected: ['Deirdre']}],
      output: 'He is survived by his wife Deirdre Coleman.'
    },
    {
      text: 'The troops no longer held ain town.',
      messages: [{range: [26, 29], actual: 'ain', reason: /or another word|check the spelling/}]
    },
    {
      text: 'The accomodation was poor.',
      messages: [{actual: 'accomodation', expected: ['accommodation']}],
      output: 'The accommodation was poor.'
    },
    {
      text: 'The goverment’s plan was rejected.',
      messages: [{range: [4, 13], actual: 'goverment', expected: ['government']}],
      output: 'The government’s plan was rejected.'
    },
    {
      text: 'Voters recieve their ballots by post.',
      messages: [{actual: 'recieve', expected: ['receive', 'relieve']}],
      output: 'Voters receive their ballots by post.'
    },
    {
      text: 'The mayor definately won the vote.',
      messages: [{actual: 'definately', reason: /definitely/}]
    }
  ]
})
