/**
 * The installed package's root folder: the same from the TypeScript sources
 * (tests) and from the built `dist/` (the CLI), so data files resolve alike.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

function findRoot(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (fs.existsSync(path.join(folder, 'package.json')) && fs.existsSync(path.join(folder, 'data'))) {
      return folder
    }
    const parent = path.dirname(folder)
    /* v8 ignore next -- only reached if the package is installed without its data folder */
    if (parent === folder) throw new Error('copydesk: cannot find its package folder (data/ is missing)')
    folder = parent
  }
}

export const packageRoot = findRoot()

export function readPackageJson(): {name: string; version: string; description: string} {
  return JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8'))
}

export function dataPath(name: string): string {
  return path.join(packageRoot, 'data', name)
}
