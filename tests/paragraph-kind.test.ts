import {describe, expect, it} from 'vitest'
import {LineParser} from '../src/parse.js'
import {paragraphsOf} from '../src/nlcst.js'
import {endsSentence, kindOf, type ParagraphKind} from '../src/paragraph-kind.js'

/** The kind of every line of `text`, in order. */
function kinds(text: string): ParagraphKind[] {
  const tree = new LineParser().parse(text)
  return paragraphsOf(tree).map((paragraph) => kindOf(tree, paragraph))
}

describe('paragraph kinds', function () {
  it('tells the parts of a scraped article apart by position and form', function () {
    const article = [
      'Floods force thousands from their homes in the north',
      'Rivers burst their banks after a month of rain fell in two days',
      'By Anna Kowalski, Environment Reporter',
      'Saturday 14 March 2020, 09:30 GMT',
      'More than 3,000 people were evacuated overnight as the River Ouse rose.',
      '"We lost everything in an hour," said one resident, Tom Hale.',
      'We lost everything in an hour',
      'Pictured: Volunteers fill sandbags in the town centre on Friday',
      'THE CLEAN-UP',
      'Insurers said claims could pass £100m.',
      'The council listed three priorities:',
      '- Reopen the bypass',
      '- Inspect the bridges',
      'Advertisement',
      'Forecasters expect more rain on Tuesday.',
      'Farmers count the cost of a wet winter',
      'Share this article'
    ].join('\n')
    expect(kinds(article)).toEqual([
      'headline',
      'standfirst',
      'byline',
      'dateline',
      'body',
      'body',
      'pull-quote',
      'caption',
      'subhead',
      'body',
      'body',
      'list-item',
      'list-item',
      'residue',
      'body',
      'teaser',
      'residue'
    ])
  })

  it('keeps a second line that ends with a full stop as body copy', function () {
    expect(kinds('Council approves budget\nThe council approved the budget on Tuesday.')).toEqual(['headline', 'body'])
  })

  it('keeps a single unpunctuated last line as body copy (it lost its full stop)', function () {
    expect(kinds('Museum reopens\nThe museum reopened on Saturday.\nAdmission remains free for children under 16')).toEqual([
      'headline',
      'body',
      'body'
    ])
  })

  it('treats two unpunctuated last lines as related-story headlines', function () {
    expect(kinds('Museum reopens\nThe museum reopened on Saturday.\nGallery wins national award\nCity plans new concert hall')).toEqual([
      'headline',
      'body',
      'teaser',
      'teaser'
    ])
  })

  it('treats a short unpunctuated line in sentence case as a subhead', function () {
    expect(kinds('Museum reopens\nThe museum reopened on Saturday.\nWhat happens next\nThe board meets in May.')).toEqual([
      'headline',
      'body',
      'subhead',
      'body'
    ])
  })

  it('does not take a sentence that mentions a month for a dateline', function () {
    expect(kinds('Museum reopens\nThe museum reopened on Saturday.\nThe board may meet on 4 May\nIt has not said.')).toEqual([
      'headline',
      'body',
      'body',
      'body'
    ])
  })

  it('takes an unpunctuated line whose words recur in a longer paragraph for a pull quote, whatever the case and marks', function () {
    const body = 'Residents said: “We LOST everything — in an hour,” and left.'
    expect(kinds(`Floods hit town\nThe river rose.\n${body}\nwe lost everything in an hour\nThe town is quiet.`)).toEqual([
      'headline',
      'body',
      'body',
      'pull-quote',
      'body'
    ])
    // Every word recurs, but not in that order, or only in a shorter line: not a pull quote.
    expect(kinds(`Floods hit town\nThe river rose.\n${body}\nwe lost everything in a day\nThe town is quiet.`)[3]).not.toBe('pull-quote')
    expect(kinds('Floods hit town\nThe river rose.\nWe lost it all here\nwe lost it all here today now\nEnd.')[3]).not.toBe('pull-quote')
  })

  it('finds pull quotes the same way in a long text with many unpunctuated lines', function () {
    const body = 'Residents said: “We LOST everything — in an hour,” and left.'
    const lines = ['Floods hit town', 'The river rose.', body]
    for (let index = 0; index < 12; index++) lines.push(`the river rose again on day ${index}`, 'The town is quiet.')
    lines.push('we lost everything in an hour', 'The town is quiet.', 'we lost everything in a day', 'The end.')
    const found = kinds(lines.join('\n'))
    expect(found[found.length - 4]).toBe('pull-quote')
    expect(found[found.length - 2]).not.toBe('pull-quote')
    expect(found.filter((kind) => kind === 'pull-quote')).toHaveLength(1)
  })

  it('takes a closed line in title case for a subhead only up to twelve words (marks alone are no words)', function () {
    const twelve = 'Floods Hit Town — As River Bursts Its Banks After Weeks Of Rain.'
    const thirteen = 'Floods Hit Town — As River Bursts Its Banks After Weeks Of Heavy Rain.'
    expect(kinds(`Headline\nThe river rose.\n${twelve}\nThe town is quiet.`)[2]).toBe('subhead')
    expect(kinds(`Headline\nThe river rose.\n${thirteen}\nThe town is quiet.`)[2]).toBe('body')
  })

  it('takes a line ending in a photo credit for a caption', function () {
    const lines = ['Rescuers at the scene (Getty Images)', 'Rescuers at the scene [AFP]', 'Rescuers at the scene | AFP', 'Rescuers at the scene / Getty Images', 'Rescuers at the scene | REUTERſ']
    for (const line of lines) expect(kinds(`Floods hit town\nThe river rose.\n${line}\nThe town is quiet.`)[2], line).toBe('caption')
    expect(kinds('Floods hit town\nThe river rose.\nRescuers at the scene (on Friday)\nThe town is quiet.')[2]).not.toBe('caption')
  })

  it('knows where a sentence ends', function () {
    expect(endsSentence('He left.')).toBe(true)
    expect(endsSentence('"Is it over?"')).toBe(true)
    expect(endsSentence('(as expected.)')).toBe(true)
    expect(endsSentence('He left')).toBe(false)
    expect(endsSentence('He said:')).toBe(false)
  })
})
