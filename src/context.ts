/**
 * Facts about one document that several rules share, set by the engine on
 * `file.data.copydesk` before the rules run.
 */
import type {VFile} from 'vfile'
import type {Dialect} from './dictionaries.js'

export interface DocumentContext {
  /** The document's dialect: given by the user, or detected from its spellings. */
  dialect: Dialect
  /** Extra words accepted as correctly spelt (from --dictionary and config), as written. */
  words: ReadonlySet<string>
}

declare module 'vfile' {
  interface DataMap {
    copydesk: DocumentContext
  }
}

export function contextOf(file: VFile): DocumentContext {
  const context = file.data.copydesk
  if (!context) throw new Error('copydesk: rules must run through the copydesk engine (file.data.copydesk is missing)')
  return context
}
