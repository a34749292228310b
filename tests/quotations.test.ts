import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseMarkup} from '../src/markup.js'
import {LineParser} from '../src/parse.js'
import {inQuotation, isInsideQuotation, quotationAt, quotationsOf} from '../src/quotations.js'

function quotes(text: string): string[] {
  const tree = new LineParser().parse(text)
  return quotationsOf(tree, new VFile({value: text})).map(
    (quotation) => text.slice(quotation.start, quotation.end) + (quotation.closed ? '' : ' [open]')
  )
}

describe('quotationsOf', function () {
  it('finds straight double quotes', function () {
    expect(quotes('"We will rebuild," the mayor said. She called it "a disgrace".')).toEqual([
      '"We will rebuild,"',
      '"a disgrace"'
    ])
  })

  it('finds curly double quotes', function () {
    expect(quotes('The minister said: “Nobody is above the law.”')).toEqual(['“Nobody is above the law.”'])
  })

  it('finds single quotes used as quotation marks, curly and straight', function () {
    expect(quotes('Union calls pay offer ‘an insult’ as strike looms')).toEqual(['‘an insult’'])
    expect(quotes("Police shoot man after 'terror-related' incident")).toEqual(["'terror-related'"])
  })

  it('does not take apostrophes for quotation marks', function () {
    expect(quotes("The rebels' final town fell, and the army's tanks moved in. Here's why.")).toEqual([])
    expect(quotes('The rebels’ final town fell, and the army’s tanks moved in.')).toEqual([])
    expect(quotes("He played rock 'n' roll in the '60s and sang 'em all.")).toEqual([])
    expect(quotes('He played rock ‘n’ roll in the ’60s.')).toEqual([])
  })

  it('does not take inch and foot marks for quotation marks', function () {
    expect(quotes('The suspect is 5\' 10" tall with a 32" waist.')).toEqual([])
  })

  it('finds nested quotations either way round', function () {
    expect(quotes('"He told me \'stay away\' and left," she said.')).toEqual([
      '"He told me \'stay away\' and left,"',
      "'stay away'"
    ])
    expect(quotes('‘He said “run” and we ran,’ she said.')).toEqual(['‘He said “run” and we ran,’', '“run”'])
  })

  it('keeps a possessive apostrophe inside a single-quoted quotation', function () {
    expect(quotes("'The rebels' last town has fallen,' the colonel said.")).toEqual([
      "'The rebels' last town has fallen,'"
    ])
  })

  it('ends a quotation that runs over paragraphs at each paragraph end', function () {
    const text = '"The first thing we saw was smoke.\n"Then the roof fell in," she said.'
    expect(quotes(text)).toEqual(['"The first thing we saw was smoke. [open]', '"Then the roof fell in,"'])
  })

  it('ignores a closing mark with no opening one', function () {
    expect(quotes('The vote was close." Officials said.')).toEqual([])
  })
})

describe('quotationsOf in markup', function () {
  it('reads only the prose: no marks from tag attributes or inline code', function () {
    const text = '<p>The <a href="https://example.com/a">mayor</a> said: &ldquo;We will <b>rebuild</b>.&rdquo;</p>'
    const file = new VFile({value: text})
    const {tree} = parseMarkup(file, 'html')
    expect(quotationsOf(tree, file).map((quotation) => text.slice(quotation.start, quotation.end))).toEqual([
      '&ldquo;We will <b>rebuild</b>.&rdquo;'
    ])
  })

  it('skips quotes in markdown code and link targets', function () {
    const text = 'Run `say "hi"` and read [the "guide"](https://example.com/"x") now.'
    const file = new VFile({value: text})
    const {tree} = parseMarkup(file, 'markdown')
    expect(quotationsOf(tree, file).map((quotation) => text.slice(quotation.start, quotation.end))).toEqual(['"guide"'])
  })
})

describe('isInsideQuotation', function () {
  const text = 'The coach said: "We played a great football today." The team went home.'
  const tree = new LineParser().parse(text)
  const file = new VFile({value: text})

  it('holds for a range inside a quotation', function () {
    const start = text.indexOf('a great football')
    expect(isInsideQuotation(tree, file, start, start + 16)).toBe(true)
    expect(quotationAt(tree, file, start, start + 16)?.mark).toBe('"')
  })

  it('does not hold outside or across the quotation', function () {
    expect(isInsideQuotation(tree, file, 0, 9)).toBe(false)
    const start = text.indexOf('today')
    expect(isInsideQuotation(tree, file, start, text.length)).toBe(false)
  })

  it('caches per tree', function () {
    expect(quotationsOf(tree, file)).toBe(quotationsOf(tree, file))
  })
})

describe('inQuotation', function () {
  const text = 'He said "a great progress" was made. It was a great progress.'
  const tree = new LineParser().parse(text)
  const file = new VFile({value: text})

  it('turns a finding inside a quotation into an unfixable info', function () {
    const start = text.indexOf('a great')
    const finding = inQuotation(tree, file, {start, end: start + 1, reason: 'Unexpected `a`.', expected: ['']})
    expect(finding.severity).toBe('info')
    expect(finding.fixable).toBe(false)
    expect(finding.reason).toMatch(/^Unexpected `a` \(inside a quotation/)
  })

  it('leaves a finding outside quotations as it is', function () {
    const start = text.lastIndexOf('a great')
    const finding = {start, end: start + 1, reason: 'Unexpected `a`.'}
    expect(inQuotation(tree, file, finding)).toBe(finding)
  })
})
