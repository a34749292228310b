import {applyPatch, parsePatch} from 'diff'
import {describe, expect, it} from 'vitest'
import {countHunks, patchPath, unifiedDiff} from '../src/diff.js'
import {lineNumber, mapOffset, mapRange, renderWordDiff, wordHunks} from '../src/word-diff.js'

describe('unifiedDiff', function () {
  it('writes git-style headers with a/ and b/ prefixes', function () {
    const patch = unifiedDiff('drafts/story.txt', 'About 1oo people.\n', 'About 100 people.\n')
    expect(patch.split('\n').slice(0, 4)).toEqual([
      'diff --git a/drafts/story.txt b/drafts/story.txt',
      '--- a/drafts/story.txt',
      '+++ b/drafts/story.txt',
      '@@ -1,1 +1,1 @@'
    ])
    expect(patch).toContain('-About 1oo people.\n+About 100 people.\n')
  })

  it('is empty when nothing changed', function () {
    expect(unifiedDiff('a.txt', 'Same text.\n', 'Same text.\n')).toBe('')
  })

  it('marks a last line without a newline', function () {
    const old = 'Headline\nAbout 1oo people.'
    const patch = unifiedDiff('a.txt', old, 'Headline\nAbout 100 people.')
    expect(patch).toContain('-About 1oo people.\n\\ No newline at end of file\n+About 100 people.\n\\ No newline at end of file\n')
    expect(applyPatch(old, patch)).toBe('Headline\nAbout 100 people.')
  })

  it('keeps CRLF line endings inside the patch lines', function () {
    const old = 'Headline\r\nAbout 1oo people.\r\nMore text.\r\n'
    const fixed = 'Headline\r\nAbout 100 people.\r\nMore text.\r\n'
    const patch = unifiedDiff('a.txt', old, fixed)
    expect(patch).toContain(' Headline\r\n-About 1oo people.\r\n+About 100 people.\r\n More text.\r\n')
    expect(applyPatch(old, patch, {autoConvertLineEndings: false})).toBe(fixed)
  })

  it('keeps a byte order mark in the first line', function () {
    const patch = unifiedDiff('a.txt', 'About 1oo people.\n', 'About 100 people.\n', {bom: true})
    expect(patch).toContain('-\ufeffAbout 1oo people.\n+\ufeffAbout 100 people.\n')
  })

  it('gives three lines of context and separate hunks for distant changes', function () {
    const lines = Array.from({length: 30}, (_, index) => `Paragraph ${index + 1}.`)
    const old = lines.join('\n') + '\n'
    const changed = [...lines]
    changed[1] = 'Paragraph 2, changed.'
    changed[25] = 'Paragraph 26, changed.'
    const patch = unifiedDiff('a.txt', old, changed.join('\n') + '\n')
    expect(countHunks(patch)).toBe(2)
    expect(patch).toContain('@@ -1,5 +1,5 @@')
    expect(patch).toContain('@@ -23,7 +23,7 @@')
    expect(parsePatch(patch)).toHaveLength(1)
  })

  it('prints paths relative to the working folder', function () {
    expect(patchPath('/work/site/drafts/a.txt', '/work/site')).toBe('drafts/a.txt')
    expect(patchPath('drafts/a.txt', '/work/site')).toBe('drafts/a.txt')
    expect(patchPath('/elsewhere/a.txt', '/work/site')).toBe('/elsewhere/a.txt')
  })
})

describe('wordHunks', function () {
  it('finds a replaced word inside a long line', function () {
    const hunks = wordHunks('Pay about 1oo dollars.\nNext.\n', 'Pay about 100 dollars.\nNext.\n')
    expect(hunks).toEqual([{oldStart: 10, oldEnd: 13, newStart: 10, newEnd: 13, removed: '1oo', added: '100'}])
  })

  it('shows a removed space before a comma', function () {
    expect(wordHunks('the rest of ISIS , he said', 'the rest of ISIS, he said')).toEqual([
      {oldStart: 16, oldEnd: 17, newStart: 16, newEnd: 16, removed: ' ', added: ''}
    ])
  })

  it('joins changes separated by a single space', function () {
    const hunks = wordHunks('He went to the big red house today.', 'He went to a small blue shed today.')
    expect(hunks.map((hunk) => [hunk.removed, hunk.added])).toEqual([['the big red house', 'a small blue shed']])
  })

  it('reports added and removed paragraphs', function () {
    const hunks = wordHunks('One.\nTwo.\n', 'One.\nNew one.\nTwo.\n')
    expect(hunks).toEqual([{oldStart: 5, oldEnd: 5, newStart: 5, newEnd: 14, removed: '', added: 'New one.\n'}])
  })
})

describe('mapOffset and mapRange', function () {
  const old = 'Alpha beta 1oo gamma delta.'
  const changed = 'Alpha new words beta 1oo gamma delta.'
  const hunks = wordHunks(old, changed)

  it('maps unchanged text across an insertion', function () {
    expect(mapRange(hunks, 11, 14)).toEqual([21, 24])
    expect(changed.slice(21, 24)).toBe('1oo')
    expect(mapOffset(hunks, 0)).toBe(0)
  })

  it('gives undefined for changed text', function () {
    const replaced = wordHunks('Alpha beta gamma.', 'Alpha BETA gamma.')
    expect(mapRange(replaced, 6, 10)).toBeUndefined()
    expect(mapOffset(replaced, 7)).toBeUndefined()
    expect(mapRange(replaced, 11, 16)).toEqual([11, 16])
  })

  it('treats an insertion inside a range as a change', function () {
    const inserted = wordHunks('one two three', 'one two and a half three')
    expect(mapRange(inserted, 0, 13)).toBeUndefined()
  })
})

describe('renderWordDiff', function () {
  it('marks changes inline, one paragraph per header', function () {
    const old = 'Headline\nAbout 1oo people came.\nSame line.\nThe rest of ISIS , he said.'
    const changed = 'Headline\nAbout 100 people came.\nSame line.\nThe rest of ISIS, he said.'
    expect(renderWordDiff(changed, wordHunks(old, changed), {label: 'story.txt'})).toBe(
      'story.txt:2\nAbout [-1oo-]{+100+} people came.\n\nstory.txt:4\nThe rest of ISIS[- -], he said.\n'
    )
  })

  it('uses colours instead of markers when asked', function () {
    const output = renderWordDiff('About 100 people.', wordHunks('About 1oo people.', 'About 100 people.'), {color: true})
    expect(output).toContain('\u001B[')
    expect(output).not.toContain('[-')
    expect(output).toContain('100')
  })

  it('drops carriage returns of CRLF text', function () {
    const output = renderWordDiff('A 100 b.\r\nNext.\r\n', wordHunks('A 1oo b.\r\nNext.\r\n', 'A 100 b.\r\nNext.\r\n'))
    expect(output).toBe('line 1\nA [-1oo-]{+100+} b.\n')
  })

  it('is empty without changes', function () {
    expect(renderWordDiff('Same.', [])).toBe('')
  })

  it('counts lines', function () {
    expect(lineNumber('a\nb\nc', 0)).toBe(1)
    expect(lineNumber('a\nb\nc', 2)).toBe(2)
    expect(lineNumber('a\nb\nc', 4)).toBe(3)
  })
})
