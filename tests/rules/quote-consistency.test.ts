import rule from '../../rules/quote-consistency.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {
      text: 'Minister ‘sorry’ for rail delays\nThe minister said she was “deeply sorry” for the delays.',
      description: 'does not flag single quotes in a headline and double quotes in the body, all curly'
    },
    {
      text: "Minister 'sorry' for rail delays\nThe minister said she was \"deeply sorry\" for the delays.",
      description: 'does not flag single quotes in a headline and double quotes in the body, all straight'
    },
    {
      text: 'The rebels’ commander said "the town is ours". It’s the group’s third victory this month.',
      description: 'does not count curly apostrophes as quotation marks'
    },
    {
      text: 'He said: "We will win." She called the plan "a disaster".',
      description: 'does not flag a quoted sentence against a quoted fragment (British logical punctuation)'
    },
    {
      text: 'He said: "They shouted \'go home\' at us." Police called it "abuse".',
      description: 'does not flag a quotation nested in another'
    },
    {
      text: 'She asked "why now?" and called the plan "rushed".',
      description: 'does not flag a question mark inside a quotation'
    },
    {
      text: 'Critics called the law "draconian." Supporters said it was "overdue."',
      description: 'does not flag fragments punctuated inside throughout (American style)'
    },
    {
      text: 'Critics called the law "draconian". Supporters said it was "overdue".',
      description: 'does not flag fragments punctuated outside throughout (British style)'
    },
    {
      text: 'The rock \'n\' roll star said "thanks" to his fans.',
      description: 'does not count an elision as a quotation mark'
    },
    {
      text: '"The vote was close. We lost," he said. She called the result "a shame".',
      description: 'does not flag a quoted sentence with its comma inside'
    },
    {
      text: "'Miracle' rescue in the Alps\nRescuers called the survival of the climbers \"a miracle\".",
      description: 'does not flag a straight single-quoted headline'
    },
    {
      text: 'Mourners gather at the scene\n"so sad," one resident said. Officials called the fire "a tragedy".',
      description: 'does not take a quotation opening a paragraph for a fragment'
    },
    {
      text: 'Officials said the "temporary" closure of the "old" bridge would last a year.',
      description: 'does not flag quotations without punctuation'
    }
  ],
  invalid: [
    {
      text: 'The minister called the plan “reckless”. Her deputy said it was "overdue" and "costly".',
      description: 'flags curly marks among straight ones, both marks of the quotation at once',
      messages: [
        {
          range: [29, 39],
          actual: '“reckless”',
          expected: ['"reckless"'],
          related: ['"', '"', '"', '"'],
          reason: '`“` here, `"` later on this line: curly and straight quotation marks mixed; use `"`.'
        }
      ],
      output: 'The minister called the plan "reckless". Her deputy said it was "overdue" and "costly".'
    },
    {
      text: 'Fans chanted “we want Smith” outside. The club called the protest “regrettable” and said "talks continue".',
      description: 'flags straight marks among curly ones',
      messages: [{range: [89, 105], actual: '"talks continue"', expected: ['“talks continue”']}],
      output: 'Fans chanted “we want Smith” outside. The club called the protest “regrettable” and said “talks continue”.'
    },
    {
      text: 'Minister ‘sorry’ for rail delays\nThe minister said she was "deeply sorry" and called the delays "unacceptable".',
      description: 'flags curly single quotes in a headline against straight double quotes in the body',
      messages: [{range: [9, 16], actual: '‘sorry’', expected: ["'sorry'"], reason: /`"` on line 2/}],
      output: "Minister 'sorry' for rail delays\nThe minister said she was \"deeply sorry\" and called the delays \"unacceptable\"."
    },
    {
      text: 'He said the vote was "rigged” and called the count "a farce" on Monday.',
      description: 'flags one curly mark closing a straight quotation',
      messages: [{range: [28, 29], actual: '”', expected: ['"']}],
      output: 'He said the vote was "rigged" and called the count "a farce" on Monday.'
    },
    {
      text: "She said the deal was ‘dead’. Her rival said it was 'alive' and 'well'.",
      description: 'flags curly single quotes among straight single quotes',
      messages: [{range: [22, 28], actual: '‘dead’', expected: ["'dead'"]}],
      output: "She said the deal was 'dead'. Her rival said it was 'alive' and 'well'."
    },
    {
      text: 'The union said: “Staff must be protected.” Managers said: "We agree." A spokesman said: "Talks will continue."',
      description: 'flags a curly quoted sentence among straight ones',
      messages: [{range: [16, 42], actual: '“Staff must be protected.”', expected: ['"Staff must be protected."']}],
      output: 'The union said: "Staff must be protected." Managers said: "We agree." A spokesman said: "Talks will continue."'
    },
    {
      text: 'He called the strike "unnecessary". She called it "overdue." Both spoke on Monday.',
      description: 'flags a full stop inside a quoted fragment against one outside (a tie: the later one)',
      messages: [
        {
          range: [58, 60],
          actual: '."',
          expected: ['".'],
          related: ['".'],
          reason:
            '`overdue."` here, `unnecessary".` earlier on this line: the full stop after a quoted fragment goes inside the closing mark here and outside it there; use `".`.'
        }
      ],
      output: 'He called the strike "unnecessary". She called it "overdue". Both spoke on Monday.'
    },
    {
      text: 'The report called the scheme "a failure", and ministers called it "a disgrace," before the vote. Unions said it was "too little".',
      description: 'flags a comma inside a quoted fragment against marks outside',
      messages: [{range: [77, 79], actual: ',"', expected: ['",']}],
      output: 'The report called the scheme "a failure", and ministers called it "a disgrace", before the vote. Unions said it was "too little".'
    },
    {
      text: 'Critics called the law "draconian." Supporters said it was "overdue." One senator called it "a start".',
      description: 'flags a full stop outside against American-style stops inside',
      messages: [{range: [100, 102], actual: '".', expected: ['."']}],
      output: 'Critics called the law "draconian." Supporters said it was "overdue." One senator called it "a start."'
    },
    {
      text: 'The union said: “Staff must be protected at every station and depot, on every train and every bus, at all times.” Managers said: "We agree." Drivers said: "Good."',
      description: 'flags only the opening mark of a long quotation; fixing again changes the closing one',
      messages: [{range: [16, 17], actual: '“', expected: ['"'], related: ['”', '"', '"', '"', '"']}],
      output: 'The union said: "Staff must be protected at every station and depot, on every train and every bus, at all times." Managers said: "We agree." Drivers said: "Good."'
    },
    {
      text: 'The court heard the claim was "baseless".\nA second judge called it "weak."\nThe appeal was dismissed as "without merit".',
      description: 'flags placement across paragraphs',
      messages: [{range: [72, 74], actual: '."', expected: ['".'], reason: /`baseless"\.` on line 1/}],
      output: 'The court heard the claim was "baseless".\nA second judge called it "weak".\nThe appeal was dismissed as "without merit".'
    }
  ]
})
