import {describe, expect, it} from 'vitest'
import {danglingEnd, danglingEndLists} from '../src/dangling-end.js'
import {LineParser} from '../src/parse.js'
import {paragraphsOf, sentencesOf, toString} from '../src/nlcst.js'

function lastWord(text: string): string | undefined {
  const tree = new LineParser().parse(text)
  const sentences = sentencesOf(paragraphsOf(tree)[0])
  const found = danglingEnd(sentences[sentences.length - 1])
  return found && toString(found.word)
}

describe('dangling sentence ends', function () {
  it('keeps every list sorted', function () {
    for (const list of Object.values(danglingEndLists)) expect([...list]).toEqual([...list].sort())
  })

  it('finds a sentence that stops on an article or a modifier', function () {
    expect(lastWord('The talks broke down over the.')).toBe('the')
    expect(lastWord('Aid reached the camp in northeastern .')).toBe('northeastern')
    expect(lastWord('"They moved to the north of the."')).toBe('the')
  })

  it('leaves complete sentences alone', function () {
    expect(lastWord('Nobody knew what it was made of.')).toBeUndefined()
    expect(lastWord('Her accent is southern.')).toBeUndefined()
    expect(lastWord('Is this the end?')).toBeUndefined()
  })
})
