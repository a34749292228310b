import {describe, expect, it} from 'vitest'
import {escapeData, escapeProperty, github} from '../../src/reporters/github.js'
import {fakeFile, fakeMeta, sampleFindings} from '../helpers/findings.js'

describe('github reporter', function () {
  it('writes one workflow command per finding, by severity', function () {
    expect(github([sampleFindings()], {color: false, quiet: false}).split('\n')).toEqual([
      '::warning file=drafts/flood report.txt,line=2,col=15,endLine=2,endColumn=18,title=digit-letter::Unexpected `1oo`: letters inside a number, expected `100`.',
      '::error file=drafts/flood report.txt,line=3,col=88,endLine=3,endColumn=90,title=number-conflict::Conflicting figures for people at the hall: `45` here, `40` on line 3.',
      '::notice file=drafts/flood report.txt,line=4,col=60,endLine=4,endColumn=64,title=percent-style::Unexpected `100%25` in prose, expected `100 per cent` (inside a quotation, so left as said).',
      '::warning file=drafts/flood report.txt,line=5,col=46,endLine=5,endColumn=53,title=repeated-word::Unexpected repeated `the`; remove one.',
      ''
    ])
  })

  it('escapes `%`, line breaks, `:` and `,` in properties and `%` and line breaks in messages', function () {
    const file = fakeFile('news/a,b:c%.txt', 'Prices rose 5o% in a year.', [
      {rule: fakeMeta('digit-letter'), at: '5o', reason: 'Unexpected `5o`, 50%\nexpected `50`.', expected: ['50']}
    ])
    expect(github([file], {color: false, quiet: false})).toBe(
      '::warning file=news/a%2Cb%3Ac%25.txt,line=1,col=13,endLine=1,endColumn=15,title=digit-letter::Unexpected `5o`, 50%25%0Aexpected `50`.\n'
    )
  })

  it('prints nothing for clean files', function () {
    expect(github([fakeFile('clean.txt', 'All quiet.', [])], {color: false, quiet: false})).toBe('')
  })

  it('escapes like @actions/core', function () {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e')
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce')
  })
})
