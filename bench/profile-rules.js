/**
 * Where the warm time goes: each rule alone on a text (parse + that rule),
 * warm, median of --reps runs, slowest first; the first row is parsing with
 * every rule off, the last all rules together.
 *
 *   node bench/profile-rules.js [FILE] [--reps 20]
 *
 * For a CPU profile of a whole run: node --cpu-prof --cpu-prof-dir=/tmp/prof dist/src/cli.js FILE
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {root, samplePath} from './corpus.js'

const {values, positionals} = parseArgs({options: {reps: {type: 'string'}}, allowPositionals: true})
const reps = Number(values.reps ?? 20)
const file = positionals[0] ?? samplePath
const text = fs.readFileSync(file, 'utf8')
const {check, rules} = await import(path.join(root, 'dist/src/index.js'))
const ids = rules.map((rule) => rule.meta.id)
const off = Object.fromEntries(ids.map((id) => [id, false]))

async function time(settings) {
  for (let index = 0; index < 3; index++) await check(text, {path: path.basename(file), rules: settings})
  const times = []
  let findings = 0
  for (let index = 0; index < reps; index++) {
    const start = performance.now()
    findings = (await check(text, {path: path.basename(file), rules: settings})).messages.length
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return {ms: times[times.length >> 1], findings}
}

const parse = await time(off)
const rows = []
for (const id of ids) {
  const {ms, findings} = await time({...off, [id]: true})
  rows.push({id, ms: ms - parse.ms, findings})
}
rows.sort((a, b) => b.ms - a.ms)
const all = await time({})
const line = (label, ms, findings) => `${label.padEnd(28)} ${ms.toFixed(2).padStart(8)} ms ${String(findings).padStart(4)} findings`
console.log(line('(parse, all rules off)', parse.ms, parse.findings))
for (const row of rows) console.log(line(row.id, row.ms, row.findings))
console.log(line('(all rules)', all.ms, all.findings))
console.log(`sum of rules alone + parse: ${(rows.reduce((sum, row) => sum + row.ms, 0) + parse.ms).toFixed(1)} ms`)
