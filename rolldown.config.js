/**
 * The shipped CLI and API: tsc's output (dist/src, dist/rules) bundled into
 * dist/bundle, so that a cold `copydesk FILE` reads a handful of files instead
 * of ~160 modules (resolving, reading and linking each cost about a quarter of
 * a cold run). Commands, reporters and the markdown/HTML parsers stay separate
 * chunks, loaded on first use as before. `npm run build` runs tsc, then this.
 */
import fs from 'node:fs'
import path from 'node:path'
import {builtinModules} from 'node:module'
import {defineConfig} from 'rolldown'

/**
 * Packages published as CommonJS (jsonc-parser's UMD build, the language
 * server's protocol libraries, picomatch…) stay outside the bundle, loaded by
 * Node at run time: their dynamic `require`s do not survive bundling. ES module
 * packages (unified, parse-latin, vfile…) are bundled.
 */
function isCommonJs(specifier) {
  if (/^[./#]/.test(specifier)) return false
  const parts = specifier.split('/')
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
  const manifest = path.join(import.meta.dirname, 'node_modules', name, 'package.json')
  return fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).type !== 'module'
}

export default defineConfig({
  input: {
    cli: 'dist/src/cli.js',
    index: 'dist/src/index.js',
    // The pool starts workers from `./lint-worker.js` beside its own module.
    'lint-worker': 'dist/src/lint-worker.js'
  },
  platform: 'node',
  external: (id) => builtinModules.includes(id) || id.startsWith('node:') || isCommonJs(id),
  output: {
    dir: 'dist/bundle',
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
    cleanDir: true
  }
})
