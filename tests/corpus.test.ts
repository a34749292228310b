import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'
import {goldenLines, textFiles} from './helpers/golden.js'
import fs from 'node:fs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const folder = path.join(root, 'tests/corpus/news')

// 36 real Wikinews articles (CC BY 2.5, see tests/corpus/news/SOURCES.md).
// Every finding is pinned: each one is a real slip of the writer, or a bug.
it('pins every finding on the news corpus', {timeout: 120_000}, async function () {
  const lines = await goldenLines(textFiles(folder), folder)
  await expect(lines).toMatchFileSnapshot(path.join(root, 'tests/corpus/news.expected.txt'))
})

it('keeps spelling findings at or under 2 per 1,000 words on the corpus', {timeout: 120_000}, async function () {
  const files = textFiles(folder)
  const words = files.reduce((sum, file) => sum + fs.readFileSync(file, 'utf8').split(/\s+/).filter(Boolean).length, 0)
  const lines = await goldenLines(files, folder)
  const spelling = lines.split('\n').filter((line) => line.includes(' spelling ')).length
  expect(words).toBeGreaterThan(15_000)
  expect((spelling * 1000) / words).toBeLessThanOrEqual(2)
})
