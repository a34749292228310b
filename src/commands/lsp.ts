import {UsageError} from '../flags.js'
import {exitCodes, type Command} from './types.js'

export const lspCommand: Command = {
  name: 'lsp',
  summary: 'Run the language server for editors (over stdin and stdout)',
  usage: 'copydesk lsp --stdio',
  flags: [
    {name: 'stdio', type: 'boolean', description: 'Talk the Language Server Protocol over stdin and stdout (the only transport)'},
    {name: 'clientProcessId', type: 'string', value: 'PID', description: 'Exit when this process (the editor) ends; editors pass it themselves'}
  ],
  examples: [['copydesk lsp --stdio', 'start the server; an editor runs this for you (see docs/integrations.md)']],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError('`copydesk lsp` takes no paths: the editor sends the documents')
    if (!values.stdio) throw new UsageError('`copydesk lsp` needs --stdio (the only transport)')
    // Loaded only here: the CLI's other commands do not pay for the protocol library.
    const {startServer} = await import('../lsp/server.js')
    const connection = startServer({input: io.stdin, output: io.stdout})
    // The connection ends the process on `exit` or when the editor closes stdin.
    await new Promise<void>((resolve) => connection.onExit(() => resolve()))
    return exitCodes.ok
  }
}
