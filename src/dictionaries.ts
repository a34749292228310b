/**
 * Hunspell dictionaries, loaded once per process and only when a rule asks.
 */
import nspell from 'nspell'
import type NSpell from 'nspell'

export type Dialect = 'en-US' | 'en-GB'
export const dialects: ReadonlyArray<Dialect> = ['en-GB', 'en-US']

const cache = new Map<Dialect, Promise<NSpell>>()

/** The speller for a dialect: en-GB uses dictionary-en-gb, en-US dictionary-en. */
export function loadSpeller(dialect: Dialect): Promise<NSpell> {
  let speller = cache.get(dialect)
  if (!speller) {
    speller = (dialect === 'en-GB' ? import('dictionary-en-gb') : import('dictionary-en')).then(
      function (module) {
        // dictionary-en ships Uint8Array buffers; nspell reads them as strings or Buffers alike.
        return nspell(module.default as unknown as Parameters<typeof nspell>[0])
      }
    )
    cache.set(dialect, speller)
  }
  return speller
}

export function otherDialect(dialect: Dialect): Dialect {
  return dialect === 'en-GB' ? 'en-US' : 'en-GB'
}
