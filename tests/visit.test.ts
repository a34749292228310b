import type {Nodes} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visitParents} from 'unist-util-visit-parents'
import {describe, expect, it} from 'vitest'
import {LineParser} from '../src/parse.js'
import {visit} from '../src/visit.js'

const text = 'Fire crews were called at 2.15am.\nThe A-road stayed shut; "It was chaos," a driver said. Nobody was hurt.\n'
const tree = new LineParser().parse(text)

describe('visit', function () {
  it('visits every node in document order, with index and parent, like unist-util-visit', function () {
    const ours: string[] = []
    visit(tree, function (node, index, parent) {
      ours.push(`${node.type} ${index} ${parent?.type} ${toString(node)}`)
    })
    const theirs: string[] = []
    visitParents(tree, function (node, parents) {
      const parent = parents[parents.length - 1] as Extract<Nodes, {children: unknown}> | undefined
      const index = parent ? (parent.children as Nodes[]).indexOf(node as Nodes) : undefined
      theirs.push(`${node.type} ${index} ${parent?.type} ${toString(node as Nodes)}`)
    })
    expect(ours).toEqual(theirs)
  })

  it('visits the nodes of one type in document order', function () {
    const sentences: string[] = []
    visit(tree, 'SentenceNode', function (sentence, index, parent) {
      expect(parent?.type).toBe('ParagraphNode')
      expect(parent && 'children' in parent ? parent.children[index!] : undefined).toBe(sentence)
      sentences.push(toString(sentence))
    })
    expect(sentences).toEqual(['Fire crews were called at 2.15am.', 'The A-road stayed shut; "It was chaos," a driver said.', 'Nobody was hurt.'])
    const words: string[] = []
    visit(tree, 'WordNode', (word) => void words.push(toString(word)))
    expect(words.slice(0, 7)).toEqual(['Fire', 'crews', 'were', 'called', 'at', '2.15am', 'The'])
  })

  it('stops when the visitor returns false', function () {
    const words: string[] = []
    visit(tree, 'WordNode', function (word) {
      words.push(toString(word))
      return words.length < 3
    })
    expect(words).toEqual(['Fire', 'crews', 'were'])
    let count = 0
    visit(tree, () => ++count < 5)
    expect(count).toBe(5)
  })

  it('leaves out the children of a node when the visitor returns skip', function () {
    const types = new Set<string>()
    visit(tree, function (node) {
      types.add(node.type)
      if (node.type === 'SentenceNode') return 'skip'
    })
    expect([...types].sort()).toEqual(['ParagraphNode', 'RootNode', 'SentenceNode', 'WhiteSpaceNode'])
  })
})
