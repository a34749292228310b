/**
 * The shipped bundle (dist/bundle, built by `npm run build` from tsc's output
 * with rolldown.config.js): the package's bin and main export point into it,
 * every CLI test runs it (tests/helpers/cli.ts), and its worker script sits
 * where the pool looks for it, so `--jobs` does not fall back to one thread.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {check} from '../src/index.js'
import {cli, root, runCli} from './helpers/cli.js'

const bundle = path.join(root, 'dist/bundle')
const sample = path.join(root, 'samples/isis-baghouz.txt')

describe('the bundle', function () {
  it('is what package.json ships as the bin and the main export', function () {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(path.join(root, manifest.bin.copydesk)).toBe(cli)
    expect(path.join(root, manifest.exports['.'].default)).toBe(path.join(bundle, 'index.js'))
    expect(fs.readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('has the worker script beside every module that starts workers', function () {
    const starters = fs.readdirSync(bundle).filter((name) => name.endsWith('.js') && fs.readFileSync(path.join(bundle, name), 'utf8').includes('"./lint-worker.js"'))
    expect(starters.length).toBe(1)
    expect(fs.existsSync(path.join(bundle, 'lint-worker.js'))).toBe(true)
  })

  it('gives the API the same findings as the sources', async function () {
    const text = fs.readFileSync(sample, 'utf8')
    const bundled = (await import(pathToFileURL(path.join(bundle, 'index.js')).href)) as typeof import('../src/index.js')
    const fromBundle = await bundled.check(text, {path: 'sample.txt'})
    const fromSources = await check(text, {path: 'sample.txt'})
    expect(fromBundle.messages.map(String)).toEqual(fromSources.messages.map(String))
    expect(fromBundle.messages.length).toBeGreaterThan(20)
  })

  it('runs as the CLI', async function () {
    const run = await runCli(['--format', 'json', sample])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)[0].messages.length).toBeGreaterThan(20)
  })
})
