import rule from '../../rules/number-conflict.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    // Pairs: figures of different things, or figures that agree.
    {
      text: 'The camp now holds more than 50,000 people, including 20,000 children.\nAbout 8,000 people arrived at the camp last week.',
      description: 'does not flag counts of different groups'
    },
    {
      text: 'More than 70 people died in the floods in Assam.\nThe floods in Assam have killed 72 people.',
      description: 'does not flag a figure that a qualifier reconciles ("more than 70" and 72)'
    },
    {
      text: 'Twelve people died in the floods in Assam on Monday.\nAnother 12 people died in the floods in Assam on Tuesday.',
      description: 'does not flag "another" figure'
    },
    {
      text: 'The crash on the M6 near Stafford killed four people.\nThe four people killed in the crash on the M6 were all from Stoke.',
      description: 'does not flag the same figure repeated'
    },
    {
      text: 'Floods killed 14 people in Kerala.\nFloods killed 23 people in Karnataka.',
      description: 'does not flag tolls of different places'
    },
    {
      text: 'Five people died in the storm on Monday.\nEight people died in the storm on Wednesday.',
      description: 'does not flag tolls of different days'
    },
    {
      text: 'The death toll from the earthquake in Sulawesi rose to 41 on Sunday.\nThe earthquake in Sulawesi killed 35 people, officials said.',
      description: 'does not flag a toll that the article says has risen'
    },
    {
      text: 'The blast at the fuel depot in Conakry killed 20 people.\nAn earlier count put the toll from the blast at the fuel depot at 27 dead.',
      description: 'does not flag an earlier, revised toll'
    },
    {
      text: 'The army said 12 soldiers were killed in the attack on the base at Inates.\nThe militants claimed 90 soldiers were killed in the attack on the base at Inates.',
      description: 'does not flag a claimed figure'
    },
    {
      text: 'Police said 14 people were killed in the clashes in Lagos.\nAmnesty International said 56 people were killed in the clashes in Lagos.',
      description: 'does not flag figures from two named sources'
    },
    {
      text: 'Forty people died in the fire at the Colectiv nightclub in Bucharest.\nSix of the dead at the Colectiv nightclub were foreign students.',
      description: 'does not flag a part of the toll ("six of the dead")'
    },
    {
      text: 'The bus crash near Arequipa killed 19 people.\nTwo children were among the dead in the bus crash near Arequipa.',
      description: 'does not flag a figure "among the dead"'
    },
    {
      text: 'The fire at the garment factory in Karachi killed 258 workers.\nThe fire at the garment factory in Karachi also killed 12 firefighters.',
      description: 'does not flag tolls of different groups'
    },
    {
      text: 'The storm killed 12 people in Galicia.\nThe storm injured 40 people in Galicia.',
      description: 'does not flag deaths against injuries'
    },
    {
      text: 'Air pollution causes 40,000 deaths a year across Britain.\nAir pollution caused 36,000 deaths across Britain in 2019.',
      description: 'does not flag a yearly rate against a total'
    },
    {
      text: 'The explosion at the port of Beirut killed 150 people.\n"We have counted 180 dead at the port of Beirut," a doctor said.',
      description: 'does not flag a figure inside a quotation'
    },
    {
      text: 'Between 30 and 40 people died in the fire at the market in Onitsha.\nThe fire at the market in Onitsha killed 36 people.',
      description: 'does not flag a range'
    },
    {
      text: 'Nearly 200 people died in the floods in Sindh province.\nThe floods in Sindh province killed 188 people.',
      description: 'does not flag a figure under "nearly"'
    },
    {
      text: 'About 300 people died in the landslide at the jade mine in Hpakant.\nThe landslide at the jade mine in Hpakant killed 296 people.',
      description: 'does not flag a figure close to an approximate one'
    },
    {
      text: 'Fighting killed 12 people on the border.\nAn outbreak of cholera killed 30 people.',
      description: 'does not flag tolls with no shared context'
    },
    {
      text: 'The toll from the cyclone climbed from 35 to 41 overnight in Mozambique.\nThe cyclone killed 41 people in Mozambique.',
      description: 'does not flag the old side of a change ("from 35 to 41")'
    },
    {
      text: 'The first blast at the cathedral in Jolo killed 15 people.\nThe second blast at the cathedral in Jolo killed five people.',
      description: 'does not flag tolls of a first and a second blast'
    },
    {
      text: 'A total of 49 people died across Texas in the storm.\nIn Houston, the storm killed 20 people.',
      description: 'does not flag a state total against a city toll'
    },
    {
      text: 'As many as 300 people may have died in the mudslide in Freetown.\nThe mudslide in Freetown killed 105 people.',
      description: 'does not flag a hedged figure ("may have died")'
    },
    {
      text: 'The virus has killed 3,000 people in Lombardy.\nOn Monday, 368 people died in Lombardy.',
      description: 'does not flag one day’s deaths against a running total'
    },
    {
      text: 'The tsunami that hit Aceh in 2004 killed 170,000 people.\nThe tsunami in Aceh this week killed 400 people.',
      description: 'does not flag a toll from an earlier year'
    },
    {
      text: 'The bombing in Kabul killed 30 people.\nIt was the worst attack in Kabul since March, when 40 people died.',
      description: 'does not flag the toll of an earlier event in a comparison'
    },
    {
      text: 'Twelve people died in the crash on the N2 near Durban.\nNine people died at the scene of the crash on the N2 and three died in hospital.',
      description: 'does not flag a breakdown of the toll'
    },
    {
      text: 'A plane crash near Addis Ababa killed 157 people.\nA similar crash of the same model off Jakarta killed 189 people.',
      description: 'does not flag a similar event elsewhere'
    },
    {
      text: 'The flu season has killed 80 people in Victoria.\nThe dead included 12 people in aged care homes in Victoria.',
      description: 'does not flag a figure the dead "included"'
    },
    // Single texts.
    {
      text: 'The ferry disaster at Zeebrugge in 1987 killed 193 people.\nThe 193 people killed at Zeebrugge in 1987 are remembered every March.',
      description: 'does not flag a year next to a toll'
    },
    {
      text: 'The driver, 34, died at the scene on the A1.\nA passenger, 29, died later in hospital after the crash on the A1.',
      description: 'does not flag ages'
    },
    {
      text: 'Turnout in the referendum was 62 per cent, and 55 per cent voted to leave.',
      description: 'does not flag percentages'
    },
    {
      text: 'The attack killed 12 soldiers and three civilians in the north of Burkina Faso.',
      description: 'does not flag two groups in one sentence'
    },
    {
      text: 'The storm killed five people on the coast, and five more died inland.',
      description: 'does not flag "more" in one sentence'
    },
    {
      text: 'Rescuers pulled 14 survivors from the rubble in Izmir.\nThe quake in Izmir killed 117 people.',
      description: 'does not flag survivors against deaths'
    },
    {
      text: 'The hospital in Gaza treated 40 wounded people on Friday.\nSeven of the wounded in Gaza were children.',
      description: 'does not flag a part of the wounded'
    },
    {
      text: 'Flight 302 crashed six minutes after take-off, killing all 157 people on board.',
      description: 'does not flag a flight number'
    },
    {
      text: 'The shooting at the school in Parkland killed 17 people.\nThe gunman at the school in Parkland was 19.',
      description: 'does not flag an age against a toll'
    },
    {
      text: 'At least 50 people died in the shootings in Christchurch.\nAt least 42 of them died at the Al Noor mosque.',
      description: 'does not flag a part of the toll ("42 of them")'
    },
    {
      text: 'The collapse of the dam in Brumadinho killed 270 people.\nThe company paid 270 million reais to the families of the dead in Brumadinho.',
      description: 'does not flag money next to a toll'
    }
  ],
  invalid: [
    {
      text: 'A fire at a tower block in Dubai killed 11 people.\nThe blaze at the tower block in Dubai left nine people dead.',
      description: 'flags two death tolls for one fire',
      messages: [
        {
          range: [94, 98],
          actual: 'nine',
          reason: 'Conflicting figures for deaths: `nine` here, `11` on line 1; check which is right.',
          related: ['11']
        }
      ]
    },
    {
      text: 'At least 30 people were injured in the stampede at the stadium in Conakry.\nHospital officials said 12 people were hurt in the stampede at the stadium.',
      description: 'flags a figure below an "at least" figure',
      messages: [{actual: '12', reason: /^Conflicting figures for injuries in the stampede: `12` here, `30` on line 1/, related: ['30']}]
    },
    {
      text: 'The earthquake in Herat province killed 2,310 people, the United Nations said.\nThe death toll from the earthquake in Herat province stands at 2,130.',
      description: 'flags a toll against a "stands at" figure, with thousands separators',
      messages: [{actual: '2,130', related: ['2,310']}]
    },
    {
      text: 'Twelve miners died in the collapse at the Soma coal mine.\nRescuers recovered the bodies of 15 miners who died in the collapse at the Soma mine.',
      description: 'flags a number word against digits for the same group',
      messages: [{actual: '15', reason: /^Conflicting figures for miners killed in the collapse: `15` here, `Twelve` on line 1/}]
    },
    {
      text: 'Eight climbers are missing after the avalanche on Mont Blanc.\nSix climbers remain missing after the avalanche on Mont Blanc, the mountain rescue service said.',
      description: 'flags two figures for the missing',
      messages: [{actual: 'Six', reason: /^Conflicting figures for climbers missing/}]
    },
    {
      text: 'Police arrested 45 people during the protest in central Minsk.\nA total of 54 people were arrested during the protest in central Minsk.',
      description: 'flags two figures for arrests',
      messages: [{actual: '54', reason: /^Conflicting figures for arrests during the protest/}]
    },
    {
      text: 'About 1,200 residents were evacuated from the village of Ferragudo.\nOfficials said 5,000 residents were evacuated from Ferragudo.',
      description: 'flags a figure far from an approximate one',
      messages: [{actual: '5,000', related: ['1,200']}]
    },
    {
      text: 'Coastguards rescued 64 migrants off the coast of Lampedusa.\nThe 46 migrants rescued off the coast of Lampedusa were taken to a reception centre.',
      description: 'flags two figures for the rescued',
      messages: [{actual: '46', reason: /^Conflicting figures for migrants rescued off the coast: `46` here, `64` on line 1/}]
    },
    {
      text: 'More than 40 people died when the ferry sank off Zanzibar.\nThe ferry that sank off Zanzibar was carrying 100 passengers, and 32 people died.',
      description: 'flags a figure below a "more than" figure',
      messages: [{actual: '32', related: ['40']}]
    },
    {
      text: 'The suicide bombing at the market in Kano killed 19 people.\nThe bombing at the market in Kano left 17 dead and dozens injured.',
      description: 'flags "killed 19 people" against "left 17 dead"',
      messages: [{actual: '17', related: ['19']}]
    },
    {
      text: 'The explosion at the chemical plant in Tianjin injured 85 workers.\nSome 200 workers were injured by the explosion at the chemical plant.',
      description: 'flags an approximate figure far from an exact one',
      messages: [{actual: '200', related: ['85']}]
    },
    {
      text: 'Four soldiers were killed in the ambush near Kidal.\nThe army said three soldiers died in the ambush near Kidal.',
      description: 'flags two number words',
      messages: [{actual: 'three', reason: /`three` here, `Four` on line 1/}]
    },
    {
      text: 'Nine people died in the landslide in the Wayanad district.\nThe landslide in Wayanad killed nine people, the police said.\nVolunteers say 12 people died in the landslide in Wayanad.',
      description: 'flags the odd one out of three figures, with both others related',
      messages: [{actual: '12', reason: /`12` here, `Nine` on line 1/, related: ['Nine', 'nine']}]
    },
    {
      text: 'Bus crash near Cusco kills 23\nA bus crash near Cusco killed 32 people.',
      description: 'flags a headline toll against the body',
      messages: [{actual: '32', related: ['23']}]
    },
    {
      text: 'The number of deaths at the Kutupalong camp stood at 37.\nAid groups said 41 people have died at the Kutupalong camp.',
      description: 'flags a "stood at" measure against "people have died"',
      messages: [{actual: '41', reason: /^Conflicting figures for deaths at the Kutupalong: `41` here, `37` on line 1/}]
    },
    {
      text: 'The pandemic has killed 1.2 million people in Europe, the WHO said.\nIn Europe, the pandemic has now killed 2.1 million people.',
      description: 'flags figures in millions',
      messages: [{actual: '2.1 million', related: ['1.2 million']}]
    },
    {
      text: 'There were 143 road deaths in Ireland in 2019.\nIreland recorded 140 road deaths in 2019, police said.',
      description: 'flags two figures for one kind of death in one year',
      messages: [{actual: '140', reason: /^Conflicting figures for road deaths/}]
    },
    {
      text: 'The fire at the care home in Lyon killed six residents. Firefighters said seven residents died in the fire at the care home in Lyon.',
      description: 'flags two figures in one paragraph',
      messages: [{actual: 'seven', related: ['six']}]
    },
    {
      text: 'The outbreak of cholera in Yemen has killed 2,500 people since April.\nCholera has killed 2,800 people in Yemen since April, according to the agency.',
      description: 'flags two tolls of one outbreak',
      messages: [{actual: '2,800', related: ['2,500']}]
    },
    {
      text: 'The heatwave in Andhra Pradesh has killed 1,020 people.\nThe heatwave in Andhra Pradesh has claimed 1,200 lives.',
      description: 'flags "claimed … lives" against "killed … people"',
      messages: [{actual: '1,200', related: ['1,020']}]
    },
    {
      text: 'The collapse of the Morandi bridge in Genoa killed 43 people.\nThe families of the 34 people who died when the Morandi bridge collapsed are suing.',
      description: 'flags transposed digits',
      messages: [{actual: '34', related: ['43']}]
    }
  ]
})
