import rule from '../../rules/name-consistency.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {
      text: 'Austria beat Denmark on Sunday. Australia play Austria in the final, and Austria are favourites.',
      description: 'does not flag two countries with similar names'
    },
    {
      text: 'Kim Jong-un inspected the site. His father Kim Jong-il had begun the programme, and Kim Jong-un has expanded it.',
      description: 'does not flag a father and son with names one syllable apart'
    },
    {
      text: 'Mr Smith was arrested on Friday. Ms Smith, his sister, said Mr Smith was innocent.',
      description: 'does not flag titles'
    },
    {
      text: "Trump's lawyers filed the appeal. Trump said the ruling was unfair, and Trump's allies agreed.",
      description: 'does not flag a possessive'
    },
    {
      text: 'The Kennedys gathered in Boston. Robert Kennedy Jr. spoke first, and Kennedy thanked the crowd.',
      description: 'does not flag a family name in the plural'
    },
    {
      text: 'Fighting spread across Syria. Syrian troops retreated, and Syria asked for talks.',
      description: 'does not flag a country and its adjective'
    },
    {
      text: 'Most residents are Hindu, and Hindu festivals draw large crowds. Schools there teach in Hindi.',
      description: 'does not flag two names the dictionary knows'
    },
    {
      text: 'Ahmed Khan was elected mayor. His rival Ahmad Shah conceded, and Ahmed Khan took office.',
      description: 'does not flag two people with similar first names and different surnames'
    },
    {
      text: 'Inspector Tom Baker led the raid. Baker said the search took hours, and Barker, a neighbour, watched.',
      description: 'does not flag two surnames that are both English words'
    },
    {
      text: 'The Labour Party won in Britain. In Australia the Labor Party lost, and Labour leaders sent condolences.',
      description: 'does not flag British and American spellings of two parties'
    },
    {
      text: 'Begun in 2015, the inquiry has cost £5m. Judge Anwar Begum said it would end soon, and Begum thanked the staff.',
      description: 'does not flag a capitalised word at the start of a sentence'
    },
    {
      text: 'Maria Lopez and Mario Lopez are siblings.',
      description: 'does not flag two short names each used once'
    },
    {
      text: 'UNHCR staff arrived on Monday. The UNHRC will debate the report, and UNHCR will brief it.',
      description: 'does not flag acronyms'
    },
    {
      text: 'The Hudson River Valley flooded. Boats on the River Hudson were moved.',
      description: 'does not flag a longer name containing the words'
    },
    {
      text: 'Troops left Gambia on Monday. Zambia sent aid, and Gambia thanked it.',
      description: 'does not flag names that differ in the first letter'
    }
  ],
  invalid: [
    {
      text: 'Divers searched the Hudson River on Friday. The search of the River Hudson resumed at dawn.',
      description: 'flags a name written in both word orders (a tie: the later one)',
      messages: [
        {
          range: [62, 74],
          actual: 'River Hudson',
          expected: ['Hudson River'],
          related: ['Hudson River'],
          reason: '`River Hudson` here, `Hudson River` earlier on this line: one name written in two word orders; use `Hudson River`.'
        }
      ],
      output: 'Divers searched the Hudson River on Friday. The search of the Hudson River resumed at dawn.'
    },
    {
      text: 'Lake Victoria is shrinking, scientists warn\nFishermen on Lake Victoria say catches have fallen, and scientists say Victoria Lake may lose a third of its area.',
      description: 'flags the minority word order',
      messages: [{range: [115, 128], actual: 'Victoria Lake', expected: ['Lake Victoria'], related: ['Lake Victoria', 'Lake Victoria']}],
      output: 'Lake Victoria is shrinking, scientists warn\nFishermen on Lake Victoria say catches have fallen, and scientists say Lake Victoria may lose a third of its area.'
    },
    {
      text: 'Theresa Bollinger won the seat. Bollinger thanked voters, and officials said Bolinger would take office in May.',
      description: 'flags a surname with a letter missing',
      messages: [
        {
          range: [77, 85],
          actual: 'Bolinger',
          expected: ['Bollinger'],
          reason: '`Bolinger` here, `Bollinger` earlier on this line (2 times): one name spelt two ways; use `Bollinger`.'
        }
      ],
      output: 'Theresa Bollinger won the seat. Bollinger thanked voters, and officials said Bollinger would take office in May.'
    },
    {
      text: 'Commander Mustafa Yilmaz said the army had withdrawn.\nMustafa Yilmaz later met the governor.\nMustapha Yilmaz said talks would continue.',
      description: 'flags a transliteration variant (ph for f)',
      messages: [{range: [93, 101], actual: 'Mustapha', expected: ['Mustafa'], reason: /on line 1 \(2 times\)/}],
      output: 'Commander Mustafa Yilmaz said the army had withdrawn.\nMustafa Yilmaz later met the governor.\nMustafa Yilmaz said talks would continue.'
    },
    {
      text: 'Nadia Okonkwo was elected in May. Okonkwo said the council would meet weekly, and Okonkow promised lower rents.',
      description: 'flags two swapped letters',
      messages: [{range: [82, 89], actual: 'Okonkow', expected: ['Okonkwo']}],
      output: 'Nadia Okonkwo was elected in May. Okonkwo said the council would meet weekly, and Okonkwo promised lower rents.'
    },
    {
      text: 'Thousands were moved to the al-Hawl camp. Conditions at al-Hawl are dire, aid groups say, and two children died in al-Hol on Sunday.',
      description: 'flags a transliteration variant (o for aw)',
      messages: [{range: [115, 121], actual: 'al-Hol', expected: ['al-Hawl']}],
      output: 'Thousands were moved to the al-Hawl camp. Conditions at al-Hawl are dire, aid groups say, and two children died in al-Hawl on Sunday.'
    },
    {
      text: "Piotr Kowalski was charged on Monday. Kowalski's lawyer said he would plead not guilty, and Kowalsky was remanded in custody.",
      description: 'flags a variant against a majority that includes a possessive',
      messages: [{range: [92, 100], actual: 'Kowalsky', expected: ['Kowalski'], related: ['Kowalski', 'Kowalski']}],
      output: "Piotr Kowalski was charged on Monday. Kowalski's lawyer said he would plead not guilty, and Kowalski was remanded in custody."
    },
    {
      text: 'Flooding hit Novosibirsk on Monday. Rescuers in Novosibrisk said the water was falling.',
      description: 'flags a long name spelt two ways once each, without a fix',
      messages: [{range: [48, 59], actual: 'Novosibrisk', expected: ['Novosibirsk']}]
    },
    {
      text: 'The mayor of Gdańsk was stabbed on stage. Gdańsk residents gave blood, and vigils were held in Gdansk.',
      description: 'flags a name written without its accent',
      messages: [{range: [95, 101], actual: 'Gdansk', expected: ['Gdańsk']}],
      output: 'The mayor of Gdańsk was stabbed on stage. Gdańsk residents gave blood, and vigils were held in Gdańsk.'
    },
    {
      text: 'Storm Ciarán batters the south coast with heavy rain\nStorm Ciarán brought winds of 100mph, and forecasters said Ciaran would move east.',
      description: 'flags a variant against the headline',
      messages: [{range: [112, 118], actual: 'Ciaran', expected: ['Ciarán'], reason: /on line 1 \(2 times\)/}],
      output: 'Storm Ciarán batters the south coast with heavy rain\nStorm Ciarán brought winds of 100mph, and forecasters said Ciarán would move east.'
    },
    {
      text: 'Rukhsana Begum was stripped of her citizenship. Her lawyer said Rukhsana Begun would appeal, and Begum thanked her supporters.',
      description: 'flags a variant that is an English word when both appear in one full name',
      messages: [{range: [73, 78], actual: 'Begun', expected: ['Begum']}],
      output: 'Rukhsana Begum was stripped of her citizenship. Her lawyer said Rukhsana Begum would appeal, and Begum thanked her supporters.'
    }
  ]
})
