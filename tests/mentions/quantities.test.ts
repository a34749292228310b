import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {mentionsOf, type Quantity} from '../../src/mentions/index.js'
import {parsePlainText} from '../../src/parse.js'

/** The quantities of a one-paragraph body (a headline line is added first). */
function quantities(body: string): Quantity[] {
  const tree = unified().use(parsePlainText).parse(`Headline\n${body}`)
  return [...mentionsOf(tree).quantities]
}

function only(body: string): Quantity {
  const found = quantities(body)
  expect(found.map((quantity) => quantity.text)).toHaveLength(1)
  return found[0]
}

describe('quantity mentions', function () {
  it('joins thousands groups the tokenizer splits ("2,000")', function () {
    const quantity = only('Another 2,000 women and children arrived at the camp.')
    expect(quantity).toMatchObject({text: '2,000', value: 2000, grouped: true, kind: 'count', additional: true})
    expect(quantity.counted?.text).toBe('women and children')
    expect(quantity.qualifiers.map((qualifier) => qualifier.text)).toEqual(['Another'])
  })

  it('reads "more than 72,000 people" as a lower bound', function () {
    const quantity = only('The camp is now holding more than 72,000 people.')
    expect(quantity).toMatchObject({value: 72000, bound: 'lower'})
    expect(quantity.counted?.head).toBe('people')
    expect(quantity.start).toBe('Headline\nThe camp is now holding more than '.length)
  })

  it('reads scale words and suffixes ("1.5 million", "$5.5bn")', function () {
    const [million, money] = quantities('About 1.5 million people live there, and the plan costs $5.5bn.')
    expect(million).toMatchObject({text: '1.5 million', value: 1500000, form: 'mixed', bound: 'approximate'})
    expect(money).toMatchObject({value: 5.5e9, kind: 'money'})
    expect(money.unit?.normal).toBe('$')
  })

  it('reads "m" as metres without a currency and as millions with one', function () {
    const [race, sum] = quantities('She won the 1,500m final and a prize of £5m.')
    expect(race).toMatchObject({text: '1,500', value: 1500, kind: 'measure', grouped: true})
    expect(race.unit).toMatchObject({text: 'm', normal: 'm'})
    expect(sum).toMatchObject({text: '5m', value: 5e6, kind: 'money'})
  })

  it('reads number words ("twelve", "twenty-five", "two hundred")', function () {
    const found = quantities('Police arrested twelve men, twenty-five women and two hundred others.')
    expect(found.map((quantity) => [quantity.text, quantity.value, quantity.form])).toEqual([
      ['twelve', 12, 'words'],
      ['twenty-five', 25, 'words'],
      ['two hundred', 200, 'words']
    ])
  })

  it('tells years, dates, times, ordinals, ages and identifiers from counts', function () {
    const found = quantities(
      'On March 4, 2019 at 13:40, the 21st victim, aged 28, died on Flight 302, and 1800 people waited in the 1990s terminal.'
    )
    expect(found.map((quantity) => [quantity.text, quantity.kind])).toEqual([
      ['4', 'date'],
      ['2019', 'year'],
      ['13:40', 'time'],
      ['21st', 'ordinal'],
      ['28', 'age'],
      ['302', 'identifier'],
      ['1800', 'count'],
      ['1990s', 'decade']
    ])
  })

  it('reads percentages in all three forms', function () {
    const found = quantities('Prices rose 5 per cent, wages 3 percent and rents 8%.')
    expect(found.map((quantity) => [quantity.kind, quantity.unit?.text, quantity.unit?.normal])).toEqual([
      ['percent', 'per cent', 'per cent'],
      ['percent', 'percent', 'percent'],
      ['percent', '%', '%']
    ])
  })

  it('reads the measure after "stood at" and its event', function () {
    const quantity = only('The total number of deaths on the way to the camp now stood at 138.')
    expect(quantity.measure?.text).toBe('total number of deaths on the way to the camp')
    expect(quantity.measure?.head).toBe('deaths')
    expect(quantity.event).toBe('death')
    expect(quantity.text).toBe('138')
  })

  it('reads "people … have died" as deaths, past an aside', function () {
    const quantity = only('The agency said 106 people, mainly infants, have died since December.')
    expect(quantity.counted?.text).toBe('people')
    expect(quantity.event).toBe('death')
    expect(quantity.eventWord?.text).toBe('died')
  })

  it('reads the event from a verb before the number ("killing at least eight people")', function () {
    const quantity = only('A second attack followed, killing at least eight people.')
    expect(quantity).toMatchObject({value: 8, bound: 'lower', event: 'death'})
  })

  it('marks parts, ranges, rates and changes', function () {
    const [whole, part] = quantities('The camp holds 50,000 people, including 20,000 children.')
    expect([whole.partitive, part.partitive]).toEqual([false, true])
    const [low, high] = quantities('Between 36 and 40 people are under the rubble.')
    expect([low.range, high.range]).toEqual([true, true])
    expect(only('Pollution causes 16,000 deaths a year.').rate).toBe(true)
    const [from, to] = quantities('The toll rose from 93 to 167.')
    expect([from.change, to.change]).toEqual(['from', 'to'])
  })

  it('gives a compound its number and its noun ("five-year")', function () {
    const quantity = only('It ended a five-year reign.')
    expect(quantity).toMatchObject({text: 'five', value: 5, kind: 'measure'})
    expect(quantity.unit).toMatchObject({text: 'year', normal: 'year'})
  })

  it('leaves a sentence-final full stop out of the number', function () {
    const [, quantity] = quantities('The toll climbed from fourteen to 31.')
    expect(quantity).toMatchObject({text: '31', value: 31, change: 'to'})
  })

  it('collects once per tree', function () {
    const tree = unified().use(parsePlainText).parse('Headline\nTwo people died.')
    expect(mentionsOf(tree).quantities).toBe(mentionsOf(tree).quantities)
  })
})
