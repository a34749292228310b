/**
 * Determinism: the same input gives byte-identical output run after run;
 * a file's findings do not depend on which other files are checked with it,
 * in what order, or on how many threads; folders and globs are walked in a
 * sorted order and files named one by one are reported in the order given.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, runCli} from '../helpers/cli.js'
import {shuffled} from '../helpers/shuffle.js'

const timeout = {timeout: 180_000}
let folder: string
let names: string[]

interface Reported {
  path: string
  messages: unknown[]
}

beforeAll(function () {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-determinism-'))
  const news = path.join(root, 'tests/corpus/news')
  const articles = fs.readdirSync(news).filter((name) => name.endsWith('.txt')).sort()
  // Real articles with typical slips added, so that every rule family has something to say.
  articles.forEach(function (name, index) {
    const text = fs.readFileSync(path.join(news, name), 'utf8')
    const slips = ['About 1oo people were evacuated.', 'The the council met , and said it was was late.', 'Officials said 12 people died; police later said 14 people died.', 'The colour of the the harbor.']
    fs.writeFileSync(path.join(folder, name), `${text.trimEnd()}\n${slips[index % slips.length]}\n`)
  })
  fs.writeFileSync(path.join(folder, 'notes.md'), '# Flood notes\n\nAbout 1oo homes were flooded, officials said .\n')
  names = fs.readdirSync(folder).sort()
})

afterAll(function () {
  fs.rmSync(folder, {recursive: true, force: true})
})

function byPath(stdout: string): Map<string, string> {
  return new Map((JSON.parse(stdout) as Reported[]).map((file) => [file.path, JSON.stringify(file)]))
}

describe('deterministic output', function () {
  it('is byte-identical run after run, in every format', timeout, async function () {
    for (const format of ['json', 'stylish', 'sarif', 'github']) {
      const first = await runCli(['--format', format, '.'], {cwd: folder})
      expect(first.code).toBe(1)
      for (let run = 0; run < 2; run++) expect(await runCli(['--format', format, '.'], {cwd: folder})).toEqual(first)
    }
  })

  it('reports each file the same whatever the order of the others, and in the order given', timeout, async function () {
    const reference = byPath((await runCli(['--format', 'json', ...names], {cwd: folder})).stdout)
    for (const seed of [7, 42, 2026]) {
      const order = shuffled(names, seed)
      const result = await runCli(['--format', 'json', ...order], {cwd: folder})
      const reported = JSON.parse(result.stdout) as Reported[]
      expect(reported.map((file) => file.path)).toEqual(order)
      expect(byPath(result.stdout)).toEqual(reference)
    }
  })

  it('reports a file alone as it does among many, on one thread or several', timeout, async function () {
    const all = byPath((await runCli(['--format', 'json', '--jobs', '1', '.'], {cwd: folder})).stdout)
    for (const jobs of ['2', '3']) expect(byPath((await runCli(['--format', 'json', '--jobs', jobs, '.'], {cwd: folder})).stdout)).toEqual(all)
    for (const name of shuffled(names, 5).slice(0, 4)) {
      const alone = byPath((await runCli(['--format', 'json', name], {cwd: folder})).stdout)
      expect(alone.get(name)).toBe(all.get(name))
    }
  })

  it('walks a folder and a glob in sorted order, whatever order the files were made in', timeout, async function () {
    const folderRun = JSON.parse((await runCli(['--format', 'json', '.'], {cwd: folder})).stdout) as Reported[]
    expect(folderRun.map((file) => file.path)).toEqual(names)
    const globRun = JSON.parse((await runCli(['--format', 'json', '*.txt'], {cwd: folder})).stdout) as Reported[]
    expect(globRun.map((file) => file.path)).toEqual(names.filter((name) => name.endsWith('.txt')))
  })

  it('gives the same fixes run after run and whatever the order of the files', timeout, async function () {
    const first = await runCli(['fix', ...names], {cwd: folder})
    expect(await runCli(['fix', ...names], {cwd: folder})).toEqual(first)
    // One patch per file, and the `# …` notes after them (in input order), as sets.
    const parts = (stdout: string) => ({
      patches: new Set(stdout.replace(/^# .*\n/gm, '').split(/(?=^diff --git )/m)),
      notes: new Set(stdout.match(/^# .*$/gm))
    })
    expect(parts((await runCli(['fix', ...shuffled(names, 3)], {cwd: folder})).stdout)).toEqual(parts(first.stdout))
  })
})
