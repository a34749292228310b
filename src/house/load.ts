/**
 * Loading a house-style folder: every `.yaml`, `.yml` and `.json` file in it
 * (not in subfolders), in name order, validated (validate.ts), with the styles
 * it `extends` (a preset shipped in `presets/`, or another folder) merged
 * underneath: a rule with an extended rule's id replaces it, `disable` drops
 * one. Each folder is loaded once per process.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {LineCounter, parseDocument} from 'yaml'
import type {Rule} from '../rule.js'
import {describeIoError} from '../load.js'
import {packageRoot} from '../package-root.js'
import {buildRule} from './build.js'
import {checkConflicts, HouseStyleError, validateFile, type RuleSpec, type StyleFile} from './validate.js'

export interface HouseStyle {
  /** The folder, absolute. */
  folder: string
  /** The validated rules (extended ones included), sorted by id. */
  specs: RuleSpec[]
  /** The same as engine rules, in the same order. */
  rules: Rule[]
}

/** The folder of the presets that ship with copydesk. */
export const presetsFolder = path.join(packageRoot, 'presets')

const extensions = ['.json', '.yaml', '.yml']
const cache = new Map<string, Promise<HouseStyle>>()

/** Load (once) the house style in `folder`; relative to `cwd`. Throws a one-line HouseStyleError. */
export function loadHouseStyle(folder: string, cwd = process.cwd()): Promise<HouseStyle> {
  const absolute = path.resolve(cwd, folder)
  let loading = cache.get(absolute)
  if (!loading) {
    loading = load(absolute, cwd)
    cache.set(absolute, loading)
    // A failed load is not kept: the user may fix the file and run again in the same process.
    loading.catch(() => cache.delete(absolute))
  }
  return loading
}

/** Forget loaded styles (for long-lived processes after the files change). */
export function clearHouseStyles(): void {
  cache.clear()
}

/** The names of the shipped presets. */
export async function presetNames(): Promise<string[]> {
  const entries = await fs.readdir(presetsFolder, {withFileTypes: true})
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
}

async function load(folder: string, cwd: string): Promise<HouseStyle> {
  const specs = await layer(folder, cwd, [])
  checkConflicts(specs)
  const sorted = [...specs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {folder, specs: sorted, rules: sorted.map(buildRule)}
}

/** One folder's rules over those of the styles it extends. */
async function layer(folder: string, cwd: string, chain: ReadonlyArray<string>): Promise<RuleSpec[]> {
  const shownFolder = shown(folder, cwd)
  let names: string[]
  try {
    const entries = await fs.readdir(folder, {withFileTypes: true})
    names = entries.filter((entry) => entry.isFile() && extensions.includes(path.extname(entry.name).toLowerCase())).map((entry) => entry.name).sort()
  } catch (error) {
    throw new HouseStyleError(shownFolder, undefined, `cannot read the styles folder: ${describeIoError(error)}`)
  }
  const files: StyleFile[] = []
  for (const name of names) files.push(await readStyleFile(path.join(folder, name), cwd))
  // Duplicate ids inside one folder are an error; across layers a later one overrides.
  const own = new Map<string, RuleSpec>()
  for (const file of files) {
    for (const spec of file.rules) {
      const other = own.get(spec.id)
      if (other) throw new HouseStyleError(spec.file, spec.id, `duplicate id (also in ${other.file}${other.line ? `:${other.line}` : ''})`, spec.line)
      own.set(spec.id, spec)
    }
  }
  const base = new Map<string, RuleSpec>()
  for (const file of files) {
    for (const entry of file.extends) {
      const target = await extendedFolder(entry.value, folder, file.file, entry.line)
      if (chain.includes(target) || target === folder) {
        throw new HouseStyleError(file.file, undefined, `\`extends: ${entry.value}\` makes a cycle`, entry.line)
      }
      for (const spec of await layer(target, cwd, [...chain, folder])) base.set(spec.id, spec)
    }
  }
  for (const file of files) {
    for (const entry of file.disable) {
      if (!base.has(entry.id)) {
        throw new HouseStyleError(file.file, entry.id, 'cannot disable it: no extended style has a rule with this id', entry.line)
      }
      base.delete(entry.id)
    }
  }
  for (const [id, spec] of own) base.set(id, spec)
  return [...base.values()]
}

/** A preset name (`news-uk`) or a folder relative to the extending one. */
async function extendedFolder(value: string, from: string, file: string, line: number | undefined): Promise<string> {
  const name = /^[a-z\d-]+$/.test(value)
  if (name && (await isFolder(path.join(presetsFolder, value)))) return path.join(presetsFolder, value)
  const target = path.resolve(from, value)
  if (await isFolder(target)) return target
  if (name) throw new HouseStyleError(file, undefined, `unknown preset \`${value}\`; the presets are ${(await presetNames()).join(', ')}`, line)
  throw new HouseStyleError(file, undefined, `\`extends: ${value}\`: no such folder`, line)
}

/** Parse one file (YAML, or JSON for `.json`) and validate it. */
async function readStyleFile(file: string, cwd: string): Promise<StyleFile> {
  const name = shown(file, cwd)
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    throw new HouseStyleError(name, undefined, `cannot read: ${describeIoError(error)}`)
  }
  const json = path.extname(file).toLowerCase() === '.json'
  if (json) {
    try {
      JSON.parse(text)
    } catch (error) {
      throw new HouseStyleError(name, undefined, `invalid JSON: ${(error as Error).message.split('\n')[0]}`)
    }
  }
  const counter = new LineCounter()
  const document = parseDocument(text, {lineCounter: counter, prettyErrors: false, uniqueKeys: true})
  const problem = document.errors[0]
  if (problem) {
    const line = counter.linePos(problem.pos[0]).line
    throw new HouseStyleError(name, undefined, `invalid ${json ? 'JSON' : 'YAML'}: ${problem.message.split('\n')[0]}`, line)
  }
  const lineOf = (at: ReadonlyArray<string | number>): number | undefined => {
    const node = at.length === 0 ? document.contents : document.getIn(at, true)
    const range = (node as {range?: [number, number, number]} | null | undefined)?.range
    return range ? counter.linePos(range[0]).line : undefined
  }
  let value: unknown
  try {
    value = document.toJS()
  } catch (error) {
    // yaml refuses a document whose aliases expand without bound ("billion laughs").
    throw new HouseStyleError(name, undefined, `invalid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  return validateFile(value, name, lineOf)
}

/** A path as shown in messages: relative to the working folder, or `presets/…` for a shipped preset. */
function shown(file: string, cwd: string): string {
  const preset = path.relative(presetsFolder, file)
  if (!preset.startsWith('..') && !path.isAbsolute(preset)) return path.join('presets', preset)
  const relative = path.relative(cwd, file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await fs.stat(folder)).isDirectory()
  } catch {
    return false
  }
}

export {HouseStyleError}
