import {rules} from '../../rules/index.js'
import {UsageError} from '../flags.js'
import {exitCodes, type Command} from './types.js'

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'List every rule with its metadata',
  usage: 'copydesk rules [--format text|json]',
  flags: [{name: 'format', short: 'f', type: 'string', choices: ['text', 'json'], default: 'text', description: 'Output format'}],
  examples: [
    ['copydesk rules', 'a table of rule ids, categories, severities and descriptions'],
    ['copydesk rules --format json', 'the same as JSON']
  ],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError('`copydesk rules` takes no paths')
    const metas = rules.map((rule) => rule.meta)
    if (values.format === 'json') {
      io.stdout.write(JSON.stringify(metas, null, 2) + '\n')
      return exitCodes.ok
    }
    const width = Math.max(...metas.map((meta) => meta.id.length)) + 2
    const lines = metas.map(
      (meta) =>
        `${meta.id.padEnd(width)}${meta.category.padEnd(13)}${meta.severity.padEnd(9)}${meta.fixable ? 'fix  ' : '     '}${meta.description}`
    )
    io.stdout.write(`${'rule'.padEnd(width)}${'category'.padEnd(13)}${'severity'.padEnd(9)}     description\n${lines.join('\n')}\n`)
    return exitCodes.ok
  }
}
