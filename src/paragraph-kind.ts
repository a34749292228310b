/**
 * What a paragraph (a line of a plain-text article) is: the headline, a
 * subhead, or body copy. Rules use it to leave headline style alone.
 */
import type {Paragraph, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {paragraphsOf} from './nlcst.js'

export type ParagraphKind = 'headline' | 'subhead' | 'body'

const cache = new WeakMap<Root, Map<Paragraph, ParagraphKind>>()

/** Classify every paragraph of the document once. */
export function paragraphKinds(tree: Root): Map<Paragraph, ParagraphKind> {
  let kinds = cache.get(tree)
  if (!kinds) {
    kinds = new Map()
    paragraphsOf(tree).forEach(function (paragraph, index) {
      kinds!.set(paragraph, classify(paragraph, index))
    })
    cache.set(tree, kinds)
  }
  return kinds
}

export function kindOf(tree: Root, paragraph: Paragraph): ParagraphKind {
  return paragraphKinds(tree).get(paragraph) ?? 'body'
}

function classify(paragraph: Paragraph, index: number): ParagraphKind {
  const text = toString(paragraph).trim()
  if (index === 0) return 'headline'
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length > 0 && letters === letters.toUpperCase() && text.split(/\s+/).length <= 8) return 'subhead'
  return 'body'
}
