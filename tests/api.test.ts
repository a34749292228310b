import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'
import {check, compare, fix} from '../src/index.js'

describe('the Node API', function () {
  it('exposes the public api', function () {
    expect(Object.keys(api).sort()).toMatchSnapshot()
  })

  it('checks a text and returns messages in the contract', async function () {
    const file = await check('About 1oo people died.')
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message.ruleId).toBe('digit-letter')
    expect(message.source).toBe('copydesk')
    expect(message.actual).toBe('1oo')
    expect(message.expected).toEqual(['100'])
    expect(message.place).toEqual({start: {line: 1, column: 7, offset: 6}, end: {line: 1, column: 10, offset: 9}})
    expect(message.fatal).toBe(false)
    expect(message.data).toMatchObject({severity: 'warning', fixable: true})
  })

  it('keeps exact offsets for CRLF input', async function () {
    const text = 'First line.\r\nAbout 1oo people died.\r\n'
    const [message] = (await check(text)).messages
    const place = message.place as {start: {line: number; column: number; offset: number}}
    expect(place.start).toEqual({line: 2, column: 7, offset: 19})
    expect(text.slice(19, 22)).toBe('1oo')
  })

  it('turns rules off and changes their severity', async function () {
    expect((await check('About 1oo people.', {rules: {'digit-letter': false}})).messages).toEqual([])
    const [error] = (await check('About 1oo people.', {rules: {'digit-letter': 'error'}})).messages
    expect(error.fatal).toBe(true)
    expect(error.data?.severity).toBe('error')
    const [info] = (await check('About 1oo people.', {rules: {'digit-letter': 'info'}})).messages
    expect(info.fatal).toBe(undefined)
  })

  it('fixes a text until nothing safe is left, idempotently', async function () {
    const result = await fix('Officials have bren told that about 1oo people left.')
    expect(result.output).toBe('Officials have been told that about 100 people left.')
    expect(result.applied).toBe(2)
    expect((await fix(result.output)).applied).toBe(0)
  })

  it('compares two drafts', async function () {
    const result = await compare('About 1oo people left.', 'About 100 people left in 2O19.')
    expect(result.resolved.map((message) => message.actual)).toEqual(['1oo'])
    expect(result.introduced.map((message) => message.actual)).toEqual(['2O19'])
    expect(result.hunks.length).toBeGreaterThan(0)
  })

  it('rejects an unknown rule id', async function () {
    await expect(check('x', {rules: {'no-such-rule': false}})).rejects.toThrow(/Unknown rule id `no-such-rule`/)
  })

  it('accepts extra words and a dialect', async function () {
    expect((await check('Officials have bren told.', {words: ['bren']})).messages).toEqual([])
    const file = await check('The color of the center.', {dialect: 'en-GB'})
    expect(file.data.copydesk?.dialect).toBe('en-GB')
  })

  it('stays correct in a warm process after many unknown words', async function () {
    // retext-spell stops suggesting after 30 unknown words per processor; copydesk must not.
    const words = Array.from({length: 40}, (_, index) => `zq${String.fromCharCode(97 + (index % 26))}x${index}`)
    await check(`They said ${words.join(' ')} today.`)
    const file = await check('Officials have bren told.')
    expect(file.messages[0].expected?.[0]).toBe('been')
  })
})
