/**
 * `npm run bench`: copydesk against its peers, in the same run, on
 *   (a) the sample article, cold: a whole process per run (median of --runs);
 *   (b) the sample, warm: the API (and copydesk's language server), --reps runs;
 *   (b') warm (on the sample and half the corpus articles), then each other article
 *        once: texts the process has not seen, where no cache helps;
 *   (c) a ~1 MB corpus of varied articles, warm, in one process: time and
 *       memory growth (MB of peak RSS per MB of input); copydesk also on ~2 MB,
 *       for the memory each further MB adds;
 *   (d) 200 files of ~5 KB as one call (the CLI where a tool has one).
 * Prints a table of medians, ratios of copydesk to harper.js and cspell, and
 * peak memory, and writes bench/results.json (or --out FILE).
 *
 *   node bench/run.js [--runs 10] [--reps 50] [--tools copydesk,cspell] [--quick] [--out FILE] [--baseline DIR]
 *
 * --baseline DIR adds another built checkout of copydesk (e.g. an older
 * commit: git worktree add /tmp/old <commit> && cd /tmp/old && npm ci && npm run build).
 *
 * Build first (`npm run build`): copydesk runs from dist/.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {articleFiles, buildCorpus, root, samplePath, writeFiles} from './corpus.js'
import {lspLatency} from './lsp.js'

const {values: flags} = parseArgs({
  options: {
    runs: {type: 'string'},
    reps: {type: 'string'},
    tools: {type: 'string'},
    quick: {type: 'boolean'},
    out: {type: 'string'},
    baseline: {type: 'string'}
  }
})
// The baseline checkout reaches bench/tools.js (here and in each child process) through the environment.
if (flags.baseline) process.env.COPYDESK_BASELINE = path.resolve(flags.baseline)
const {copydeskCli, tools} = await import('./tools.js')
const quick = Boolean(flags.quick)
const runs = Number(flags.runs ?? (quick ? 3 : 10))
const reps = Number(flags.reps ?? (quick ? 10 : 50))
/** Whole-process runs for the corpus and the 200 files (slow peers take tens of seconds a run). */
const longRuns = quick ? 1 : 3
const names = flags.tools ? flags.tools.split(',') : Object.keys(tools)
if (flags.tools && flags.baseline && !names.includes('copydesk (baseline)')) names.push('copydesk (baseline)')
for (const name of names) if (!tools[name]) throw new Error(`unknown tool ${name}; one of ${Object.keys(tools).join(', ')}`)
const out = flags.out ?? path.join(root, 'bench/results.json')

if (!fs.existsSync(copydeskCli)) {
  console.error('bench: build copydesk first (npm run build)')
  process.exit(2)
}

const child = path.join(root, 'bench/child.js')
const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'))
const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b)
  if (sorted.length === 0) return undefined
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const log = (line) => process.stderr.write(line + '\n')

/** Run `node ...argv` as a whole process: wall seconds, CPU seconds, peak RSS (MB), stdout. */
function measure(argv, exitOk = (status) => status === 0 || status === 1) {
  const timing = path.join(scratch, 'time.txt')
  const command = timeBin ? timeBin : process.execPath
  const args = timeBin ? ['-f', '%e %U %S %M', '-o', timing, process.execPath, ...argv] : argv
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, {cwd: scratch, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (!exitOk(result.status)) {
    throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`)
  }
  let cpu
  let peak
  if (timeBin) {
    const fields = fs.readFileSync(timing, 'utf8').trim().split('\n').pop().split(' ').map(Number)
    cpu = fields[1] + fields[2]
    peak = fields[3] / 1024
  }
  return {seconds, cpu, peakMB: peak, stdout: result.stdout}
}

/** `node bench/child.js …` as a whole process; its JSON line merged with the outside measurement. */
function measureChild(args) {
  const run = measure([child, ...args])
  const inside = JSON.parse(run.stdout.trim().split('\n').pop())
  return {...inside, seconds: run.seconds, cpu: run.cpu, peakMB: run.peakMB ?? inside.peakMB}
}

function summarise(list) {
  return {
    seconds: median(list.map((run) => run.seconds)),
    peakMB: median(list.map((run) => run.peakMB)),
    cpu: median(list.map((run) => run.cpu)),
    runs: list.length
  }
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  loadBefore: os.loadavg().map((value) => Number(value.toFixed(2))),
  settings: {runs, reps, longRuns, baseline: flags.baseline},
  baseline: {},
  tools: Object.fromEntries(names.map((name) => [name, {note: tools[name].note}]))
}

// Inputs.
const corpusPath = path.join(scratch, 'corpus.txt')
fs.writeFileSync(corpusPath, buildCorpus())
const files = writeFiles(path.join(scratch, 'files'))
const filesFolder = path.join(scratch, 'files')
results.inputs = {
  sample: {path: path.relative(root, samplePath), bytes: fs.statSync(samplePath).size},
  corpus: {bytes: fs.statSync(corpusPath).size},
  files: {count: files.length, bytes: files.reduce((sum, file) => sum + fs.statSync(file).size, 0)}
}
log(`bench: node ${process.version}, ${results.cpus} cores, load ${results.loadBefore.join(' ')}; scratch ${scratch}`)

// Node's own start-up, for scale.
results.baseline.nodeStart = summarise(Array.from({length: runs}, () => measure(['-e', '0'])))

// (a) Cold: whole process on the sample, runs interleaved across tools so load spikes hit all alike.
log(`(a) cold, ${runs} runs each`)
const cold = Object.fromEntries(names.map((name) => [name, []]))
for (let run = 0; run < runs; run++) {
  for (const name of names) {
    const tool = tools[name]
    cold[name].push(tool.cli ? measure(tool.coldCli ? tool.coldCli(samplePath) : tool.cli([samplePath]), tool.exitOk) : measureChild(['cold', name, samplePath]))
  }
}
for (const name of names) {
  results.tools[name].cold = {...summarise(cold[name]), how: tools[name].cli ? 'CLI' : 'script (import, set up, lint once)'}
}

// (b) Warm: the API in one process.
log(`(b) warm, ${reps} repetitions`)
for (const name of names) {
  const run = measureChild(['warm', name, samplePath, String(reps)])
  results.tools[name].warm = {ms: run.medianMs, minMs: run.minMs, maxMs: run.maxMs, setupMs: run.setupMs, findings: run.findings}
}
// (b') Warm, on texts the process has not seen: half the corpus articles, each once, after a
// warm-up on the other half. A re-check of the same text (b) is helped by per-word and
// per-sentence caches, as an editor's re-lint after a keystroke is; this is not.
const articlePaths = articleFiles()
for (const name of names) {
  const run = measureChild(['fresh', name, samplePath, ...articlePaths])
  results.tools[name].fresh = {ms: run.medianMs, msPerKB: run.msPerKB, files: run.files, findings: run.findings}
}
if (names.includes('copydesk')) {
  const lsp = await lspLatency(samplePath, reps)
  results.tools.copydesk.lsp = {openMs: median(lsp.open), changeMs: median(lsp.change), debounceMs: 150, findings: lsp.findings}
}

// (c) ~1 MB corpus in one warm process.
log(`(c) 1 MB corpus, ${longRuns} run(s) each`)
for (const name of names) {
  const list = []
  for (let run = 0; run < longRuns; run++) list.push(measureChild(['corpus', name, corpusPath, samplePath]))
  results.tools[name].corpus = {
    seconds: median(list.map((run) => run.ms / 1000)),
    growthMBperMB: median(list.map((run) => run.growthMBperMB)),
    peakMB: median(list.map((run) => run.peakMB)),
    inputMB: list[0].inputMB,
    findings: list[0].findings
  }
}

// (c') copydesk on twice the corpus: how memory grows past the first MB (long texts are linted in
// sections, src/sections.ts, so the peak should level off rather than double).
if (names.includes('copydesk')) {
  const doublePath = path.join(scratch, 'corpus-2mb.txt')
  fs.writeFileSync(doublePath, buildCorpus(2 * 1024 * 1024))
  const run = measureChild(['corpus', 'copydesk', doublePath, samplePath])
  const one = results.tools.copydesk.corpus
  results.tools.copydesk.corpus2 = {
    seconds: run.ms / 1000,
    peakMB: run.peakMB,
    inputMB: run.inputMB,
    findings: run.findings,
    marginalMBperMB: (run.peakMB - one.peakMB) / (run.inputMB - one.inputMB)
  }
}

// (d) 200 files as one call. copydesk's variants (the default pool, --jobs 1, the API file by
// file in one process) run back to back in each round, so the same load falls on all three.
log(`(d) ${files.length} files, ${longRuns} run(s) each`)
const hasJobs = names.includes('copydesk') && spawnSync(process.execPath, [copydeskCli, '--help'], {encoding: 'utf8'}).stdout.includes('--jobs')
for (const name of names) {
  const tool = tools[name]
  const list = []
  const oneThread = []
  const twoThreads = []
  const oneByOne = []
  for (let run = 0; run < longRuns; run++) {
    list.push(tool.cli ? measure(tool.coldCli ? tool.cli([filesFolder]) : tool.cli(files), tool.exitOk) : measureChild(['files', name, ...files]))
    if (name !== 'copydesk') continue
    if (hasJobs) oneThread.push(measure([copydeskCli, '--format', 'json', '--jobs', '1', filesFolder]))
    if (hasJobs) twoThreads.push(measure([copydeskCli, '--format', 'json', '--jobs', '2', filesFolder]))
    oneByOne.push(measureChild(['files', 'copydesk', ...files]))
  }
  results.tools[name].files = {...summarise(list), how: tool.cli ? 'CLI' : 'script (one process, file by file)'}
  if (name !== 'copydesk') continue
  results.tools.copydesk.filesOneByOne = {...summarise(oneByOne), how: 'API, one process, file by file'}
  if (hasJobs) results.tools.copydesk.filesOneThread = {...summarise(oneThread), how: 'CLI --jobs 1'}
  if (hasJobs) results.tools.copydesk.filesTwoThreads = {...summarise(twoThreads), how: 'CLI --jobs 2'}
}

results.loadAfter = os.loadavg().map((value) => Number(value.toFixed(2)))
fs.mkdirSync(path.dirname(out), {recursive: true})
fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n')
fs.rmSync(scratch, {recursive: true, force: true})

process.stdout.write(table(results) + '\n')
log(`bench: wrote ${path.relative(process.cwd(), out)}; load ${results.loadAfter.join(' ')}`)

/** The results as a markdown table: a row per measurement, a column per tool, then copydesk's ratios. */
function table(results) {
  const names = Object.keys(results.tools)
  const s = (value) => (value === undefined ? '–' : value < 10 ? `${value.toFixed(2)} s` : `${value.toFixed(1)} s`)
  const ms = (value) => (value === undefined ? '–' : value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`)
  const mb = (value) => (value === undefined ? '–' : `${Math.round(value)} MB`)
  const ratio = (a, b) => (a === undefined || b === undefined || !b ? '–' : `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}×`)
  const rows = [
    ['(a) sample, cold, whole process', (tool) => tool.cold?.seconds, s],
    ['(a) peak memory', (tool) => tool.cold?.peakMB, mb],
    ['(b) sample, warm, per run', (tool) => tool.warm?.ms, ms],
    ["(b') 18 articles not seen before, warm, per article", (tool) => tool.fresh?.ms, ms],
    ["(b') the same, per KB", (tool) => tool.fresh?.msPerKB, ms],
    ['(c) 1 MB corpus, warm', (tool) => tool.corpus?.seconds, s],
    ['(c) memory growth, MB per MB of input', (tool) => tool.corpus?.growthMBperMB, (value) => (value === undefined ? '–' : value.toFixed(1))],
    ['(c) peak memory', (tool) => tool.corpus?.peakMB, mb],
    [`(d) ${results.inputs.files.count} files × ~5 KB, one call`, (tool) => tool.files?.seconds, s],
    ['(d) peak memory', (tool) => tool.files?.peakMB, mb],
    ['(d) CPU time', (tool) => tool.files?.cpu, s]
  ]
  const baseline = results.tools['copydesk (baseline)']
  const header = ['', ...names, 'copydesk ÷ harper.js', 'copydesk ÷ cspell', ...(baseline ? ['copydesk ÷ baseline'] : [])]
  const lines = [header, header.map((cell, index) => (index === 0 ? '---' : '---:'))]
  for (const [label, get, format] of rows) {
    const copydesk = results.tools.copydesk ? get(results.tools.copydesk) : undefined
    const cells = names.map((name) => format(get(results.tools[name])))
    const harper = results.tools['harper.js'] ? get(results.tools['harper.js']) : undefined
    const cspell = results.tools.cspell ? get(results.tools.cspell) : undefined
    const before = baseline ? [ratio(copydesk, get(baseline))] : []
    lines.push([label, ...cells, ratio(copydesk, harper), ratio(copydesk, cspell), ...before])
  }
  const text = lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n')
  const extra = []
  const copydesk = results.tools.copydesk
  if (copydesk?.lsp) extra.push(`copydesk language server, sample: didOpen → diagnostics ${ms(copydesk.lsp.openMs)}; didChange → diagnostics ${ms(copydesk.lsp.changeMs)} (includes the ${copydesk.lsp.debounceMs} ms keystroke debounce)`)
  if (copydesk?.corpus2) {
    const double = copydesk.corpus2
    extra.push(`copydesk, ${double.inputMB.toFixed(1)} MB corpus: ${s(double.seconds)}, peak ${mb(double.peakMB)}; each MB past the first adds ${mb(double.marginalMBperMB)} of peak memory`)
  }
  if (copydesk?.filesOneByOne) {
    extra.push(`copydesk, ${results.inputs.files.count} files: one CLI call ${s(copydesk.files.seconds)} (CPU ${s(copydesk.files.cpu)}); ${copydesk.filesOneThread ? `CLI --jobs 1 ${s(copydesk.filesOneThread.seconds)}; ` : ''}${copydesk.filesTwoThreads ? `CLI --jobs 2 ${s(copydesk.filesTwoThreads.seconds)} (CPU ${s(copydesk.filesTwoThreads.cpu)}); ` : ''}API file by file in one process ${s(copydesk.filesOneByOne.seconds)}`)
  }
  extra.push(`node -e 0: ${s(results.baseline.nodeStart.seconds)}, ${mb(results.baseline.nodeStart.peakMB)}; ${results.cpus} cores, node ${results.node}; load average ${results.loadBefore[0]} before, ${results.loadAfter[0]} after`)
  return text + '\n\n' + extra.map((line) => `- ${line}`).join('\n')
}
