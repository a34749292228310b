/**
 * The project's word list, for the language server's "add to dictionary"
 * action: the first word list the nearest project config names
 * (`dictionaries`), else `.copydesk-words.txt` next to that config, else
 * `.copydesk-words.txt` at the workspace root holding the document.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {parse} from 'jsonc-parser'
import {parseWordList} from '../dictionary-file.js'

export const defaultWordList = '.copydesk-words.txt'
export const configName = '.copydeskrc.json'

export interface ProjectConfig {
  /** The config file (`.copydeskrc.json` or a `package.json` with a `copydesk` key). */
  file: string
  /** Its `dictionaries`, as absolute paths. */
  dictionaries: string[]
}

/** The nearest config walking up from `folder` (inclusive), if any. */
export async function findConfig(folder: string): Promise<ProjectConfig | undefined> {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    for (const name of [configName, 'package.json']) {
      const file = path.join(current, name)
      const text = await readText(file)
      if (text === undefined) continue
      const value = parse(text, [], {allowTrailingComma: true}) as Record<string, unknown> | undefined
      const settings = name === 'package.json' ? value?.copydesk : value
      if (!settings || typeof settings !== 'object') continue
      const listed = (settings as {dictionaries?: unknown}).dictionaries
      const dictionaries = Array.isArray(listed) ? listed.filter((entry): entry is string => typeof entry === 'string') : []
      return {file, dictionaries: dictionaries.map((entry) => path.resolve(current, entry))}
    }
    if (path.dirname(current) === current) return undefined
  }
}

/** The innermost workspace root that holds `file`. */
export function rootOf(file: string, roots: ReadonlyArray<string>): string | undefined {
  return roots
    .filter((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep))
    .sort((a, b) => b.length - a.length)[0]
}

/** Where a word added from this document goes. */
export async function wordListFor(file: string, roots: ReadonlyArray<string>): Promise<string> {
  const config = await findConfig(path.dirname(file))
  if (config) return config.dictionaries[0] ?? path.join(path.dirname(config.file), defaultWordList)
  return path.join(rootOf(file, roots) ?? path.dirname(file), defaultWordList)
}

/** Every word the project accepts for this document: its config's word lists and the default list. */
export async function projectWords(file: string, roots: ReadonlyArray<string>): Promise<string[]> {
  const config = await findConfig(path.dirname(file))
  const lists = new Set(config?.dictionaries ?? [])
  lists.add(await wordListFor(file, roots))
  const words: string[] = []
  for (const list of lists) words.push(...parseWordList((await readText(list)) ?? ''))
  return words
}

/** Append `word` to the list (creating it); false when it is already there. */
export async function addWord(list: string, word: string): Promise<boolean> {
  const text = (await readText(list)) ?? ''
  if (parseWordList(text).includes(word)) return false
  await fs.mkdir(path.dirname(list), {recursive: true})
  await fs.appendFile(list, (text.length > 0 && !/\n$/.test(text) ? '\n' : '') + word + '\n', 'utf8')
  return true
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch {
    return undefined
  }
}
