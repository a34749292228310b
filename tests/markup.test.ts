import fc from 'fast-check'
import type {Paragraph} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {applyFixes} from '../src/fix.js'
import {check} from '../src/index.js'
import {formatOf, parseMarkup, type Format} from '../src/markup.js'
import {rangeIn} from '../src/nlcst.js'
import {paragraphKinds} from '../src/paragraph-kind.js'
import {runCli} from './helpers/cli.js'

/** Only digit-letter: `1oo` is a finding wherever prose is checked. */
const digitLetterOnly = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'digit-letter']))

interface Case {
  description: string
  text: string
  /** Each finding as `line:column actual`. */
  findings: string[]
}

async function findingsOf(text: string, format: Format): Promise<string[]> {
  const file = await check(new VFile({value: text}), {rules: digitLetterOnly, format})
  return file.messages.map(function (message) {
    const place = message.place!
    if (!('start' in place)) throw new Error('a finding without a range')
    // The finding's range in the original file is exactly the flagged text.
    expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    expect(lineColumn(text, place.start.offset!)).toEqual([place.start.line, place.start.column])
    expect(lineColumn(text, place.end.offset!)).toEqual([place.end.line, place.end.column])
    return `${place.start.line}:${place.start.column} ${message.actual}`
  })
}

function lineColumn(text: string, offset: number): [number, number] {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/)
  return [lines.length, lines[lines.length - 1].length + 1]
}

function table(format: Format, cases: ReadonlyArray<Case>): void {
  for (const {description, text, findings} of cases) {
    it(description, async function () {
      expect(await findingsOf(text, format)).toEqual(findings)
    })
  }
}

describe('markdown', function () {
  table('markdown', [
    {description: 'flags a number in a heading', text: '# About 1oo homes lost\n\nRescuers kept searching.\n', findings: ['1:9 1oo']},
    {description: 'flags a number in a setext heading', text: 'About 1oo homes lost\n====================\n', findings: ['1:7 1oo']},
    {description: 'flags a number after a character reference', text: 'AT&amp;T said 1oo jobs would go.\n', findings: ['1:15 1oo']},
    {description: 'flags a number after escaped asterisks', text: '\\*Update\\* About 1oo people were moved.\n', findings: ['1:18 1oo']},
    {
      description: 'flags a number on a blockquote continuation line',
      text: '> The council said that\n> about 1oo homes had flooded.\n',
      findings: ['2:9 1oo']
    },
    {description: 'flags a number in a nested list item', text: '- Results\n  - Labour won 1oo seats\n', findings: ['2:16 1oo']},
    {description: 'flags a number in bold', text: 'About **1oo** people attended.\n', findings: ['1:9 1oo']},
    {description: 'flags a number in link text, not the address', text: 'Read [the 1oo names](https://example.com/names).\n', findings: ['1:11 1oo']},
    {
      description: 'flags a number in a table cell',
      text: '| Town | Homes |\n| --- | --- |\n| Ely | 1oo |\n',
      findings: ['3:9 1oo']
    },
    {description: 'flags a number in a file with CRLF line endings', text: 'Storm damage.\r\n\r\nAbout 1oo people.\r\n', findings: ['3:7 1oo']},
    {description: 'flags a number after front matter', text: '---\ntitle: Storm\n---\n\nAbout 1oo people.\n', findings: ['5:7 1oo']},
    {description: 'flags a number after a hard line break', text: 'The storm passed.  \nAbout 1oo homes lost power.\n', findings: ['2:7 1oo']},
    {description: 'flags a number after an emoji (UTF-16 offsets)', text: '🌧️ About 1oo homes lost power.\n', findings: ['1:11 1oo']},
    {
      description: 'flags two numbers in one paragraph across a soft line break',
      text: 'Some 2oo people\nmarched and 1oo stayed.\n',
      findings: ['1:6 2oo', '2:13 1oo']
    },
    {description: 'does not flag inline code', text: 'Run `make 1oo` again.\n', findings: []},
    {description: 'does not flag a fenced code block', text: '```\ncount = 1oo\n```\n', findings: []},
    {description: 'does not flag an indented code block', text: 'Example:\n\n    count = 1oo\n', findings: []},
    {description: 'does not flag an autolink', text: 'See <https://example.com/1oo> for more.\n', findings: []},
    {description: 'does not flag a bare URL', text: 'See https://example.com/1oo for more.\n', findings: []},
    {description: 'does not flag a bare www address', text: 'See www.example.com/1oo for more.\n', findings: []},
    {description: 'does not flag a link address', text: 'Read [the list](https://example.com/1oo).\n', findings: []},
    {description: 'does not flag an image', text: '![About 1oo homes](1oo.png)\n', findings: []},
    {description: 'does not flag a link definition', text: '[list]: https://example.com/1oo "1oo"\n', findings: []},
    {description: 'does not flag YAML front matter', text: '---\ntitle: About 1oo homes\n---\n\nText.\n', findings: []},
    {description: 'does not flag TOML front matter', text: '+++\ntitle = "About 1oo homes"\n+++\n\nText.\n', findings: []},
    {description: 'does not flag an HTML comment', text: 'Text.\n\n<!-- about 1oo homes -->\n', findings: []},
    {description: 'does not flag an HTML block or its attributes', text: '<div title="1oo">\n1oo\n</div>\n', findings: []},
    {description: 'does not flag struck-out text', text: 'About ~~1oo~~ 100 homes.\n', findings: []}
  ])

  it('fixes a number in bold without touching the markup', async function () {
    const text = '# Storm\n\n> About **1oo** homes\n> lost power.\n'
    const file = await check(new VFile({value: text}), {rules: digitLetterOnly, format: 'markdown'})
    expect(applyFixes(text, file.messages).output).toBe('# Storm\n\n> About **100** homes\n> lost power.\n')
  })

  it('withdraws the fix for a word split by markup (the fix would overwrite it)', async function () {
    const text = 'About 1o**o** homes.\n'
    const file = await check(new VFile({value: text}), {rules: digitLetterOnly, format: 'markdown'})
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0].actual).toBe('1o**o')
    expect(file.messages[0].data?.fixable).toBe(false)
    expect(applyFixes(text, file.messages).output).toBe(text)
  })
})

describe('html', function () {
  table('html', [
    {description: 'flags a number in a heading', text: '<h1>About 1oo homes lost</h1>\n', findings: ['1:11 1oo']},
    {description: 'flags a number after a named reference', text: '<p>AT&amp;T said 1oo jobs would go.</p>\n', findings: ['1:18 1oo']},
    {
      description: 'flags a number after numeric and legacy references',
      text: '<p>Fish &amp chips &#8212; &copy; &#x201C;1oo&#x201D; sold.</p>\n',
      findings: ['1:43 1oo']
    },
    {description: 'flags a number inside inline markup', text: '<p>About <b>1oo</b> people attended.</p>\n', findings: ['1:13 1oo']},
    {
      description: 'flags a number on a later line of an indented paragraph',
      text: '<article>\n  <p>The council said that\n     about 1oo homes flooded.</p>\n</article>\n',
      findings: ['3:12 1oo']
    },
    {description: 'flags a number in a list item and a table cell', text: '<ul><li>2oo votes</li></ul><table><tr><td>1oo</td></tr></table>', findings: ['1:9 2oo', '1:43 1oo']},
    {description: 'flags a number in a file with CRLF line endings', text: '<p>Storm.</p>\r\n<p>About\r\n1oo people.</p>\r\n', findings: ['3:1 1oo']},
    {description: 'flags a number in loose text around a block', text: '<div>About 1oo<p>homes</p>2oo more</div>', findings: ['1:12 1oo', '1:27 2oo']},
    {description: 'does not flag attributes', text: '<p title="1oo" data-count="1oo">Homes <img alt="1oo" src="1oo.png"> lost.</p>\n', findings: []},
    {description: 'does not flag script or style', text: '<script>var count = "1oo"</script><style>/* 1oo */</style><p>Text.</p>\n', findings: []},
    {description: 'does not flag pre or code', text: '<pre>count = 1oo</pre><p>Run <code>make 1oo</code> or <kbd>1oo</kbd>.</p>\n', findings: []},
    {description: 'does not flag comments', text: '<p>Text.</p><!-- about 1oo homes -->\n', findings: []},
    {description: 'does not flag the head', text: '<html><head><title>About 1oo homes</title></head><body><p>Text.</p></body></html>\n', findings: []},
    {description: 'does not flag deleted text', text: '<p>About <del>1oo</del> <ins>100</ins> homes.</p>\n', findings: []}
  ])

  it('fixes a number inside inline markup', async function () {
    const text = '<p>About <em>1oo</em> people.</p>\n'
    const file = await check(new VFile({value: text}), {rules: digitLetterOnly, format: 'html'})
    expect(applyFixes(text, file.messages).output).toBe('<p>About <em>100</em> people.</p>\n')
  })
})

describe('positions of the prose tree', function () {
  const documents: Array<[Format, string]> = [
    ['markdown', '# Flood warning\n\n> Residents of the valley were told\n> to leave *before* dawn, officials said.\n\n1. First item\n2. Second [item](x)\n'],
    ['html', '<h1>Flood warning</h1>\n<blockquote><p>Residents of the valley\n were told to <em>leave</em> before dawn.</p></blockquote>\n<ol><li>First item</li></ol>']
  ]
  for (const [format, text] of documents) {
    it(`places every word of a ${format} document on its own text`, function () {
      const {tree} = parseMarkup(new VFile({value: text}), format as 'markdown' | 'html')
      let words = 0
      visit(tree, 'WordNode', function (node) {
        words++
        expect(text.slice(node.position!.start.offset, node.position!.end.offset)).toBe(toString(node))
      })
      expect(words).toBeGreaterThan(10)
    })
  }

  it('joins the lines of a paragraph with one space', function () {
    const {tree} = parseMarkup(new VFile({value: '> one\n> two\n'}), 'markdown')
    expect(toString(tree)).toBe('one two')
  })

  it('gives headings, list items, table cells and captions their kind', function () {
    const kinds = (format: 'markdown' | 'html', text: string) =>
      parseMarkup(new VFile({value: text}), format).tree.children
        .filter((node): node is Paragraph => node.type === 'ParagraphNode')
        .map((paragraph) => `${paragraph.data?.kind ?? '-'} ${toString(paragraph)}`)
    expect(kinds('markdown', '# Title\n\nBody.\n\n## Part\n\n- item\n\n| cell |\n| --- |\n')).toEqual([
      'headline Title',
      '- Body.',
      'subhead Part',
      'list-item item',
      'subhead cell'
    ])
    expect(kinds('html', '<h1>Title</h1><p>Body.</p><h3>Part</h3><ul><li>item</li></ul><figure><figcaption>Photo</figcaption></figure>')).toEqual([
      'headline Title',
      '- Body.',
      'subhead Part',
      'list-item item',
      'caption Photo'
    ])
  })

  it('classifies the other paragraphs around the given kinds as in plain text', function () {
    const text = '# Flood Warning Issued\n\nRivers rise across the north\n\nResidents were told to leave before dawn, officials said.\n\n- Take medicine and papers\n'
    const {tree} = parseMarkup(new VFile({value: text}), 'markdown')
    expect([...paragraphKinds(tree).values()]).toEqual(['headline', 'standfirst', 'body', 'list-item'])
  })

  it('keeps inline code as a SourceNode with its original text', function () {
    const {tree} = parseMarkup(new VFile({value: 'Run `npm test` now.\n'}), 'markdown')
    const sources: string[] = []
    visit(tree, 'SourceNode', (node) => void sources.push(node.value))
    expect(sources).toEqual(['`npm test`'])
  })
})

describe('formatOf', function () {
  it('picks the parser from the extension, or the explicit format', function () {
    expect(formatOf(new VFile({path: 'a.md'}))).toBe('markdown')
    expect(formatOf(new VFile({path: 'a.MARKDOWN'}))).toBe('markdown')
    expect(formatOf(new VFile({path: 'a.html'}))).toBe('html')
    expect(formatOf(new VFile({path: 'a.htm'}))).toBe('html')
    expect(formatOf(new VFile({path: 'a.txt'}))).toBe('plain')
    expect(formatOf(new VFile({}))).toBe('plain')
    expect(formatOf(new VFile({path: 'a.txt'}), 'markdown')).toBe('markdown')
  })

  it('reads a .md file as markdown through the API', async function () {
    const file = await check('Run `1oo` and 2oo.\n', {path: 'notes.md', rules: digitLetterOnly})
    expect(file.messages.map((message) => message.actual)).toEqual(['2oo'])
  })
})

describe('document-level rules on markup', function () {
  it('name lines of the file in consistency findings, with exact related locations', async function () {
    const text = '# Council backs five-year plan\n\n> The mayor said the plan\n> would run for five years.\n\nCritics called the five year plan rushed.\n'
    const only = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.id === 'hyphen-consistency']))
    const file = await check(new VFile({value: text, path: 'plan.md'}), {rules: only})
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.actual}: ${message.reason}`)).toEqual([
      '6:20 five year: `five year` here, `five-year` on line 1: one compound written two ways; use `five-year`.'
    ])
    const related = file.messages[0].data?.related ?? []
    expect(related.map((location) => [location.line, location.column, text.slice(location.offset, location.offset + location.text.length)])).toEqual([
      [1, 17, 'five-year']
    ])
  })
})

describe('stdin (built binary)', function () {
  it('reads stdin as markdown when --stdin-filename ends in .md', {timeout: 60_000}, async function () {
    const run = await runCli(['-', '--format', 'json', '--no-config', '--stdin-filename', 'draft.md'], {input: 'Run `make 1oo`; about 2oo came.\n'})
    const messages = (JSON.parse(run.stdout) as Array<{messages: Array<{actual: string; line: number; column: number}>}>)[0].messages
    expect(messages.map((message) => `${message.line}:${message.column} ${message.actual}`)).toEqual(['1:23 2oo'])
  })
})

describe('markup fragments (property)', function () {
  // Pieces of prose and markup in any order: the parse never fails, every
  // range is inside the file, and each word's letters appear, in order, in
  // its range (which may also hold markup such as `**`).
  const pieces = ['word', 'Town', '1oo', ' ', '  ', '\n', '\n\n', '\r\n', '*', '**', '_', '`', '[', ']', '(', ')', '<', '>', '> ', '- ', '1. ', '# ', '|', '---', '~~', '<b>', '</b>', '<p>', '</p>', '</code>', '<!-- x -->', '<!', 'http://a.b/c', '    ', '\t', '😀', '<br>', '<code>', '[^1]', '+++', '```']
  const documents = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''))
  for (const format of ['markdown', 'html'] as const) {
    it(`keeps every ${format} position inside the file and on its word`, function () {
      fc.assert(
        fc.property(documents, function (text) {
          const {tree} = parseMarkup(new VFile({value: text}), format)
          visit(tree, function (node) {
            if (!node.position) return
            const start = node.position.start.offset!
            const end = node.position.end.offset!
            expect(start).toBeGreaterThanOrEqual(0)
            expect(end).toBeGreaterThanOrEqual(start)
            expect(end).toBeLessThanOrEqual(text.length)
            if (node.type === 'WordNode') expect(isSubsequence(toString(node), text.slice(start, end))).toBe(true)
          })
        }),
        {numRuns: 400}
      )
    })
  }
})

function isSubsequence(part: string, whole: string): boolean {
  let index = 0
  for (let at = 0; at < whole.length; at++) if (whole[at] === part[index]) index++
  return index === part.length
}

describe('rangeIn', function () {
  function slices(format: 'markdown' | 'html', text: string, parts: string[]): string[] {
    const {tree} = parseMarkup(new VFile({value: text}), format)
    const paragraph = tree.children.find((node): node is Paragraph => node.type === 'ParagraphNode')!
    const own = toString(paragraph)
    return parts.map(function (part) {
      const from = own.indexOf(part)
      const {start, end} = rangeIn(paragraph, from, from + part.length)
      return text.slice(start, end)
    })
  }

  it('maps a range of a paragraph’s text to the file across markup and references', function () {
    expect(slices('markdown', 'About **100** homes &amp; more.\n', ['About', '100', 'homes', '&', '100 homes', 'more.', ''])).toEqual([
      'About',
      '100',
      'homes',
      '&amp;',
      '100** homes',
      'more.',
      ''
    ])
    expect(slices('markdown', '> one\n> two\n', ['one two', 'two'])).toEqual(['one\n> two', 'two'])
    expect(slices('html', '<p>Fish &amp; <b>chips</b> sold.</p>', ['Fish & chips', 'sold'])).toEqual(['Fish &amp; <b>chips', 'sold'])
  })
})
