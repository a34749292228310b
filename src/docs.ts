/**
 * Generated README sections: the rule table from rule metadata and the flag
 * tables from the commands' flag data, so the README cannot drift from the
 * code (tests/readme.test.ts compares them; `npm run docs` rewrites them).
 */
import {rules} from '../rules/index.js'
import {commands} from './commands/index.js'
import type {Flag} from './flags.js'

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

export function rulesTable(): string {
  const rows = rules.map(
    ({meta}) =>
      `| \`${meta.id}\` | ${meta.category} | ${meta.severity} | ${meta.fixable ? 'yes' : 'no'} | ${cell(meta.description)} | ${cell(meta.examples[0]?.bad ?? '')} |`
  )
  return ['| rule | category | severity | fix | what it finds | example |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n')
}

function flagRow(flag: Flag): string {
  const name = `\`--${flag.name}${flag.type === 'string' ? ` ${flag.value ?? (flag.choices ? flag.choices.join('\\|') : 'VALUE')}` : ''}\``
  const short = flag.short ? ` (\`-${flag.short}\`)` : ''
  const fallback = flag.default !== undefined && flag.type === 'string' ? ` Default: \`${flag.default}\`.` : ''
  return `| ${name}${short} | ${cell(flag.description)}.${fallback} |`
}

export function flagsTables(): string {
  return commands
    .map(function (command) {
      const rows = command.flags.map(flagRow)
      return [`### \`${command.usage}\``, '', `${command.summary}.`, '', '| flag | meaning |', '| --- | --- |', ...rows].join('\n')
    })
    .join('\n\n')
}

/** Replace the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
export function replaceSection(document: string, name: string, content: string): string {
  const start = `<!-- generated:${name} -->`
  const end = `<!-- /generated:${name} -->`
  const from = document.indexOf(start)
  const to = document.indexOf(end)
  if (from === -1 || to === -1 || to < from) throw new Error(`README has no generated section \`${name}\``)
  return document.slice(0, from + start.length) + '\n' + content + '\n' + document.slice(to)
}

export function sectionOf(document: string, name: string): string | undefined {
  const start = `<!-- generated:${name} -->`
  const from = document.indexOf(start)
  const to = document.indexOf(`<!-- /generated:${name} -->`)
  if (from === -1 || to === -1) return undefined
  return document.slice(from + start.length + 1, to - 1)
}
