import rule from '../../rules/scrape-residue.js'
import {testRule} from '../helpers/rule-tester.js'

testRule(rule, {
  valid: [
    {text: 'He urged readers to share this article\'s findings with their MPs.', description: 'does not flag "share this article" inside a sentence'},
    'The newspaper said advertisement revenue fell by a third.',
    {text: 'The inquiry will resume on Monday.\nRead more about the case in our explainer, the editor wrote.', description: 'does not flag "Read more" that starts a sentence'},
    {text: 'The regulator said: "We use cookies responsibly."', description: 'does not flag cookie words inside a sentence'},
    'Comments from the minister angered the union.',
    'No comment was made by the club.',
    'The company declined to comment.',
    'Follow-up tests are planned for next year.',
    'Getty Images photographers were denied access to the court.',
    'Subscribers will pay more from April.',
    {text: 'The inquiry will resume on Monday.\nRelated charges were dropped on Friday.', description: 'does not flag a sentence that starts with "Related"'},
    'Advertisement spending rose in March.',
    {text: 'The inquiry will resume on Monday.\nVote counting began at 10pm, and by dawn the result was clear: yes to independence, no to the old guard.', description: 'does not flag a sentence about a vote'},
    {text: 'The inquiry will resume on Monday.\nSign up sheets were left at the door.', description: 'does not flag "Sign up" in a sentence'}
  ],
  invalid: [
    {
      text: 'The inquiry will resume on Monday.\nShare this article',
      messages: [{range: [35, 53], actual: 'Share this article', expected: [], reason: '`Share this article` is web page residue (a share button), not part of the article; delete the line.', severity: 'error'}]
    },
    {
      text: 'The inquiry will resume on Monday.\nAdvertisement',
      messages: [{range: [35, 48], actual: 'Advertisement', expected: [], reason: /is web page residue \(an advertising label\)/, severity: 'error'}]
    },
    {
      text: 'The inquiry will resume on Monday.\nClick here to subscribe to our daily briefing',
      messages: [{range: [35, 80], actual: 'Click here to subscribe to our daily briefing', expected: [], reason: /is web page residue \(a subscription prompt\)/, severity: 'error'}]
    },
    {
      text: 'The inquiry will resume on Monday.\nWe use cookies to improve your experience on our site.',
      messages: [{range: [35, 89], actual: 'We use cookies to improve your experience on our site.', expected: [], reason: /is web page residue \(a cookie notice\)/, severity: 'error'}]
    },
    {
      text: 'The inquiry will resume on Monday.\nRead more: Floods force thousands from their homes',
      messages: [{range: [35, 85], actual: 'Read more: Floods force thousands from their homes', expected: [], reason: /is web page residue \(a link list\)/, severity: 'error'}]
    },
    {
      text: 'The inquiry will resume on Monday.\nFollow us on Twitter @citynews',
      messages: [{range: [35, 65], actual: 'Follow us on Twitter @citynews', expected: [], reason: /is web page residue \(a social media prompt\)/, severity: 'error'}]
    },
    {
      text: 'The inquiry will resume on Monday.\nSign up for our morning newsletter',
      messages: [{range: [35, 69], actual: 'Sign up for our morning newsletter', expected: [], reason: /is web page residue \(a subscription prompt\)/, severity: 'error'}]
    },
    {
      text: 'The inquiry will resume on Monday.\n12 comments',
      messages: [{range: [35, 46], actual: '12 comments', expected: [], reason: /is web page residue \(a comment widget\)/, severity: 'error'}]
    },
    {
      text: 'The inquiry will resume on Monday.\nImage copyright Getty Images',
      messages: [{range: [35, 63], actual: 'Image copyright Getty Images', expected: [], reason: /is web page residue \(a photo credit label\)/, severity: 'error'}]
    },
    {
      text: 'The inquiry will resume on Monday.\nComments are closed.',
      messages: [{range: [35, 55], actual: 'Comments are closed.', expected: [], reason: /is web page residue \(a comment widget\)/, severity: 'error'}]
    },
    {
      text: 'The inquiry will resume on Monday.\nRelated articles',
      messages: [{range: [35, 51], actual: 'Related articles', expected: [], reason: /is web page residue \(a link list\)/, severity: 'error'}]
    },
    {
      text: 'The inquiry will resume on Monday.\nPost a Comment',
      messages: [{range: [35, 49], actual: 'Post a Comment', expected: [], reason: /is web page residue \(a comment widget\)/, severity: 'error'}]
    },
    {
      text: 'The inquiry will resume on Monday.\nVOTE Should the city ban cars from the centre? Yes No Results are indicative and may not reflect public opinion',
      messages: [{range: [35, 146], actual: 'VOTE Should the city ban cars from the centre? Yes No Results are indicative and may not reflect public opinion', expected: [], reason: /is web page residue \(a poll widget\)/, severity: 'error'}]
    },
    {
      description: 'flags furniture in the middle of the article and at its end',
      text: 'The inquiry will resume on Monday.\n  Advertisement  \nThe hearing is expected to last a week.\nNo comments:',
      messages: [{range: [37, 50], actual: 'Advertisement'}, {range: [93, 105], actual: 'No comments:'}]
    }
  ]
})
