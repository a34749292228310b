/**
 * Generated README sections: the rule table from rule metadata and the flag
 * tables from the commands' flag data, so the README cannot drift from the
 * code (tests/readme.test.ts compares them; `npm run docs` rewrites them).
 */
import {rules} from '../rules/index.js'
import {loadCommands} from './commands/index.js'
import type {Flag} from './flags.js'

const commands = await loadCommands()

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>')
}

export function rulesTable(): string {
  const rows = rules.map(
    ({meta}) =>
      `| \`${meta.id}\` | ${meta.category} | ${meta.severity} | ${meta.fixable ? 'yes' : 'no'} | ${cell(meta.description)} | ${cell(meta.examples[0]?.bad ?? '')} |`
  )
  return ['| rule | category | severity | fix | what it finds | example |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n')
}

/** docs/rules.md: one section per rule, anchored by its id (the messages' `url`). */
export function rulesDoc(): string {
  const sections = rules.map(function ({meta}) {
    const examples = meta.examples
      .map((example) => `- Flagged: ${example.bad}\n- ${meta.fixable ? 'Fixed' : 'Corrected'}: ${example.good}`)
      .join('\n')
    return [
      `<a id="${meta.id}"></a>`,
      `## ${meta.id}`,
      '',
      `${meta.description}`,
      '',
      `Category: ${meta.category}. Default severity: ${meta.severity}. ${meta.fixable ? 'Offers a safe fix.' : 'No automatic fix.'} Looks at: ${meta.scope}.`,
      '',
      examples,
      '',
      `Source: [rules/${meta.id}.ts](../rules/${meta.id}.ts); cases: [tests/rules/${meta.id}.test.ts](../tests/rules/${meta.id}.test.ts).`
    ].join('\n')
  })
  return ['# Rules', '', 'Generated from each rule\'s metadata by `npm run docs`; do not edit by hand.', '', ...sections].join('\n\n').replace(/\n{3,}/g, '\n\n') + '\n'
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
