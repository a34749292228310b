#!/usr/bin/env node
/**
 * The command line: a thin layer that parses flags (src/flags.ts), runs a
 * command over the Node API and sets the exit code (see exitCodes).
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {defaultCommandName, isCommandName, loadCommand, loadCommands} from './commands/index.js'
import {exitCodes, type Command, type Io} from './commands/types.js'
import {formatFlags, parseFlags, UsageError} from './flags.js'
import {LoadError} from './load.js'
import {readPackageJson} from './package-root.js'

function commandHelp(command: Command): string {
  const examples = command.examples.map(([line, what]) => `  $ ${line}\n      ${what}`).join('\n')
  return `Usage: ${command.usage}\n\n${command.summary}.\n\nOptions:\n${formatFlags([...command.flags, ...commonFlags])}\n\nExamples:\n${examples}\n`
}

const commonFlags = [
  {name: 'help', short: 'h', type: 'boolean', description: 'Show help'},
  {name: 'version', short: 'v', type: 'boolean', description: 'Show the version'}
] as const

export async function help(): Promise<string> {
  const {description} = readPackageJson()
  const commands = await loadCommands()
  const defaultCommand = await loadCommand(defaultCommandName)
  const width = Math.max(...commands.map((command) => command.name.length)) + 2
  const list = commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`).join('\n')
  return `copydesk: ${description}\n\n${commandHelp(defaultCommand)}\nCommands:\n${list}\n\nRun \`copydesk <command> --help\` for a command's options.\n\nExit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage, configuration or I/O error (or an input could not be read), 3 some inputs skipped (binary files) and nothing else to report.\n`
}

/** Run the CLI with `argv` (without node and the script) and return the exit code. */
export async function main(argv: ReadonlyArray<string>, io: Io): Promise<number> {
  const named = isCommandName(argv[0])
  const args = named ? argv.slice(1) : [...argv]
  try {
    if (args.includes('--version') || args.includes('-v')) {
      io.stdout.write(readPackageJson().version + '\n')
      return exitCodes.ok
    }
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(named ? commandHelp(await loadCommand(argv[0])) : await help())
      return exitCodes.ok
    }
    const command = await loadCommand(named ? argv[0] : defaultCommandName)
    const {values, positionals} = parseFlags(args, command.flags)
    return await command.run(values, positionals, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`copydesk: ${error.message}\n`)
      return exitCodes.error
    }
    if (error instanceof LoadError) {
      io.stderr.write(`copydesk: ${error.message}\n`)
      return exitCodes.error
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`copydesk: ${message.split('\n')[0]}\n`)
    return exitCodes.error
  }
}

/* v8 ignore start -- process wiring, exercised by the CLI tests through the built binary */
function isMain(): boolean {
  try {
    return process.argv[1] !== undefined && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
  } catch {
    return false
  }
}

if (isMain()) {
  // A closed pipe (`copydesk … | head -1`) ends the run quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
  const io: Io = {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd()}
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code
  })
}
/* v8 ignore stop */
