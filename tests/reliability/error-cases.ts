/**
 * The bad-input matrix: every input problem copydesk meets, the one line it
 * prints and the exit code. tests/reliability/bad-input.test.ts runs each
 * case through the built CLI and renders docs/errors.md's table from this
 * list, so the documentation cannot drift from what the program does.
 */

/** A file to create in the run's empty working folder: text, bytes, a folder, or text with a mode. */
export type Fixture = string | Uint8Array | {folder: true} | {text: string; mode: number}

export interface ErrorCase {
  /** The input, in words (the table's first column). */
  input: string
  files: Record<string, Fixture>
  args: ReadonlyArray<string>
  stdin?: string | Uint8Array
  /** Every line on stderr, in order (`FOLDER` stands for the working folder). */
  stderr: ReadonlyArray<string>
  code: number
  /** What happens to the other inputs, or anything else worth saying. */
  note: string
  /** File permissions must stop the reader: run as an unprivileged user when the tests run as root. */
  unprivileged?: boolean
  /** Inputs that must still be checked (named in the report on stdout). */
  checked?: ReadonlyArray<string>
  /** Files that must be as they were after the run. */
  unchanged?: ReadonlyArray<string>
}

const clean = 'The council met on Tuesday to discuss the budget.\n'
const typo = 'About 1oo people were evacuated on Tuesday.\n'
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
const latin1 = Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' owners met on Tuesday.\n')])
const binaryWarning = 'binary file (it contains NUL bytes; UTF-16 text needs a byte order mark); skipped'

function utf16le(text: string): Uint8Array {
  return Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])
}

function utf16be(text: string): Uint8Array {
  const little = Buffer.from(text, 'utf16le')
  const big = Buffer.alloc(little.length)
  for (let index = 0; index < little.length; index += 2) big.writeUInt16BE(little.readUInt16LE(index), index)
  return Uint8Array.from([0xfe, 0xff, ...big])
}

export const errorCases: ReadonlyArray<ErrorCase> = [
  {
    input: 'A path that does not exist',
    files: {'story.txt': typo},
    args: ['missing.txt', 'story.txt'],
    stderr: ['copydesk: missing.txt: no such file or directory'],
    code: 2,
    note: 'Nothing is checked: a wrong path is a usage error, reported before any output.'
  },
  {
    input: 'A folder with no text files',
    files: {'notes/data.json': '{"deaths": 1}\n'},
    args: ['notes'],
    stderr: ['copydesk: notes: no text files (.htm, .html, .markdown, .md, .txt) in this folder'],
    code: 2,
    note: 'Folders are searched for `.txt`, `.md`, `.markdown`, `.html` and `.htm` files.'
  },
  {
    input: 'A glob that matches nothing',
    files: {'story.txt': typo},
    args: ['drafts/*.md'],
    stderr: ['copydesk: drafts/*.md: no files match this pattern'],
    code: 2,
    note: 'Nothing is checked.'
  },
  {
    input: 'A file without read permission, and a readable one',
    files: {'locked.txt': {text: typo, mode: 0o000}, 'story.txt': typo},
    args: ['locked.txt', 'story.txt'],
    stderr: ['copydesk: locked.txt: permission denied'],
    code: 2,
    note: 'The other files are checked and reported; the exit code says one could not be read.',
    unprivileged: true,
    checked: ['story.txt']
  },
  {
    input: 'A binary file (an image), alone',
    files: {'photo.txt': png},
    args: ['photo.txt'],
    stderr: [`copydesk: warning: photo.txt: ${binaryWarning}`],
    code: 2,
    note: 'Nothing could be checked.'
  },
  {
    input: 'A binary file and a clean text file',
    files: {'photo.txt': png, 'story.txt': clean},
    args: ['photo.txt', 'story.txt'],
    stderr: [`copydesk: warning: photo.txt: ${binaryWarning}`],
    code: 3,
    note: 'The text file is checked; exit 3 says an input was skipped.',
    checked: ['story.txt']
  },
  {
    input: 'A binary file and a text file with findings',
    files: {'photo.txt': png, 'story.txt': typo},
    args: ['photo.txt', 'story.txt'],
    stderr: [`copydesk: warning: photo.txt: ${binaryWarning}`],
    code: 1,
    note: 'Findings outrank a skipped file; the warning still says it.',
    checked: ['story.txt']
  },
  {
    input: 'Invalid UTF-8 (a Latin-1 file), and a clean file',
    files: {'latin1.txt': latin1, 'story.txt': clean},
    args: ['latin1.txt', 'story.txt'],
    stderr: ['copydesk: latin1.txt: invalid UTF-8 at byte 3; save the file as UTF-8'],
    code: 2,
    note: 'The offset is of the first bad byte (after a byte order mark, if any); the other file is checked.',
    checked: ['story.txt']
  },
  {
    input: 'Invalid UTF-8 on stdin',
    files: {},
    args: ['-'],
    stdin: latin1,
    stderr: ['copydesk: <stdin>: invalid UTF-8 at byte 3; save the file as UTF-8'],
    code: 2,
    note: 'The name is `--stdin-filename` when given.'
  },
  {
    input: 'UTF-16 with a lone surrogate',
    files: {'broken.txt': utf16le('About 100 people \ud800 came.\n')},
    args: ['broken.txt'],
    stderr: ['copydesk: broken.txt: invalid UTF-16 LE at byte 36 (a lone surrogate); save the file as UTF-8'],
    code: 2,
    note: 'Decoding it anyway would turn the surrogate into U+FFFD, and `fix --write` would change it on disk.'
  },
  {
    input: 'UTF-16 with an odd number of bytes',
    files: {'odd.txt': Uint8Array.from([...utf16le('About 100 people.\n'), 0x41])},
    args: ['odd.txt'],
    stderr: ['copydesk: odd.txt: invalid UTF-16 LE at byte 38 (an odd number of bytes); save the file as UTF-8'],
    code: 2,
    note: ''
  },
  {
    input: 'UTF-16 LE or BE with a byte order mark',
    files: {'le.txt': utf16le(typo), 'be.txt': utf16be(typo)},
    args: ['le.txt', 'be.txt'],
    stderr: [],
    code: 1,
    note: 'Read as text; findings at the same lines and columns as in UTF-8; `fix --write` writes UTF-16 back, with its mark.',
    checked: ['le.txt', 'be.txt']
  },
  {
    input: 'UTF-8 with a byte order mark',
    files: {'bom.txt': Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(typo)])},
    args: ['bom.txt'],
    stderr: [],
    code: 1,
    note: 'The mark shifts no column (`1oo` is at 1:7); `fix` keeps it.'
  },
  {
    input: 'An empty file, or one of only white space',
    files: {'empty.txt': '', 'blank.txt': ' \n\t\n\r\n'},
    args: ['empty.txt', 'blank.txt'],
    stderr: [],
    code: 0,
    note: 'Checked, with no findings.'
  },
  {
    input: 'HTML nested 3,000 elements deep, and a text file',
    files: {'deep.html': '<div>'.repeat(3_000) + '<p>About 1oo people.</p>' + '</div>'.repeat(3_000), 'story.txt': typo},
    args: ['deep.html', 'story.txt'],
    stderr: ['copydesk: deep.html: nested too deeply to check (the parser ran out of stack); not checked'],
    code: 2,
    note: 'Any file that cannot be checked (also a rule\'s internal error) is reported this way; the others are checked.',
    checked: ['story.txt']
  },
  {
    input: 'Config: invalid JSON',
    files: {'.copydeskrc.json': '{"dialect": "en-GB",}}\n', 'story.txt': clean},
    args: ['story.txt'],
    stderr: ['copydesk: .copydeskrc.json:1:22: invalid JSON: unexpected text after the end'],
    code: 2,
    note: 'Every config problem is one line: file, line and column, key, problem.'
  },
  {
    input: 'Config: an unknown key',
    files: {'.copydeskrc.json': '{"dialekt": "en-GB"}\n', 'story.txt': clean},
    args: ['story.txt'],
    stderr: ['copydesk: .copydeskrc.json:1:2: `dialekt`: unknown key (did you mean "dialect"?); the keys are "dash", "dialect", "dictionaries", "ignore", "rules" or "styles"'],
    code: 2,
    note: ''
  },
  {
    input: 'Config: a word list that is a folder',
    files: {'.copydeskrc.json': '{"dictionaries": ["words"]}\n', 'words': {folder: true}, 'story.txt': clean},
    args: ['story.txt'],
    stderr: ['copydesk: .copydeskrc.json:1:19: `dictionaries[0]`: cannot read word list `words`: is a directory, expected a file'],
    code: 2,
    note: ''
  },
  {
    input: 'Config: an ignore glob with a group (catastrophic backtracking)',
    files: {'.copydeskrc.json': '{"ignore": ["(a+)+.txt"]}\n', 'story.txt': clean},
    args: ['story.txt'],
    stderr: ['copydesk: .copydeskrc.json:1:13: `ignore[0]`: groups `(…)` and `|` are not supported in ignore globs (they can take exponential time); use `*`, `**`, `?`, `[…]` or `{a,b}`, and `[(]` for a literal parenthesis'],
    code: 2,
    note: 'picomatch would run it as a regular expression; `(a+)+` took minutes against a 40-letter file name.'
  },
  {
    input: 'Config: an ignore glob with many `*` in one segment',
    files: {'.copydeskrc.json': '{"ignore": ["*a*a*a*a*a*b"]}\n', 'story.txt': clean},
    args: ['story.txt'],
    stderr: ['copydesk: .copydeskrc.json:1:13: `ignore[0]`: more than 3 `*` in the path segment `*a*a*a*a*a*b` (matching it can take minutes); use fewer'],
    code: 2,
    note: 'Each `*` multiplies the work on a long file name.'
  },
  {
    input: 'A `--dictionary` that is a folder',
    files: {'words': {folder: true}, 'story.txt': clean},
    args: ['--dictionary', 'words', 'story.txt'],
    stderr: ['copydesk: words: cannot read word list: is a directory, expected a file'],
    code: 2,
    note: ''
  },
  {
    input: '`fix --write` in a folder that cannot be written',
    files: {'story.txt': {text: typo, mode: 0o666}},
    args: ['fix', '--write', 'story.txt'],
    stderr: ['copydesk: story.txt: cannot create a temporary file in FOLDER (permission denied); not written'],
    code: 2,
    note: 'The file is left as it was; nothing else is written in the folder.',
    unprivileged: true,
    unchanged: ['story.txt']
  },
  {
    input: '`--output` naming an input',
    files: {'story.txt': typo},
    args: ['story.txt', '--output', 'story.txt'],
    stderr: ['copydesk: --output story.txt is one of the inputs: the report would overwrite it'],
    code: 2,
    note: 'The article is left as it was.',
    unchanged: ['story.txt']
  },
  {
    input: '`fix --write` on stdin',
    files: {},
    args: ['fix', '--write', '-'],
    stdin: typo,
    stderr: ['copydesk: --write cannot write back to stdin; drop --write to get a patch'],
    code: 2,
    note: ''
  }
]

/** The table of docs/errors.md, from `errorCases`. */
export function errorTable(cases: ReadonlyArray<ErrorCase> = errorCases): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|')
  // Double backticks: the messages quote with single ones.
  const code = (text: string) => `\`\` ${cell(text)} \`\``
  const rows = cases.map(function (item) {
    const command = ['copydesk', ...item.args].map((arg) => (/[\s*]/.test(arg) && !arg.startsWith('-') ? `'${arg}'` : arg)).join(' ')
    const stdin = item.stdin === undefined ? '' : ' (text on stdin)'
    const message = item.stderr.length === 0 ? '(none)' : item.stderr.map(code).join('<br>')
    return `| ${cell(item.input)} | ${code(command)}${stdin} | ${message} | ${item.code} | ${cell(item.note)} |`
  })
  return ['| Input | Command | Message on stderr | Exit code | Notes |', '| --- | --- | --- | --- | --- |', ...rows].join('\n')
}
