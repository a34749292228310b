/**
 * Stress measurements for docs/errors.md: time and peak memory of the CLI
 * against input size (plain text up to 20 MB, a 1 MB line), against the
 * number of files (up to 10,000), and on hostile text. Numbers, not
 * assertions: the tests (tests/reliability/) check behaviour at modest
 * sizes; this shows how time and memory grow. Each measurement runs in its
 * own process (peak RSS is the process's own, worker threads included).
 *
 *   npm run stress                       everything (a few minutes)
 *   node bench/stress.js --quick         sizes up to 4 MB and 2,000 files
 *
 * Build first (npm run build): it runs dist/src/cli.js.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {buildCorpus, root, writeFiles} from './corpus.js'

const self = fileURLToPath(import.meta.url)

if (process.argv[2] === '--one') {
  // One measurement: run the CLI in this process on the given arguments, report time, peak memory and output size.
  const {main} = await import(path.join(root, 'dist/src/cli.js'))
  let bytes = 0
  const sink = new Writable({write(chunk, _encoding, done) {
    bytes += chunk.length
    done()
  }})
  const started = performance.now()
  const code = await main(process.argv.slice(3), {stdout: sink, stderr: sink, stdin: process.stdin, env: {NO_COLOR: '1'}, cwd: process.cwd()})
  const ms = performance.now() - started
  process.stdout.write(JSON.stringify({ms, peakMB: process.resourceUsage().maxRSS / 1024, outputMB: bytes / 1e6, code}) + '\n')
  process.exit(0)
}

const quick = process.argv.includes('--quick')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-stress-'))
process.on('exit', () => fs.rmSync(work, {recursive: true, force: true}))

function measure(args, {node = [], cwd = work} = {}) {
  try {
    const output = execFileSync(process.execPath, [...node, self, '--one', ...args], {cwd, encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'pipe']})
    return JSON.parse(output.trim().split('\n').pop())
  } catch (error) {
    return {failed: /heap out of memory/.test(String(error.stderr)) ? 'out of memory' : String(error.stderr).split('\n')[0]}
  }
}

const row = (cells, widths) => cells.map((cell, index) => String(cell).padStart(widths[index])).join('  ')
const seconds = (ms) => (ms / 1000).toFixed(1) + ' s'
const megabytes = (mb) => Math.round(mb) + ' MB'

console.log(`copydesk stress, ${os.cpus().length} cores, node ${process.version}\n`)

// Time and memory against size: one plain-text file of real articles.
console.log('One plain-text file (real articles, repeated in shuffled rounds), --format json:')
const widths = [8, 9, 12, 10, 12]
console.log(row(['size', 'time', 'time per MB', 'peak RSS', 'report'], widths))
for (const size of quick ? [0.25, 0.5, 1, 2, 4] : [0.25, 0.5, 1, 2, 4, 8, 20]) {
  const file = path.join(work, `corpus-${size}.txt`)
  fs.writeFileSync(file, buildCorpus(size * 1024 * 1024))
  const result = measure(['--format', 'json', file])
  if (result.failed) console.log(row([`${size} MB`, result.failed, '', '', ''], widths))
  else console.log(row([`${size} MB`, seconds(result.ms), seconds(result.ms / size), megabytes(result.peakMB), `${result.outputMB.toFixed(1)} MB`], widths))
  fs.rmSync(file)
}

// The bound: a 20 MB file linted under a fixed 256 MB heap. The repeated corpus gives every
// section duplicate sentences (some 100,000 findings with half a million related places), so
// duplicate-sentence is off here: what is measured is the lint, not the size of its report.
if (!quick) {
  const folder = path.join(work, 'bounded')
  fs.mkdirSync(folder)
  fs.writeFileSync(path.join(folder, '.copydeskrc.json'), '{"rules": {"duplicate-sentence": "off"}}\n')
  fs.writeFileSync(path.join(folder, 'big.txt'), buildCorpus(20 * 1024 * 1024))
  const result = measure(['--format', 'json', 'big.txt'], {node: ['--max-old-space-size=256'], cwd: folder})
  console.log(
    result.failed
      ? `\n20 MB under a 256 MB heap (duplicate-sentence off): ${result.failed}`
      : `\n20 MB under a 256 MB heap (duplicate-sentence off): ${seconds(result.ms)}, peak RSS ${megabytes(result.peakMB)}, report ${result.outputMB.toFixed(1)} MB`
  )
  fs.rmSync(folder, {recursive: true, force: true})
}

// One very long line.
{
  const file = path.join(work, 'line.txt')
  const text = buildCorpus(1024 * 1024).replace(/\n+/g, ' ')
  fs.writeFileSync(file, text)
  const result = measure(['--format', 'json', file])
  console.log(`\nA single 1 MB line: ${seconds(result.ms)}, peak RSS ${megabytes(result.peakMB)}`)
}

// Time and memory against the number of files (about 2 KB each), every core.
console.log('\nMany files of about 2 KB (a folder), --format json, one thread per core:')
const fileWidths = [8, 9, 14, 10]
console.log(row(['files', 'time', 'per 1,000', 'peak RSS'], fileWidths))
for (const count of quick ? [500, 1000, 2000] : [1000, 2500, 5000, 10000]) {
  const folder = path.join(work, `files-${count}`)
  writeFiles(folder, count, 2 * 1024)
  const result = measure(['--format', 'json', folder])
  console.log(row([count, seconds(result.ms), seconds((result.ms / count) * 1000), megabytes(result.peakMB)], fileWidths))
  if (count === 10000) {
    // The peak above is V8 collecting lazily on a machine with memory to spare; under a fixed heap the same run fits.
    const bounded = measure(['--format', 'json', folder], {node: ['--max-old-space-size=200']})
    console.log(bounded.failed ? `10,000 files under a 200 MB heap: ${bounded.failed}` : `10,000 files under a 200 MB heap: ${seconds(bounded.ms)}, peak RSS ${megabytes(bounded.peakMB)}`)
  }
  fs.rmSync(folder, {recursive: true, force: true})
}

// Hostile text: each alone in a file, then the same twice as long (time should double, not quadruple).
console.log('\nHostile text (time at n and at 2n):')
const hostile = [
  ['commas', (n) => ','.repeat(n)],
  ['straight quotes', (n) => '"'.repeat(n)],
  ['one long word', (n) => 'a'.repeat(n)],
  ['a-a-a… (one word)', (n) => 'a-'.repeat(n / 2)],
  ['nested quotes', (n) => '“‘'.repeat(n / 4) + 'x' + '’”'.repeat(n / 4)],
  ['emoji with joiners', (n) => '👩‍👩‍👧‍👦 '.repeat(n / 12)],
  ['combining marks', (n) => 'e\u0301\u0327 '.repeat(n / 4)],
  ['right-to-left', (n) => 'قال المتحدث إن المدينة. '.repeat(n / 24)],
  ['figures on one line', (n) => '10 people died in the flood. '.repeat(n / 29)],
  ['compounds both ways', (n) => 'five-year five year '.repeat(n / 20)]
]
const hostileWidths = [20, 10, 10]
console.log(row(['input', '100,000', '200,000'], hostileWidths))
for (const [name, make] of hostile) {
  const times = [100_000, 200_000].map(function (n) {
    const file = path.join(work, 'hostile.txt')
    fs.writeFileSync(file, make(n) + '\nAbout 1oo people.\n')
    return seconds(measure(['--format', 'json', file]).ms)
  })
  console.log(row([name, ...times], hostileWidths))
}
