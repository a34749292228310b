/**
 * Many files on worker threads (src/pool.ts): the report is byte-identical to
 * a run on one thread, in any input order; failures surface as they would on
 * one thread. Drives the built CLI and the built pool (workers run dist/).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {check, type CheckOptions} from '../src/index.js'
import {root, runCli} from './helpers/cli.js'
import {shuffled} from './helpers/shuffle.js'

const timeout = {timeout: 120_000}
let folder: string
let files: string[]

beforeAll(function () {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-pool-'))
  const news = path.join(root, 'tests/corpus/news')
  const names = fs.readdirSync(news).filter((name) => name.endsWith('.txt')).sort().slice(0, 24)
  for (const name of names) fs.copyFileSync(path.join(news, name), path.join(folder, name))
  fs.writeFileSync(path.join(folder, 'notes.md'), '# Flood notes\n\nAbout 1oo homes were flooded, officials said .\n')
  fs.writeFileSync(path.join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))
  files = fs.readdirSync(folder).map((name) => path.join(folder, name))
})

afterAll(function () {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('linting many files on worker threads', function () {
  it('prints the same JSON and stylish reports, warnings and exit code on one thread and on several', timeout, async function () {
    for (const format of ['json', 'stylish']) {
      const one = await runCli(['--format', format, '--jobs', '1', folder])
      expect(one.code).toBe(1)
      expect(one.stderr).toContain('image.txt: binary file')
      for (const jobs of format === 'json' ? [['--jobs', '2'], ['--jobs', '3'], []] : [['--jobs', '2']]) {
        const many = await runCli(['--format', format, ...jobs, folder])
        expect(many).toEqual(one)
      }
    }
  })

  it('keeps the input order, whatever it is', timeout, async function () {
    for (const seed of [1, 2]) {
      const order = shuffled(files, seed)
      const one = await runCli(['--format', 'json', '--jobs', '1', ...order])
      const many = await runCli(['--format', 'json', '--jobs', '2', ...order])
      expect(many).toEqual(one)
      const paths = (JSON.parse(one.stdout) as Array<{path: string}>).map((file) => file.path)
      expect(paths).toEqual(order.filter((file) => !file.endsWith('image.txt')))
    }
  })

  it('rejects a --jobs that is not a whole number of threads', async function () {
    for (const value of ['0', 'two', '1.5']) {
      const run = await runCli(['--jobs', value, files[0]])
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('--jobs must be a whole number of threads')
    }
  })

  it('uses one thread per 1.5 cores by default, never more threads than 8 files each, and --jobs as given', async function () {
    const {threadsFor} = (await import(pathToFileURL(path.join(root, 'dist/src/pool.js')).href)) as typeof import('../src/pool.js')
    expect([2, 3, 4, 8, 16].map((cores) => threadsFor(200, undefined, cores))).toEqual([1, 2, 2, 5, 10])
    expect(threadsFor(200, 2, 2)).toBe(2)
    expect(threadsFor(20, 4, 8)).toBe(2)
    expect(threadsFor(15, 4, 8)).toBe(1)
  })

  it('keeps the workers busy while this thread lints files that settle without a macrotask', timeout, async function () {
    const {lintInWorkers} = (await import(pathToFileURL(path.join(root, 'dist/src/pool.js')).href)) as typeof import('../src/pool.js')
    const jobs = Array.from({length: 100}, (_, index) => ({file: new VFile({path: `note-${index}.txt`, value: `Note ${index} has 1oo words.`}), options: {}}))
    let here = 0
    // Busy for 20 ms, then settled in a microtask: what a synchronous lint looks like to the event loop.
    const busy = async function () {
      here++
      const until = performance.now() + 20
      while (performance.now() < until);
    }
    await lintInWorkers(jobs, 2, busy)
    // The worker (a real check: it finds `1oo`) is handed two files up front; it got more only if
    // its replies were read between this thread's files.
    const byWorker = jobs.filter(({file}) => file.messages.length > 0).length
    expect(byWorker).toBe(jobs.length - here)
    expect(byWorker).toBeGreaterThan(2)
  })

  it('gives the messages, and the first failure in input order, that one thread gives', timeout, async function () {
    const {lintInWorkers} = (await import(pathToFileURL(path.join(root, 'dist/src/pool.js')).href)) as typeof import('../src/pool.js')
    const texts = files.filter((file) => file.endsWith('.txt') && !file.endsWith('image.txt')).map((file) => fs.readFileSync(file, 'utf8'))
    const jobs = texts.map((value, index) => ({file: new VFile({path: `article-${index}.txt`, value}), options: {}}))
    const here = ({file, options}: {file: VFile; options: CheckOptions}) => check(file, options)
    await lintInWorkers(jobs, 3, here)
    for (const [index, job] of jobs.entries()) {
      const alone = await check(new VFile({path: job.file.path, value: texts[index]}))
      expect(JSON.stringify(job.file.messages)).toBe(JSON.stringify(alone.messages))
      expect(job.file.messages.map((message) => [message.fatal, message.data, message.place, message.expected])).toEqual(
        alone.messages.map((message) => [message.fatal, message.data, message.place, message.expected])
      )
    }
    const broken = texts.slice(0, 10).map((value, index) => ({
      file: new VFile({path: `article-${index}.txt`, value}),
      options: index === 3 ? {styles: path.join(folder, 'no-such-styles')} : index === 6 ? {rules: {'no-such-rule': true}} : {}
    }))
    const error = await lintInWorkers(broken, 3, here).catch((failure: Error) => failure)
    const expected = await check('x', {styles: path.join(folder, 'no-such-styles')}).catch((failure: Error) => failure)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toBe((expected as Error).message)
    expect((error as Error).name).toBe((expected as Error).name)
  })
})
