#!/usr/bin/env node
// Build data/words.txt: every word form that dictionary-en (en-US) and
// dictionary-en-gb (en-GB) accept, as nspell expands them, in one sorted file
// of three sections (both, en-US only, en-GB only). copydesk loads this list
// in a few milliseconds instead of expanding the Hunspell affixes at start-up
// (~300 ms and ~120 MB for the two dictionaries). Run after updating the
// dictionaries: `node scripts/build-wordlists.js`.
import fs from 'node:fs'
import nspell from 'nspell'
import en from 'dictionary-en'
import gb from 'dictionary-en-gb'

function forms(dictionary) {
  const speller = nspell(dictionary)
  const onlyInCompound = speller.flags.ONLYINCOMPOUND
  const result = new Set()
  for (const [word, codes] of Object.entries(speller.data)) {
    // Digits-only compounds ("1st") are matched by rules copydesk does not need.
    if (onlyInCompound && codes && codes.includes(onlyInCompound)) continue
    if (/\d/.test(word)) continue
    result.add(word)
  }
  return result
}

const us = forms(en)
const uk = forms(gb)
const sort = (list) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
const both = sort([...us].filter((word) => uk.has(word)))
const usOnly = sort([...us].filter((word) => !uk.has(word)))
const ukOnly = sort([...uk].filter((word) => !us.has(word)))
const text = ['# both', ...both, '# en-US', ...usOnly, '# en-GB', ...ukOnly, ''].join('\n')
fs.writeFileSync(new URL('../data/words.txt', import.meta.url), text)
console.log(`data/words.txt: ${both.length} shared, ${usOnly.length} en-US only, ${ukOnly.length} en-GB only`)
