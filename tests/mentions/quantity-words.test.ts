import {describe, expect, it} from 'vitest'
import {isMonth, isWeekday, numberWordValue} from '../../src/mentions/index.js'

const ones = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

describe('quantity words (the quick tests before a lookup)', function () {
  it('reads every number word in lower case, capitalised and in capitals', function () {
    const words: Array<[string, number]> = [
      ['zero', 0],
      ...ones.map((word, index): [string, number] => [word, index + 1]),
      ...teens.map((word, index): [string, number] => [word, index + 10]),
      ...tens.map((word, index): [string, number] => [word, (index + 2) * 10])
    ]
    for (const [word, value] of words) {
      for (const form of [word, capitalised(word), word.toUpperCase()]) expect(numberWordValue(form)).toBe(value)
    }
  })

  it('reads every compound of a tens word and a one ("seventy-seven")', function () {
    tens.forEach(function (ten, index) {
      ones.forEach(function (one, unit) {
        const value = (index + 2) * 10 + unit + 1
        expect(numberWordValue(`${ten}-${one}`)).toBe(value)
        expect(numberWordValue(`${capitalised(ten)}-${capitalised(one)}`)).toBe(value)
        expect(numberWordValue(`${ten}-${one}`.toUpperCase())).toBe(value)
      })
    })
  })

  it('reads no other word as a number', function () {
    for (const word of ['', 'o', 'on', 'to', 'the', 'The', 'this', 'for', 'four-', '-four', 'twenty-', 'ten-five', 'one-two', 'twenty-ten', 'seventy-seven-seven', 'hundred', 'onee', '\u212Aone']) {
      expect(numberWordValue(word)).toBeUndefined()
    }
  })

  it('tells month and weekday names in any case, with or without a full stop', function () {
    for (const word of ['March', 'march', 'MARCH', 'Sept.', 'sept', 'Dec.', 'May']) expect(isMonth(word)).toBe(true)
    for (const word of ['Thursday', 'THURS.', 'thu', 'Wed.', 'Sunday']) expect(isWeekday(word)).toBe(true)
    for (const word of ['Ma', 'Marches', 'September..', 'Septembers', 'Mayday']) expect(isMonth(word)).toBe(false)
    for (const word of ['Th', 'Thursdays', 'Wednesday..', 'Sundays']) expect(isWeekday(word)).toBe(false)
    // Asked again, a word gets the same answer.
    expect(isMonth('March')).toBe(true)
    expect(isWeekday('Sundays')).toBe(false)
  })
})
