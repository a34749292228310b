import path from 'node:path'
import {rules} from '../../rules/index.js'
import {ConfigResolver} from '../config.js'
import {UsageError} from '../flags.js'
import {loadHouseStyle} from '../house/load.js'
import {exitCodes, type Command} from './types.js'

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'List every rule with its metadata',
  usage: 'copydesk rules [--format text|json] [--styles DIR]',
  flags: [
    {name: 'format', short: 'f', type: 'string', choices: ['text', 'json'], default: 'text', description: 'Output format'},
    {name: 'styles', type: 'string', value: 'DIR', description: 'Also list the house-style rules in this folder (default: the `styles` of the config in the working folder)'}
  ],
  examples: [
    ['copydesk rules', 'a table of rule ids, categories, severities and descriptions'],
    ['copydesk rules --format json', 'the same as JSON'],
    ['copydesk rules --styles samples/house-style/styles', 'the built-in rules and a house style\'s rules']
  ],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError('`copydesk rules` takes no paths')
    const styles = (values.styles as string | undefined) ?? (await new ConfigResolver({cwd: io.cwd}).configFor(path.join(io.cwd, '-')))?.styles
    const house = styles === undefined ? [] : (await loadHouseStyle(styles, io.cwd)).rules
    const metas = [...rules, ...house].map((rule) => rule.meta)
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
