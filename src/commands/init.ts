import fs from 'node:fs/promises'
import path from 'node:path'
import {rules} from '../../rules/index.js'
import {configFileName, dashRuleId} from '../config.js'
import {UsageError} from '../flags.js'
import {LoadError, describeIoError} from '../load.js'
import {exitCodes, type Command} from './types.js'

/**
 * The starter config: JSON with comments (the loader accepts JSONC), every
 * setting at its default and every rule listed, commented out, with its
 * default severity and what it finds.
 */
export function starterConfig(): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length + rule.meta.severity.length)) + 6
  const ruleLines = rules.map(function (rule) {
    const setting = `// "${rule.meta.id}": "${rule.meta.severity}",`
    return `    ${setting.padEnd(width + 4)} // ${rule.meta.description}`
  })
  const dash = rules.some((rule) => rule.meta.id === dashRuleId)
  return `// copydesk configuration (JSON with comments). See docs/config.md.
// It applies to the files in this folder and below; paths are relative to it.
{
  // Spelling: "auto" detects British or American spelling per document;
  // "en-GB" or "en-US" holds every document to one.
  "dialect": "auto",

  // Every rule is on at its default severity. Per rule: "off", "error",
  // "warning", "info", or {"severity": "…", "options": {…}}.
  // Remove the leading // of a line to change a rule.
  "rules": {
${ruleLines.join('\n')}
  },

  // Word lists (one word a line, # for comments) of names and terms to accept.
  "dictionaries": [],

  // Files and folders not to check: globs relative to this file, e.g.
  // "drafts/" or "*.draft.md" (a pattern without a slash matches at any depth).
  "ignore": []${dash ? ',\n\n  // The dash the spaced-hyphen rule suggests: "em" (an unspaced em dash) or\n  // "en" (a spaced en dash, common in British style).\n  "dash": "em"' : ''}
}
`
}

export const initCommand: Command = {
  name: 'init',
  summary: `Write a commented starter ${configFileName} in the current folder (or the one given)`,
  usage: 'copydesk init [folder]',
  flags: [],
  examples: [
    ['copydesk init', `write ./${configFileName}`],
    ['copydesk init site/articles', `write site/articles/${configFileName}`]
  ],
  async run(_values, positionals, io) {
    if (positionals.length > 1) throw new UsageError('`copydesk init` takes at most one folder')
    const folder = path.resolve(io.cwd, positionals[0] ?? '.')
    const target = path.join(folder, configFileName)
    const shown = path.relative(io.cwd, target) || configFileName
    let handle
    try {
      // `wx`: fail if the file exists, so an existing config is never overwritten.
      handle = await fs.open(target, 'wx')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new LoadError(shown, 'already exists; not overwritten (edit it, or delete it first)')
      }
      throw new LoadError(shown, `cannot write: ${describeIoError(error)}`)
    }
    try {
      await handle.writeFile(starterConfig(), 'utf8')
    } finally {
      await handle.close()
    }
    io.stdout.write(`Wrote ${shown}: every setting at its default, every rule listed; edit it to taste.\n`)
    return exitCodes.ok
  }
}
