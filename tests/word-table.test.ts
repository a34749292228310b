import {describe, expect, it} from 'vitest'
import {getSpeller} from '../src/dictionaries.js'
import {nearProperNoun} from '../src/proper-nouns.js'
import {WordTable} from '../src/word-table.js'

describe('WordTable', function () {
  const table = new WordTable('# both\nA\ncolour\ncolor\n# en-US\nhonor\n# en-GB\nhonour\ncolour\n', ['both', 'en-US', 'en-GB'])
  const us = table.sectionBit('both') | table.sectionBit('en-US')
  const gb = table.sectionBit('both') | table.sectionBit('en-GB')

  it('finds exact lines in the sections of the mask', function () {
    expect(table.has('colour', us)).toBe(true)
    expect(table.has('honor', us)).toBe(true)
    expect(table.has('honor', gb)).toBe(false)
    expect(table.has('honour', gb)).toBe(true)
    expect(table.has('A', us)).toBe(true)
  })

  it('does not match prefixes, other cases, section headers or the empty string', function () {
    expect(table.has('colo', us)).toBe(false)
    expect(table.has('colours', us)).toBe(false)
    expect(table.has('Colour', us)).toBe(false)
    expect(table.has('a', us)).toBe(false)
    expect(table.has('# both', us)).toBe(false)
    expect(table.has('', us)).toBe(false)
  })

  it('reads CRLF line ends and a last line without a line break', function () {
    const crlf = new WordTable('# both\r\nalpha\r\nbeta', ['both'])
    const all = crlf.sectionBit('both')
    expect(crlf.has('alpha', all)).toBe(true)
    expect(crlf.has('beta', all)).toBe(true)
    expect(crlf.has('alph', all)).toBe(false)
    expect([...crlf.forms(all)]).toEqual(['alpha', 'beta'])
  })

  it('lists the forms of the mask in file order, a form in two sections twice', function () {
    expect([...table.forms(gb)]).toEqual(['A', 'colour', 'color', 'honour', 'colour'])
  })

  it('rejects an unknown section', function () {
    expect(() => new WordTable('# other\nword\n', ['both'])).toThrow('unknown section `other`')
  })
})

describe('nearProperNoun', function () {
  const speller = getSpeller('en-US')

  it('finds a known name with a dropped, an extra or a swapped letter', function () {
    expect(nearProperNoun(speller, 'Lousiana')).toEqual({name: 'Louisiana', slip: 'drop'})
    expect(nearProperNoun(speller, 'Louissiana')).toEqual({name: 'Louisiana', slip: 'extra'})
    expect(nearProperNoun(speller, 'Lousiiana')).toEqual({name: 'Louisiana', slip: 'swap'})
  })

  it('does not take a letter added or dropped at the end, an unknown name or a short word', function () {
    expect(nearProperNoun(speller, 'Louisian')).toBeUndefined()
    expect(nearProperNoun(speller, 'Baghouz')).toBeUndefined()
    expect(nearProperNoun(speller, 'Tolkyo')).toBeUndefined()
    expect(nearProperNoun(speller, 'louisiana')).toBeUndefined()
  })
})
