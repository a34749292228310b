/**
 * Which parser a file needs: plain text, markdown or HTML. Kept apart from
 * src/markup.ts so that plain text never loads the markdown and HTML parsers.
 */
import type {VFile} from 'vfile'

export type Format = 'plain' | 'markdown' | 'html'
export const formats: ReadonlyArray<Format> = ['html', 'markdown', 'plain']

const extensions: Readonly<Record<string, Format>> = {
  '.htm': 'html',
  '.html': 'html',
  '.markdown': 'markdown',
  '.md': 'markdown'
}

/** The format to parse a file as: the explicit one, else from its extension, else plain text. */
export function formatOf(file: VFile, format?: Format): Format {
  return format ?? extensions[(file.extname ?? '').toLowerCase()] ?? 'plain'
}
