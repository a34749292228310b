import fs from 'node:fs'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import type {Log, Result} from 'sarif'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {rules} from '../../rules/index.js'
import {check} from '../../src/index.js'
import {sarif} from '../../src/reporters/sarif.js'
import {sampleFindings} from '../helpers/findings.js'

// The published OASIS schema (errata01), draft-04.
const schema = JSON.parse(fs.readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'))
const ajv = new Ajv({allErrors: true, strict: false})
addFormats(ajv)
const validate = ajv.compile(schema)

function parse(output: string): Log {
  const log = JSON.parse(output) as Log
  const valid = validate(log)
  expect(valid ? [] : validate.errors).toEqual([])
  return log
}

function results(log: Log): Result[] {
  return log.runs[0].results ?? []
}

describe('sarif reporter', function () {
  it('validates against the SARIF 2.1.0 schema with fixes and related locations', function () {
    const log = parse(sarif([sampleFindings()], {color: false, quiet: false}))
    expect(log.version).toBe('2.1.0')
    const all = results(log)
    expect(all.map((result) => [result.ruleId, result.level])).toEqual([
      ['digit-letter', 'warning'],
      ['number-conflict', 'error'],
      ['percent-style', 'note'],
      ['repeated-word', 'warning']
    ])
    expect(all.some((result) => result.fixes)).toBe(true)
    expect(all.some((result) => result.relatedLocations)).toBe(true)
  })

  it('gives each result a region with lines, UTF-16 columns and offsets', function () {
    const file = sampleFindings()
    const text = String(file.value)
    const [digit] = results(parse(sarif([file], {color: false, quiet: false})))
    const location = digit.locations![0].physicalLocation!
    expect(location.artifactLocation).toEqual({uri: 'drafts/flood%20report.txt', index: 0})
    expect(location.region).toEqual({startLine: 2, startColumn: 15, endLine: 2, endColumn: 18, charOffset: 47, charLength: 3})
    expect(text.slice(47, 50)).toBe('1oo')
  })

  it('offers a fix for fixable findings only, as a replacement of the region', function () {
    const all = results(parse(sarif([sampleFindings()], {color: false, quiet: false})))
    const byRule = new Map(all.map((result) => [result.ruleId, result]))
    expect(byRule.get('digit-letter')!.fixes).toEqual([
      {
        description: {text: 'Replace `1oo` with `100`'},
        artifactChanges: [
          {
            artifactLocation: {uri: 'drafts/flood%20report.txt', index: 0},
            replacements: [
              {
                deletedRegion: {startLine: 2, startColumn: 15, endLine: 2, endColumn: 18, charOffset: 47, charLength: 3},
                insertedContent: {text: '100'}
              }
            ]
          }
        ]
      }
    ])
    expect(byRule.get('number-conflict')!.fixes).toBeUndefined()
    expect(byRule.get('percent-style')!.fixes).toBeUndefined()
  })

  it('lists the other places of a consistency finding as related locations', function () {
    const file = sampleFindings()
    const text = String(file.value)
    const conflict = results(parse(sarif([file], {color: false, quiet: false}))).find((result) => result.ruleId === 'number-conflict')!
    const related = conflict.relatedLocations!
    expect(related.map((location) => location.message?.text)).toEqual(['`40` on line 2', '`40` on line 3'])
    for (const location of related) {
      const region = location.physicalLocation!.region!
      expect(text.slice(region.charOffset!, region.charOffset! + region.charLength!)).toBe('40')
      expect(region.endColumn! - region.startColumn!).toBe(2)
    }
    expect(related.map((location) => location.id)).toEqual([1, 2])
  })

  it('describes every registered rule in tool.driver.rules', function () {
    const log = parse(sarif([sampleFindings()], {color: false, quiet: false}))
    const driver = log.runs[0].tool.driver
    expect(driver.name).toBe('copydesk')
    expect(driver.rules!.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id))
    for (const rule of driver.rules!) {
      const meta = rules.find((candidate) => candidate.meta.id === rule.id)!.meta
      expect(rule.shortDescription?.text).toBe(meta.description)
      expect(rule.helpUri).toMatch(new RegExp(`#${meta.id}$`))
      expect(rule.defaultConfiguration?.level).toBe({error: 'error', warning: 'warning', info: 'note'}[meta.severity])
    }
    // Results of registered rules point at their descriptor.
    const digit = results(log).find((result) => result.ruleId === 'digit-letter')!
    expect(driver.rules![digit.ruleIndex!].id).toBe('digit-letter')
  })

  it('counts columns in UTF-16 code units, like the offsets', async function () {
    const file = await check(new VFile({path: 'emoji.txt', value: '🎉 Crowds of 1oo gathered.'}))
    const log = parse(sarif([file], {color: false, quiet: false}))
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits')
    const region = results(log)[0].locations![0].physicalLocation!.region!
    expect(region).toMatchObject({startColumn: 14, charOffset: 13, charLength: 3})
  })

  it('validates for the sample article, several files and a clean file', async function () {
    const sample = await check(new VFile({path: 'samples/isis-baghouz.txt', value: fs.readFileSync('samples/isis-baghouz.txt', 'utf8')}))
    const clean = await check(new VFile({path: 'clean.txt', value: 'The council met on Monday.'}))
    const log = parse(sarif([sample, clean, sampleFindings()], {color: false, quiet: false}))
    expect(log.runs[0].artifacts!.map((artifact) => artifact.location!.uri)).toEqual([
      'samples/isis-baghouz.txt',
      'clean.txt',
      'drafts/flood%20report.txt'
    ])
    expect(results(log).some((result) => result.ruleId === 'digit-letter' && result.fixes?.[0].artifactChanges[0].replacements[0].insertedContent?.text === '100')).toBe(true)
    const quiet = parse(sarif([sample, clean], {color: false, quiet: true}))
    expect(quiet.runs[0].artifacts!.map((artifact) => artifact.location!.uri)).toEqual(['samples/isis-baghouz.txt'])
  })

  it('has a schema check that catches a malformed log', function () {
    const log = JSON.parse(sarif([sampleFindings()], {color: false, quiet: false}))
    log.runs[0].results[0].level = 'warn'
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0
    expect(validate(log)).toBe(false)
  })

  it('validates with no files at all', function () {
    expect(results(parse(sarif([], {color: false, quiet: false})))).toEqual([])
  })
})
