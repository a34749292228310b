import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {consistencyFinding, hereAndThere, splitGroup, type Occurrence} from '../../src/kinds/consistency.js'

const text = 'five-year reign\nfive year reign\nfive-year plan, five year plan'
const file = new VFile({value: text})

function at(needle: string, from = 0, form = needle): Occurrence {
  const start = text.indexOf(needle, from)
  return {start, end: start + needle.length, form}
}

describe('the consistency kind', function () {
  it('returns nothing for a group written one way', function () {
    expect(splitGroup([at('five-year'), at('five-year', 20)])).toBeUndefined()
  })

  it('flags the first occurrence of the rarest form and keeps the commonest as the majority', function () {
    const group = [at('five-year'), at('five year'), at('five-year', 20)]
    const split = splitGroup(group)!
    expect(split.flagged).toBe(group[1])
    expect(split.majority).toBe(group[0])
    expect(split.related).toEqual([group[0], group[2]])
    expect(split.clear).toBe(true)
    expect(split.counts.get('five-year')).toBe(2)
  })

  it('flags the form that appears later on a tie', function () {
    const group = [at('five year'), at('five-year')]
    const split = splitGroup(group)!
    expect(split.flagged).toBe(group[0])
    expect(split.majority).toBe(group[1])
    expect(split.clear).toBe(false)
  })

  it('names both forms and the line of the other', function () {
    const split = splitGroup([at('five-year'), at('five year')])!
    expect(hereAndThere(file, split)).toBe('`five year` here, `five-year` on line 1')
    const sameLine = splitGroup([at('five-year plan'), at('five year plan')])!
    expect(hereAndThere(file, sameLine)).toBe('`five year plan` here, `five-year plan` earlier on this line')
  })

  it('shows an occurrence by its text when it has one', function () {
    const split = splitGroup([{...at('five-year'), text: 'a five-year'}, at('five year')])!
    expect(hereAndThere(file, split)).toMatch(/`a five-year` on line 1$/)
  })

  it('builds a finding on the flagged occurrence with the others related', function () {
    const split = splitGroup([at('five-year'), at('five year')])!
    const finding = consistencyFinding(split, {expected: ['five-year'], reason: 'One compound, two ways.'})
    expect(finding).toEqual({
      expected: ['five-year'],
      reason: 'One compound, two ways.',
      start: split.flagged.start,
      end: split.flagged.end,
      related: [{start: 0, end: 9}]
    })
  })
})
