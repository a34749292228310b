import {describe, expect, it} from 'vitest'
import {countAtOrBelow, lastAtOrBelow} from '../src/sorted-search.js'

describe('countAtOrBelow', function () {
  const keys = [0, 3, 3, 7, 10]
  const at = (index: number) => keys[index]
  it('counts the keys at or below a value, as a linear count does', function () {
    for (let value = -2; value <= 12; value++) {
      expect(countAtOrBelow(keys.length, at, value)).toBe(keys.filter((key) => key <= value).length)
    }
  })

  it('is 0 on an empty list', function () {
    expect(countAtOrBelow(0, at, 5)).toBe(0)
  })
})

describe('lastAtOrBelow', function () {
  const starts = [0, 10, 25]
  const at = (index: number) => starts[index]
  it('gives the piece holding a value, and the first piece before all of them', function () {
    expect([-1, 0, 9, 10, 24, 25, 99].map((value) => lastAtOrBelow(starts.length, at, value))).toEqual([0, 0, 0, 1, 1, 2, 2])
  })
})
