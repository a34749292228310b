/**
 * Subcommands, by name, loaded on demand: `copydesk file.txt` loads the check
 * command alone, not the language server, compare or fix. Keep sorted.
 */
import type {Command} from './types.js'

const loaders: Readonly<Record<string, () => Promise<Command>>> = {
  check: async () => (await import('./check.js')).check,
  compare: async () => (await import('./compare.js')).compareCommand,
  fix: async () => (await import('./fix.js')).fixCommand,
  init: async () => (await import('./init.js')).initCommand,
  lsp: async () => (await import('./lsp.js')).lspCommand,
  rules: async () => (await import('./rules.js')).rulesCommand
}

export const commandNames: ReadonlyArray<string> = Object.keys(loaders)
export const defaultCommandName = 'check'

export function isCommandName(name: string | undefined): name is string {
  return name !== undefined && Object.hasOwn(loaders, name)
}

export function loadCommand(name: string): Promise<Command> {
  return loaders[name]()
}

/** Every command (for the help text and the generated docs). */
export function loadCommands(): Promise<Command[]> {
  return Promise.all(commandNames.map(loadCommand))
}
