import {describe, expect, it} from 'vitest'
import {compilePatterns, findMatches, inflect, inflectPhrase, matchInText, phraseProblem} from '../../src/kinds/phrase-match.js'
import {substitutionRule} from '../../src/kinds/substitution.js'
import {LineParser} from '../../src/parse.js'
import {lintWithRule} from '../helpers/rule-tester.js'
import {metaFor} from './meta.js'

function matches(text: string, phrases: string[], options: {inflect?: boolean} = {}): string[] {
  const tree = new LineParser().parse(text)
  return findMatches(tree, text, compilePatterns(phrases, {case: 'fold', ...options}), {case: 'fold'}).map((match) => match.text)
}

describe('phrase matching', function () {
  it('inflects regular words', function () {
    expect([inflect('organise', 's'), inflect('organise', 'ed'), inflect('organise', 'ing')]).toEqual(['organises', 'organised', 'organising'])
    expect([inflect('apply', 's'), inflect('apply', 'ed'), inflect('tie', 'ing'), inflect('see', 'ing')]).toEqual(['applies', 'applied', 'tying', 'seeing'])
    expect([inflect('catch', 's'), inflect('centre', 'ed'), inflect('catalogue', 'ing')]).toEqual(['catches', 'centred', 'cataloguing'])
    expect(inflectPhrase('toe the line', 's')).toBe('toe the lines')
    expect(inflectPhrase('{month} {day}', 's')).toBeUndefined()
  })

  it('matches whole words only, across any white space, with case folded', function () {
    expect(matches('Percent, percentage, 5-percent and per  cent.', ['percent', 'per cent'])).toEqual(['Percent', 'per  cent'])
    expect(matches('The cent is a coin; the percent is not.', ['cent'])).toEqual(['cent'])
  })

  it('matches before a possessive and treats curly and straight apostrophes alike', function () {
    expect(matches("The organization's plan and the organization’s staff.", ['organization'])).toEqual(['organization', 'organization'])
    expect(matches('They couldn’t care less.', ["couldn't care less"])).toEqual(['couldn’t care less'])
  })

  it('prefers the longest match at a place', function () {
    expect(matches('It was a very unique and very old house.', ['very', 'very unique'])).toEqual(['very unique', 'very'])
  })

  it('matches placeholders as one word each', function () {
    expect(matches('On March 23, 2019 and in March 2019 and on 23rd May.', ['{month} {day}, {year}', '{ordinal} {month}'])).toEqual(['March 23, 2019', '23rd May'])
    expect(matches('Prices rose 3.5% and 1,000% in 2019.', ['{number}%'])).toEqual(['3.5%', '1,000%'])
  })

  it('reports phrases that cannot be patterns', function () {
    expect(phraseProblem('')).toBe('an empty phrase')
    expect(phraseProblem(' per cent')).toMatch(/white space at an end/)
    expect(phraseProblem('{date}')).toMatch(/unknown placeholder `\{date\}`/)
    expect(phraseProblem('{day} {day}')).toMatch(/appears twice/)
    expect(phraseProblem('{year}s')).toMatch(/whole word/)
    expect(phraseProblem('%')).toMatch(/has no word/)
    expect(phraseProblem('per cent')).toBeUndefined()
  })

  it('finds a pattern inside a replacement (the loop check)', function () {
    expect(matchInText('per cent', compilePatterns(['cent'], {case: 'fold'}), 'fold')).toBe('cent')
    expect(matchInText('Mr.', compilePatterns(['Mr'], {case: 'exact'}), 'exact')).toBeUndefined()
  })

  it('stays fast with many phrases on a long article', async function () {
    // Every phrase starts like the text, so each is tried at every `of`: the worst case of the index.
    const phrases = Array.from({length: 2000}, (_, index) => `of the ${index % 2 ? 'day' : 'night'} word${index}`)
    const rule = substitutionRule(metaFor('house/many', true), {swap: Object.fromEntries(phrases.map((phrase) => [phrase, 'x']))})
    const text = Array.from({length: 200}, () => 'Of the day and of the night, the words of the day came and went in the night air again.').join('\n')
    const started = performance.now()
    expect(await lintWithRule(rule, text)).toEqual([])
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

const percentSign = substitutionRule(metaFor('house/per-cent-sign', true), {swap: {'{number}%': '{number} per cent'}, quotations: 'apply'})

describe('a placeholder before a symbol', function () {
  it('replaces the sign and keeps the number', async function () {
    const messages = await lintWithRule(percentSign, 'Inflation rose to 3.5% in May.')
    expect(messages.map((m) => [m.actual, m.expected])).toEqual([['3.5%', ['3.5 per cent']]])
  })
})

describe('closed lists', function () {
  it('keeps the placeholder classes, kinds and quotation modes sorted', async function () {
    const {placeholderClasses} = await import('../../src/kinds/placeholders.js')
    const {kinds} = await import('../../src/house/validate.js')
    const {quotationModes} = await import('../../src/kinds/finding.js')
    for (const list of [placeholderClasses, kinds, quotationModes]) expect([...list]).toEqual([...list].sort())
  })
})
