/**
 * Small helpers over nlcst trees shared by rules. Add here rather than in a rule
 * when two rules need the same thing.
 */
import type {Node, Paragraph, Root, Sentence, SentenceContent, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'

/** The paragraphs of a document, in order (one per line for plain text). */
export function paragraphsOf(tree: Root): Paragraph[] {
  const result: Paragraph[] = []
  for (const child of tree.children) if (child.type === 'ParagraphNode') result.push(child)
  return result
}

/** The sentences of a paragraph, in order. */
export function sentencesOf(paragraph: Paragraph): Sentence[] {
  const result: Sentence[] = []
  for (const child of paragraph.children) if (child.type === 'SentenceNode') result.push(child)
  return result
}

/** The words of a sentence, in order. */
export function wordsOf(sentence: Sentence): Word[] {
  const result: Word[] = []
  for (const child of sentence.children) if (child.type === 'WordNode') result.push(child)
  return result
}

/**
 * The tokens of a paragraph in order, across sentence boundaries: words,
 * punctuation, symbols and white space (words are not split further).
 */
export function tokensOf(paragraph: Paragraph): SentenceContent[] {
  const result: SentenceContent[] = []
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') result.push(...child.children)
    else result.push(child)
  }
  return result
}

export function startOf(node: Node): number {
  return node.position?.start.offset ?? 0
}

export function endOf(node: Node): number {
  return node.position?.end.offset ?? 0
}

export function lineOf(node: Node): number {
  return node.position?.start.line ?? 0
}

export {toString}
