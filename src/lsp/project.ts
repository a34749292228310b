/**
 * What the language server needs from the project for one document: the
 * check options (the nearest config, as the CLI resolves it) and the word
 * list that "add to the word list" writes to:
 *
 * - the first of the config's `dictionaries`;
 * - else `.copydesk-words.txt` next to the config, which is then added to the
 *   config's `dictionaries` (comments kept) so the CLI accepts the word too;
 * - else, with no config, `.copydesk-words.txt` at the workspace root holding
 *   the document (read by the server; give it to the CLI with `--dictionary`).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {applyEdits, modify, parse} from 'jsonc-parser'
import {ConfigResolver, isIgnored, mergeOptions, type ProjectConfig} from '../config.js'
import {parseWordList} from '../dictionary-file.js'
import type {CheckOptions} from '../index.js'

export const defaultWordList = '.copydesk-words.txt'

export interface Project {
  /** Undefined when the config's `ignore` globs skip the document. */
  options: CheckOptions | undefined
  /** Where an added word goes. */
  wordList: string
  config?: ProjectConfig
}

/** The innermost workspace root that holds `file`. */
export function rootOf(file: string, roots: ReadonlyArray<string>): string | undefined {
  return roots
    .filter((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep))
    .sort((a, b) => b.length - a.length)[0]
}

/** The project settings for a document at `file`; throws a ConfigError for a broken config. */
export async function projectFor(file: string, roots: ReadonlyArray<string>): Promise<Project> {
  const root = rootOf(file, roots) ?? path.dirname(file)
  const config = await new ConfigResolver({cwd: root}).configFor(file)
  if (config) {
    const wordList = config.dictionaries[0] ?? path.join(config.folder, defaultWordList)
    // A default list not (yet) named by the config still counts.
    const extra = config.dictionaries.length === 0 ? await readWords(wordList) : []
    return {config, wordList, options: isIgnored(config, file, root) ? undefined : mergeOptions({words: extra}, config)}
  }
  const wordList = path.join(root, defaultWordList)
  return {wordList, options: {words: await readWords(wordList)}}
}

/**
 * Append `word` to the project's word list (creating it); when the list is
 * the default one next to a config, name it in the config's `dictionaries`.
 * Returns the list and whether the word was new.
 */
export async function addWord(project: Project, word: string): Promise<{list: string; added: boolean}> {
  const list = project.wordList
  const text = (await readText(list)) ?? ''
  const added = !parseWordList(text).includes(word)
  if (added) {
    await fs.mkdir(path.dirname(list), {recursive: true})
    await fs.appendFile(list, (text.length > 0 && !text.endsWith('\n') ? '\n' : '') + word + '\n', 'utf8')
  }
  const config = project.config
  if (config && config.dictionaries.length === 0) await registerWordList(config, list)
  return {list, added}
}

/** Add the list to the config's `dictionaries`, keeping the file's comments and layout. */
async function registerWordList(config: ProjectConfig, list: string): Promise<void> {
  const file = path.join(config.folder, path.basename(config.path))
  const text = await fs.readFile(file, 'utf8')
  const keyPath = path.basename(file) === 'package.json' ? ['copydesk', 'dictionaries'] : ['dictionaries']
  const relative = path.relative(config.folder, list).split(path.sep).join('/')
  const indent = /^( +|\t)\S/m.exec(text)?.[1] ?? '  '
  const edits = modify(text, keyPath, [relative], {
    formattingOptions: {insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n'}
  })
  const updated = applyEdits(text, edits)
  // Check the result still parses before writing over the user's config.
  if (parse(updated, [], {allowTrailingComma: true}) === undefined) return
  await fs.writeFile(file, updated, 'utf8')
}

async function readWords(file: string): Promise<string[]> {
  return parseWordList((await readText(file)) ?? '')
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch {
    return undefined
  }
}
