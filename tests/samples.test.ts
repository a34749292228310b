import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'
import {goldenLines} from './helpers/golden.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// Every finding on the sample article, pinned: review the diff of
// samples/isis-baghouz.expected.txt when a rule changes (`npx vitest -u` updates it).
it('lists exactly the findings on samples/isis-baghouz.txt', async function () {
  const lines = await goldenLines([path.join(root, 'samples/isis-baghouz.txt')], root)
  await expect(lines).toMatchFileSnapshot(path.join(root, 'samples/isis-baghouz.expected.txt'))
})

it('finds the mechanical errors the issues name on the sample', async function () {
  const lines = await goldenLines([path.join(root, 'samples/isis-baghouz.txt')], root)
  expect(lines).toMatch(/spelling "bren".*→ "been"/)
  expect(lines).toMatch(/spelling "ain"/)
  expect(lines).toMatch(/digit-letter "1oo".*→ "100"/)
  // No spelling finding on names, acronyms, British spellings or deliberate terms.
  const spelling = lines.split('\n').filter((line) => line.includes(' spelling '))
  expect(spelling).toHaveLength(2)
})
