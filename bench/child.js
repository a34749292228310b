/**
 * One measurement in its own process, so each linter's memory is its own:
 *
 *   node bench/child.js cold   TOOL FILE          set up, lint FILE once
 *   node bench/child.js warm   TOOL FILE REPS     set up, lint FILE REPS times (after a second of warm-up)
 *   node bench/child.js fresh  TOOL SAMPLE FILE...  set up, lint SAMPLE and every other FILE for a
 *                                                 second, then each remaining FILE once (texts the
 *                                                 process has not seen: no cache helps)
 *   node bench/child.js corpus TOOL FILE SAMPLE   set up, lint SAMPLE, then lint FILE once
 *   node bench/child.js files  TOOL FILE...       set up, lint each file in turn (one thread)
 *
 * Prints one JSON line on stdout.
 */
import fs from 'node:fs'
import path from 'node:path'
import {tools} from './tools.js'

const [mode, name, ...args] = process.argv.slice(2)
const tool = tools[name]
if (!tool) throw new Error(`unknown tool ${name}`)

const now = () => performance.now()
const peakMB = () => process.resourceUsage().maxRSS / 1024
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const started = now()
const lint = await tool.setup()
const setupMs = now() - started
let result

/**
 * Bring a process to its warm state, as an editor's long-lived linter is: lint `file` again and
 * again for at least a second (and at least 10 times), so the JIT has compiled the hot code.
 */
async function warmUp(...files) {
  const texts = files.map((file) => [fs.readFileSync(file, 'utf8'), path.basename(file)])
  const until = now() + 1000
  let findings = 0
  for (let index = 0; index < 10 || now() < until; index++) {
    for (const [text, name] of texts) findings = await lint(text, name)
  }
  return findings
}

if (mode === 'cold') {
  const text = fs.readFileSync(args[0], 'utf8')
  const findings = await lint(text, path.basename(args[0]))
  result = {findings, setupMs, totalMs: now() - started}
} else if (mode === 'warm') {
  const text = fs.readFileSync(args[0], 'utf8')
  const reps = Number(args[1] ?? 50)
  const findings = await warmUp(args[0])
  const times = []
  for (let index = 0; index < reps; index++) {
    const start = now()
    await lint(text, path.basename(args[0]))
    times.push(now() - start)
  }
  result = {findings, setupMs, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times)}
} else if (mode === 'fresh') {
  // Warm up on the sample and every other article; time each of the others once.
  const articles = args.slice(1)
  await warmUp(args[0], ...articles.filter((_, index) => index % 2 === 1))
  const times = []
  let bytes = 0
  let findings = 0
  for (const file of articles.filter((_, index) => index % 2 === 0)) {
    const text = fs.readFileSync(file, 'utf8')
    bytes += Buffer.byteLength(text)
    const start = now()
    findings += await lint(text, path.basename(file))
    times.push(now() - start)
  }
  const total = times.reduce((sum, value) => sum + value, 0)
  result = {findings, setupMs, medianMs: median(times), msPerKB: total / (bytes / 1024), files: times.length}
} else if (mode === 'corpus') {
  const text = fs.readFileSync(args[0], 'utf8')
  const sample = fs.readFileSync(args[1], 'utf8')
  await lint(sample, path.basename(args[1]))
  const inputMB = Buffer.byteLength(text) / 1024 / 1024
  const rssBeforeMB = process.memoryUsage().rss / 1024 / 1024
  const start = now()
  const findings = await lint(text, 'corpus.txt')
  const ms = now() - start
  const peak = peakMB()
  result = {findings, setupMs, ms, inputMB, rssBeforeMB, peakMB: peak, growthMBperMB: Math.max(0, peak - rssBeforeMB) / inputMB}
} else if (mode === 'files') {
  let findings = 0
  for (const file of args) findings += await lint(fs.readFileSync(file, 'utf8'), path.basename(file))
  result = {findings, files: args.length, setupMs, totalMs: now() - started}
} else {
  throw new Error(`unknown mode ${mode}`)
}

result.peakMB = result.peakMB ?? peakMB()
process.stdout.write(JSON.stringify(result) + '\n')
// Some peers keep handles open (workers, timers): the measurement is done.
process.exit(0)
