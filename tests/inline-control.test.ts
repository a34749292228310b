import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {check, type Format} from '../src/index.js'
import {directivesOf} from '../src/inline-control.js'

/** Two rules to tell apart: digit-letter (`1oo`) and repeated-word (`the the`). */
const twoRules = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'digit-letter' || rule.meta.id === 'repeated-word']))

async function findings(text: string, format: Format): Promise<string[]> {
  const file = await check(new VFile({value: text}), {rules: twoRules, format})
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.actual}`)
}

describe('inline control in markdown', function () {
  const cases: Array<{description: string; text: string; findings: string[]}> = [
    {
      description: 'flags both rules with no comments',
      text: 'About 1oo homes.\n\nIt was the the worst.\n',
      findings: ['1:7 digit-letter 1oo', '3:11 repeated-word  the']
    },
    {
      description: 'does not flag anything after a bare disable',
      text: 'About 1oo homes.\n\n<!-- copydesk-disable -->\n\nSome 2oo more, the the worst.\n',
      findings: ['1:7 digit-letter 1oo']
    },
    {
      description: 'does not flag the named rule after a disable with an id, and flags the others',
      text: '<!-- copydesk-disable digit-letter -->\n\nSome 2oo more, the the worst.\n',
      findings: ['3:19 repeated-word  the']
    },
    {
      description: 'does not flag rules listed with commas',
      text: '<!-- copydesk-disable digit-letter, repeated-word -->\n\nSome 2oo more, the the worst.\n',
      findings: []
    },
    {
      description: 'flags again after an enable',
      text: '<!-- copydesk-disable -->\n\nSome 2oo homes.\n\n<!-- copydesk-enable -->\n\nAnother 3oo homes.\n',
      findings: ['7:9 digit-letter 3oo']
    },
    {
      description: 'flags one rule enabled again under a bare disable',
      text: '<!-- copydesk-disable -->\n<!-- copydesk-enable repeated-word -->\n\nSome 2oo more, the the worst.\n',
      findings: ['4:19 repeated-word  the']
    },
    {
      description: 'does not flag the next line only after disable-next-line',
      text: '<!-- copydesk-disable-next-line digit-letter -->\nSome 2oo homes.\n\nAnother 3oo homes.\n',
      findings: ['4:9 digit-letter 3oo']
    },
    {
      description: 'flags other rules on the next line after disable-next-line with an id',
      text: '<!-- copydesk-disable-next-line repeated-word -->\nSome 2oo more, the the worst.\n',
      findings: ['2:6 digit-letter 2oo']
    },
    {
      description: 'does not flag a comment inside a paragraph disabling to the end',
      text: 'Some 2oo homes <!-- copydesk-disable --> and 3oo more.\n',
      findings: ['1:6 digit-letter 2oo']
    },
    {
      description: 'flags text after a comment that is only shown in a code block',
      text: '```html\n<!-- copydesk-disable -->\n```\n\nSome 2oo homes.\n',
      findings: ['5:6 digit-letter 2oo']
    },
    {
      description: 'flags text after an ordinary comment',
      text: '<!-- copydesk: check this later -->\n\nSome 2oo homes.\n',
      findings: ['3:6 digit-letter 2oo']
    },
    {
      description: 'flags an unknown rule id in a comment',
      text: '<!-- copydesk-disable digit-leter -->\n\nSome 2oo homes.\n',
      findings: ['1:23 inline-control digit-leter', '3:6 digit-letter 2oo']
    }
  ]
  for (const {description, text, findings: expected} of cases) {
    it(description, async function () {
      expect(await findings(text, 'markdown')).toEqual(expected)
    })
  }

  it('names the unknown id and the comment in the reason', async function () {
    const file = await check(new VFile({value: '<!-- copydesk-disable spellling -->\n'}), {format: 'markdown'})
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Unknown rule id `spellling` in a `copydesk-disable` comment; run `copydesk rules` for the list.'
    ])
    expect(file.messages[0].data).toEqual({severity: 'warning', fixable: false})
  })
})

describe('inline control in HTML', function () {
  it('does not flag text after a disable comment', async function () {
    const text = '<p>About 1oo homes.</p>\n<!-- copydesk-disable digit-letter -->\n<p>Some 2oo more.</p>\n'
    expect(await findings(text, 'html')).toEqual(['1:10 digit-letter 1oo'])
  })

  it('does not flag the next line after disable-next-line', async function () {
    const text = '<!-- copydesk-disable-next-line -->\n<p>Some 2oo more, the the worst.</p>\n<p>Another 3oo.</p>\n'
    expect(await findings(text, 'html')).toEqual(['3:12 digit-letter 3oo'])
  })
})

describe('plain text', function () {
  it('takes no inline control: a comment is just text', async function () {
    const text = '<!-- copydesk-disable -->\nSome 2oo homes.\n'
    expect(await findings(text, 'plain')).toEqual(['2:6 digit-letter 2oo'])
  })
})

describe('directivesOf', function () {
  it('reads the kind, the ids and their offsets', function () {
    const comment = '<!-- copydesk-disable a, b -->'
    expect(directivesOf([{start: 10, end: 10 + comment.length, value: ' copydesk-disable a, b '}])).toEqual([
      {kind: 'disable', rules: [{id: 'a', start: 32}, {id: 'b', start: 35}], start: 10, end: 40}
    ])
  })

  it('ignores other comments and look-alike words', function () {
    expect(directivesOf([{start: 0, end: 30, value: ' copydesk-disabled '}, {start: 40, end: 60, value: ' a note '}])).toEqual([])
  })
})
