import type {Io} from './commands/types.js'

/** Colours only on a terminal, never with NO_COLOR; FORCE_COLOR turns them on. */
export function useColor(io: Pick<Io, 'stdout' | 'env'>): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true
  return Boolean(io.stdout.isTTY)
}
