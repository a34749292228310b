/** Subcommands, by name. Keep sorted. */
import {check} from './check.js'
import {rulesCommand} from './rules.js'
import type {Command} from './types.js'

export const commands: ReadonlyArray<Command> = [check, rulesCommand]
export const defaultCommand = check
