/**
 * Output formats: pure functions from linted files to a string. Reporters
 * never read files: a VFile carries its own text. Each loads on first use
 * (the SARIF and HTML reporters bring their own dependencies).
 */
import type {VFile} from 'vfile'

export interface ReporterOptions {
  /** Use ANSI colours (only on a terminal and never with NO_COLOR). */
  color: boolean
  /** Leave out files without findings. */
  quiet: boolean
}

export type Reporter = (files: ReadonlyArray<VFile>, options: ReporterOptions) => string
/** A reporter that may load what an unusual input needs (stylish). */
export type AsyncReporter = (files: ReadonlyArray<VFile>, options: ReporterOptions) => Promise<string>

/** Format name → its reporter, loaded on demand. Keep sorted. */
const loaders: Readonly<Record<string, () => Promise<Reporter | AsyncReporter>>> = {
  github: async () => (await import('./github.js')).github,
  html: async () => (await import('./html.js')).html,
  json: async () => (await import('./json.js')).json,
  rdjson: async () => (await import('./rdjson.js')).rdjson,
  sarif: async () => (await import('./sarif.js')).sarif,
  stylish: async () => (await import('./stylish.js')).stylish
}

export const reporterNames: ReadonlyArray<string> = Object.keys(loaders)

export function loadReporter(name: string): Promise<Reporter | AsyncReporter> {
  return loaders[name]()
}
