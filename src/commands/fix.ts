import {VFile} from 'vfile'
import {useColor} from '../color.js'
import {patchPath, unifiedDiff} from '../diff.js'
import {expandInputs} from '../files.js'
import {ambiguousOf, blockerOf, fixUntilSettled, type FixedFile} from '../fix.js'
import {UsageError} from '../flags.js'
import {check, type CheckOptions} from '../index.js'
import {lintFlags, optionsResolver, reportProblems, uncheckable} from '../lint-inputs.js'
import {decode, describeIoError, encode, LoadError, readStdin} from '../load.js'
import {fixesJson} from '../reporters/fixes-json.js'
import {rdjsonFixes} from '../reporters/rdjson.js'
import {renderWordDiff, wordHunks} from '../word-diff.js'
import {readSnapshot, writeIfUnchanged, WriteError, type Snapshot} from '../write-file.js'
import {exitCodeFor, type Command, type Io} from './types.js'

interface Result {
  fixed: FixedFile
  loaded: Loaded
  /** `--write` replaced the file. */
  written?: boolean
}

interface Loaded {
  file: VFile
  /** What was read from disk (not for stdin): `--write` checks it before replacing the file. */
  snapshot?: Snapshot
}

async function load(input: string, stdinName: string | undefined, io: Io): Promise<Loaded> {
  if (input === '-') return {file: await readStdin(stdinName ?? '<stdin>', io.stdin)}
  let snapshot: Snapshot
  try {
    snapshot = await readSnapshot(input)
  } catch (error) {
    throw new LoadError(input, describeIoError(error))
  }
  return {file: decode(snapshot.bytes, input), snapshot}
}

async function fixFile(file: VFile, options: CheckOptions, cwd: string): Promise<FixedFile> {
  const linted = await check(file, options)
  const text = String(linted.value)
  const fixes = await fixUntilSettled(text, linted.messages, async function (changed) {
    return (await check(new VFile({path: file.path, value: changed}), options)).messages
  })
  return {path: patchPath(file.path, cwd), text, fixes, ambiguous: ambiguousOf(linted.messages)}
}

function where(message: {line?: number | null; column?: number | null}): string {
  return `${message.line ?? 1}:${message.column ?? 1}`
}

/** `# path:line:col rule-id: …` lines for what was not applied. */
export function fixNotes(file: FixedFile): string[] {
  const lines: string[] = []
  for (const message of file.ambiguous) lines.push(`# ${file.path}:${where(message)} ${message.ruleId}: ${message.reason}`)
  for (const fix of file.fixes.first.skipped) {
    const blocker = blockerOf(fix, file.fixes.first.applied)
    const other = blocker ? ` the ${blocker.ruleId} fix at ${where(blocker.message)}` : ' another fix'
    lines.push(`# ${file.path}:${where(fix.message)} ${fix.ruleId}: overlaps${other}; dropped: ${fix.message.reason}`)
  }
  if (file.fixes.later > 0) {
    lines.push(`# ${file.path}: ${file.fixes.later} more ${file.fixes.later === 1 ? 'fix' : 'fixes'} found after re-checking the fixed text (included above)`)
  }
  if (!file.fixes.settled) lines.push(`# ${file.path}: fixes were still changing the text after ${file.fixes.passes} passes; run fix again`)
  return lines
}

function count(file: FixedFile): number {
  return file.fixes.first.applied.length + file.fixes.later
}

export const fixCommand: Command = {
  name: 'fix',
  summary: 'Print the safe fixes as a unified diff (git apply accepts it), or apply them with --write',
  usage: 'copydesk fix [options] <path|glob|->...',
  flags: [
    {name: 'write', short: 'w', type: 'boolean', description: 'Apply the fixes in place (atomic; refused if the file changed meanwhile)'},
    {name: 'format', short: 'f', type: 'string', choices: ['diff', 'json', 'rdjson'], default: 'diff', description: 'Output: a unified diff, the fixes as JSON, or reviewdog rdjson with suggestions'},
    {name: 'word-diff', type: 'boolean', description: 'Show the fixes inline, [-1oo-]{+100+}, paragraph by paragraph'},
    {name: 'exit-code', type: 'boolean', description: 'Exit 1 when there is something to fix (like git diff --exit-code)'},
    ...lintFlags
  ],
  examples: [
    ['copydesk fix article.txt > fix.patch && git apply fix.patch', 'review the safe fixes as a patch, then apply it'],
    ['copydesk fix --write drafts/', 'apply the safe fixes in place'],
    ['copydesk fix --word-diff article.txt', 'show each fix inside its paragraph'],
    ['copydesk fix --format rdjson article.txt | reviewdog -f=rdjson -reporter=github-pr-review', 'post each fix as a suggestion']
  ],
  async run(values, positionals, io) {
    if (positionals.length === 0) throw new UsageError('no input: give a file, folder, glob or `-` for stdin (see --help)')
    const write = Boolean(values.write)
    const format = values.format as string
    const optionsFor = await optionsResolver(values, io)
    const inputs = await expandInputs(positionals)
    if (write && inputs.includes('-')) throw new UsageError('--write cannot write back to stdin; drop --write to get a patch')
    const results: Result[] = []
    const problems: LoadError[] = []
    for (const input of inputs) {
      const options = await optionsFor(input)
      // A file the config ignores is left alone.
      if (!options) continue
      let loaded: Loaded
      try {
        loaded = await load(input, values['stdin-filename'] as string | undefined, io)
      } catch (error) {
        // One unreadable or binary file does not stop the others from being fixed.
        if (error instanceof LoadError) {
          problems.push(error)
          continue
        }
        throw error
      }
      try {
        results.push({fixed: await fixFile(loaded.file, options, io.cwd), loaded})
      } catch (error) {
        // A file that cannot be checked is reported; the others are still fixed.
        if (error instanceof LoadError || !(error instanceof Error)) throw error
        problems.push(uncheckable(input, error))
      }
    }
    let failed = false
    if (write) {
      for (const result of results) {
        const {fixed, loaded} = result
        if (fixed.fixes.output === fixed.text || !loaded.snapshot) continue
        try {
          // Only a file whose text encodes back to exactly the bytes read is rewritten: nothing outside the fixes may change.
          if (!encode(loaded.file, fixed.text).equals(loaded.snapshot.bytes)) {
            throw new WriteError(loaded.snapshot.path, 'its text would not be written back byte for byte; not written')
          }
          await writeIfUnchanged(loaded.snapshot, encode(loaded.file, fixed.fixes.output))
          result.written = true
        } catch (error) {
          if (!(error instanceof WriteError)) throw error
          io.stderr.write(`copydesk: ${error.message}\n`)
          failed = true
        }
      }
    }
    const fixedFiles = results.map((result) => result.fixed)
    if (format === 'json') io.stdout.write(fixesJson(fixedFiles))
    else if (format === 'rdjson') io.stdout.write(rdjsonFixes(fixedFiles))
    else io.stdout.write(report(results, {write, wordDiff: Boolean(values['word-diff']), color: useColor(io)}))
    reportProblems(problems, io)
    const findings = Boolean(values['exit-code']) && fixedFiles.some((file) => count(file) > 0)
    return exitCodeFor({checked: results.length, problems, findings, failed})
  }
}

function report(results: ReadonlyArray<Result>, options: {write: boolean; wordDiff: boolean; color: boolean}): string {
  const parts: string[] = []
  const comments: string[] = []
  for (const {fixed, loaded, written} of results) {
    const {output} = fixed.fixes
    if (options.wordDiff && output !== fixed.text) {
      parts.push(renderWordDiff(output, wordHunks(fixed.text, output), {label: fixed.path, color: options.color}))
    } else if (options.write) {
      if (written) parts.push(`fixed ${fixed.path}: ${count(fixed)} ${count(fixed) === 1 ? 'fix' : 'fixes'}\n`)
    } else if (loaded.file.data.encoding && loaded.file.data.encoding !== 'utf8') {
      if (output !== fixed.text) comments.push(`# ${fixed.path}: UTF-16 text cannot be shown as a patch; use --write to apply ${count(fixed)} fixes`)
    } else {
      parts.push(unifiedDiff(fixed.path, fixed.text, output, {bom: loaded.file.data.bom}))
    }
    comments.push(...fixNotes(fixed))
  }
  const separator = options.wordDiff ? '\n' : ''
  const body = parts.filter(Boolean).join(separator)
  return body + (comments.length > 0 ? (options.wordDiff && body ? '\n' : '') + comments.join('\n') + '\n' : '')
}
