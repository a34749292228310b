/**
 * Bench inputs, built from the repository's real articles (the 36 Wikinews
 * articles in tests/corpus/news and the sample), the same on every run (a
 * seeded shuffle):
 * - a ~1 MB corpus: every article once, then rounds of the articles in a
 *   shuffled order, each with its body paragraphs shuffled (headline first);
 * - 200 files of ~5 KB: a headline and paragraphs drawn from different
 *   articles.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const samplePath = path.join(root, 'samples/isis-baghouz.txt')

/** A small deterministic PRNG (mulberry32). */
export function random(seed) {
  let state = seed >>> 0
  return function () {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle(items, next) {
  const result = [...items]
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[result[index], result[other]] = [result[other], result[index]]
  }
  return result
}

/** The corpus articles' paths (tests/corpus/news/*.txt), sorted. */
export function articleFiles() {
  const folder = path.join(root, 'tests/corpus/news')
  return fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(folder, name))
}

/** Each article as {headline, paragraphs} (one paragraph a line, blank lines dropped). */
export function articles() {
  return [...articleFiles(), samplePath].map(function (file) {
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '')
    return {name: path.basename(file, '.txt'), headline: lines[0], paragraphs: lines.slice(1)}
  })
}

const articleText = (headline, paragraphs) => [headline, ...paragraphs].join('\n') + '\n'

/** About `bytes` of varied prose (UTF-8 bytes), whole articles separated by a blank line. */
export function buildCorpus(bytes = 1024 * 1024, seed = 7) {
  const next = random(seed)
  const all = articles()
  const parts = []
  let size = 0
  for (let round = 0; size < bytes; round++) {
    const order = round === 0 ? all : shuffle(all, next)
    for (const article of order) {
      if (size >= bytes) break
      const paragraphs = round === 0 ? article.paragraphs : shuffle(article.paragraphs, next)
      const text = articleText(article.headline, paragraphs)
      parts.push(text)
      size += Buffer.byteLength(text) + 1
    }
  }
  return parts.join('\n')
}

/** Write `count` files of about `bytes` each into `folder`; returns their paths (sorted). */
export function writeFiles(folder, count = 200, bytes = 5 * 1024, seed = 11) {
  const next = random(seed)
  const all = articles()
  fs.mkdirSync(folder, {recursive: true})
  const paths = []
  for (let index = 0; index < count; index++) {
    const headline = all[Math.floor(next() * all.length)].headline
    const paragraphs = []
    let size = Buffer.byteLength(headline) + 1
    while (size < bytes) {
      const article = all[Math.floor(next() * all.length)]
      const paragraph = article.paragraphs[Math.floor(next() * article.paragraphs.length)]
      paragraphs.push(paragraph)
      size += Buffer.byteLength(paragraph) + 1
    }
    const file = path.join(folder, `article-${String(index + 1).padStart(3, '0')}.txt`)
    fs.writeFileSync(file, articleText(headline, paragraphs))
    paths.push(file)
  }
  return paths
}
