/**
 * The hook between markup and paragraph kinds: the markdown and HTML parser
 * knows what some blocks are from their markup (a `# heading`, a list item, a
 * table cell, a figure caption) and says so in the paragraph's `data.kind`;
 * paragraph-kind.ts takes that kind as given and classifies the other
 * paragraphs by position and form, as for plain text.
 */
import type {Paragraph} from 'nlcst'
import type {ParagraphKind} from './paragraph-kind.js'

declare module 'nlcst' {
  interface ParagraphData {
    /** The kind the markup gives this paragraph (markdown and HTML only). */
    kind?: ParagraphKind
  }
}

/** The kind the markup gave a paragraph, if any. */
export function givenKind(paragraph: Paragraph): ParagraphKind | undefined {
  return paragraph.data?.kind
}
