/**
 * The linters the bench compares, each with an in-process setup (returns a
 * `lint(text, name)` that resolves to the number of findings) and, where the
 * package has one, its command line. Peers are devDependencies.
 */
import path from 'node:path'
import {createRequire} from 'node:module'
import {root} from './corpus.js'

const require = createRequire(import.meta.url)
const bin = (...parts) => path.join(root, 'node_modules', ...parts)
export const copydeskCli = path.join(root, 'dist/bundle/cli.js')

/** name → {label, setup, cli?(files): argv, note} */
export const tools = {
  copydesk: {
    label: 'copydesk',
    note: 'all ~30 rules (spelling, consistency, grammar, residue)',
    async setup() {
      const {check} = await import(path.join(root, 'dist/bundle/index.js'))
      return async (text, name) => (await check(text, {path: name})).messages.length
    },
    cli: (files) => [copydeskCli, '--format', 'json', ...files],
    /** The whole-process run on one file: the default report, as a person runs it. */
    coldCli: (file) => [copydeskCli, file]
  },
  'harper.js': {
    label: 'harper.js',
    note: 'LocalLinter (WASM), plain text; no CLI in the npm package',
    async setup() {
      const {LocalLinter} = await import('harper.js')
      const {binary} = await import('harper.js/binary')
      const linter = new LocalLinter({binary})
      await linter.setup()
      return async (text) => (await linter.lint(text, {language: 'plaintext'})).length
    }
  },
  cspell: {
    label: 'cspell',
    note: 'spelling only; cspell-lib spellCheckDocument in process, the cspell CLI for whole-process runs',
    async setup() {
      const {spellCheckDocument} = await import('cspell-lib')
      return async function (text, name) {
        const document = {uri: `file:///bench/${name}`, text, languageId: 'plaintext', locale: 'en'}
        const result = await spellCheckDocument(document, {generateSuggestions: false, noConfigSearch: true}, {})
        return result.issues.length
      }
    },
    cli: (files) => [bin('cspell/bin.mjs'), 'lint', '--no-progress', '--no-summary', '--no-cache', '--no-must-find-files', ...files]
  },
  'retext-spell': {
    label: 'retext-spell',
    note: 'retext + retext-spell + dictionary-en (nspell), spelling only',
    async setup() {
      const {retext} = await import('retext')
      const {default: retextSpell} = await import('retext-spell')
      const {default: dictionary} = await import('dictionary-en')
      const processor = retext().use(retextSpell, {dictionary})
      return async (text) => (await processor.process(text)).messages.length
    }
  },
  alex: {
    label: 'alex',
    note: 'light reference: insensitive wording only',
    async setup() {
      const {text: alex} = await import('alex')
      return async (text) => alex(text).messages.length
    },
    cli: (files) => [bin('alex/cli.js'), '--text', '--quiet', ...files]
  },
  'write-good': {
    label: 'write-good',
    note: 'light reference: regex style checks',
    async setup() {
      const writeGood = require('write-good')
      return async (text) => writeGood(text).length
    },
    cli: (files) => [bin('write-good/bin/write-good.js'), ...files],
    /** It exits with the number of suggestions. */
    exitOk: (status) => status !== null
  }
}

/**
 * `--baseline DIR` (bench/run.js passes it on as COPYDESK_BASELINE): another
 * built checkout of copydesk, e.g. an older commit, measured in the same run.
 */
const baseline = process.env.COPYDESK_BASELINE
if (baseline) {
  tools['copydesk (baseline)'] = {
    label: 'copydesk (baseline)',
    note: `copydesk built in ${baseline}`,
    async setup() {
      const {check} = await import(path.join(baseline, 'dist/src/index.js'))
      return async (text, name) => (await check(text, {path: name})).messages.length
    },
    cli: (files) => [path.join(baseline, 'dist/src/cli.js'), '--format', 'json', ...files],
    coldCli: (file) => [path.join(baseline, 'dist/src/cli.js'), file]
  }
}
