/** Subcommands, by name. Keep sorted. */
import {check} from './check.js'
import {compareCommand} from './compare.js'
import {fixCommand} from './fix.js'
import {initCommand} from './init.js'
import {lspCommand} from './lsp.js'
import {rulesCommand} from './rules.js'
import type {Command} from './types.js'

export const commands: ReadonlyArray<Command> = [check, compareCommand, fixCommand, initCommand, lspCommand, rulesCommand]
export const defaultCommand = check
