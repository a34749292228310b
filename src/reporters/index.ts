/**
 * Output formats: pure functions from linted files to a string. Reporters
 * never read files: a VFile carries its own text.
 */
import type {VFile} from 'vfile'
import {github} from './github.js'
import {html} from './html.js'
import {json} from './json.js'
import {rdjson} from './rdjson.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

export interface ReporterOptions {
  /** Use ANSI colours (only on a terminal and never with NO_COLOR). */
  color: boolean
  /** Leave out files without findings. */
  quiet: boolean
}

export type Reporter = (files: ReadonlyArray<VFile>, options: ReporterOptions) => string

/** Format name → reporter. Keep sorted. */
export const reporters: Readonly<Record<string, Reporter>> = {github, html, json, rdjson, sarif, stylish}
