/**
 * Unified diffs of a file before and after fixing, in git's dialect (`diff
 * --git a/… b/…`), so `git apply` and `patch -p1` accept them. Pure: the
 * caller gives the texts; line endings, a missing final newline and a BOM
 * are kept as they are on disk.
 */
import path from 'node:path'
import {formatPatch, structuredPatch, type StructuredPatch} from 'diff'

export interface DiffOptions {
  /** The file starts with a byte order mark (UTF-8 BOM), kept in the first line. */
  bom?: boolean
  /** Lines of context around each change (git's default is 3). */
  context?: number
}

/** The structured patch from `oldText` to `newText` for `file` (a path relative to the repository). */
export function filePatch(file: string, oldText: string, newText: string, options: DiffOptions = {}): StructuredPatch {
  const bom = options.bom ? '\ufeff' : ''
  const patch = structuredPatch(`a/${file}`, `b/${file}`, bom + oldText, bom + newText, undefined, undefined, {
    context: options.context ?? 3
  })
  patch.isGit = true
  return patch
}

/** A git-style unified diff, or '' when the texts are equal. */
export function unifiedDiff(file: string, oldText: string, newText: string, options: DiffOptions = {}): string {
  if (oldText === newText) return ''
  return formatPatch(filePatch(file, oldText, newText, options))
}

/** The number of hunks in a unified diff. */
export function countHunks(diff: string): number {
  return diff.split('\n').filter((line) => line.startsWith('@@ ')).length
}

/**
 * The path to print in a patch: relative to `cwd` when inside it, with `/`
 * separators, so `git apply` run from `cwd` finds the file.
 */
export function patchPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file))
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
  return (inside ? relative : file).split(path.sep).join('/')
}
