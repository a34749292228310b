#!/usr/bin/env node
// Build data/variants.json: British/American spelling pairs, each form known
// to exactly one of dictionary-en-gb and dictionary-en. Run after updating the
// dictionaries: `node scripts/build-variants.js`. The output is committed so
// that copydesk detects the dialect without loading both dictionaries.
import fs from 'node:fs'
import nspell from 'nspell'
import en from 'dictionary-en'
import gb from 'dictionary-en-gb'

const us = nspell(en)
const uk = nspell(gb)
const ukOnly = (w) => uk.correct(w) && !us.correct(w)
const usOnly = (w) => us.correct(w) && !uk.correct(w)

// Textual differences between British and American stems (British → American).
const swaps = [
  ['isation', 'ization'], ['ise', 'ize'], ['is', 'iz'], ['yse', 'yze'], ['ys', 'yz'],
  ['our', 'or'], ['tre', 'ter'], ['bre', 'ber'], ['ogue', 'og'], ['ence', 'ense'],
  ['ae', 'e'], ['oe', 'e'], ['mme', 'm'], ['lled', 'led'], ['lling', 'ling'],
  ['ller', 'ler'], ['grey', 'gray'], ['ium', 'um'], ['eable', 'able'], ['gement', 'gment'],
  ['ould', 'old'], ['ough', 'ow'], ['que', 'k'], ['yre', 'ire'], ['sc', 'sk'],
  ['pyj', 'paj'], ['eing', 'ing'], ['oeuvre', 'euver'], ['ll', 'l'], ['l', 'll']
]
// Inflections tried on both forms of a pair (applied the same way to each).
const suffixes = ['', 's', 'es', 'd', 'ed', 'ing', 'r', 'er', 'ers', 'ly', 'al', 'ally', 'ation', 'ations', 'ist', 'ists', 'ism', 'ful', 'ment', 'ments', 'able']

function inflect(word, suffix) {
  if (!suffix) return word
  if (/^[aeio]/.test(suffix) && word.endsWith('e')) return word.slice(0, -1) + suffix
  return word + suffix
}

const pairs = new Map()
function add(british, american) {
  if (ukOnly(british) && usOnly(american) && !pairs.has(british)) pairs.set(british, american)
}

const stems = Object.keys(uk.data).filter((w) => /^[a-z]+$/.test(w) && w.length > 2)
for (const stem of stems) {
  for (const [from, to] of swaps) {
    let index = stem.indexOf(from)
    while (index !== -1) {
      const american = stem.slice(0, index) + to + stem.slice(index + from.length)
      if (american !== stem && (ukOnly(stem) || us.correct(american))) {
        for (const suffix of suffixes) add(inflect(stem, suffix), inflect(american, suffix))
      }
      index = stem.indexOf(from, index + 1)
    }
  }
  // Doubled final l before a suffix: travelled / traveled.
  if (/[aeiou]l$/.test(stem)) {
    for (const suffix of ['ed', 'ing', 'er', 'ers']) add(stem + 'l' + suffix, stem + suffix)
  }
}

const sorted = Object.fromEntries([...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
fs.writeFileSync(new URL('../data/variants.json', import.meta.url), JSON.stringify(sorted, null, 0).replace(/","/g, '",\n"') + '\n')
console.log(`${pairs.size} British/American pairs written to data/variants.json`)
