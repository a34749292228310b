/**
 * The language server (`copydesk lsp --stdio`): diagnostics on open and
 * change, quick fixes from `expected`, related information for consistency
 * findings, and "add to the word list" for spelling findings. Linting goes
 * through the same `check()` as the CLI, so the processor stays warm.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Range
} from 'vscode-languageserver/node'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ConfigError} from '../config.js'
import {applyFixes} from '../fix.js'
import {check, type CheckOptions} from '../index.js'
import type {Severity} from '../rule.js'
import {FrameFilter} from './framing.js'
import {addWord, projectFor} from './project.js'

export const addWordCommand = 'copydesk.addWord'

/** How long to wait after a keystroke before linting. */
const changeDelay = 150

const severities: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
}

/** What a diagnostic carries for code actions. */
interface DiagnosticData {
  ruleId: string
  actual: string
  expected: string[]
  fixable: boolean
}

interface Linted {
  version: number
  messages: VFileMessage[]
}

/** Extensions for documents without a file path (untitled), so markup is detected. */
const extensions: Readonly<Record<string, string>> = {html: '.html', markdown: '.md'}

export interface ServerStreams {
  input: NodeJS.ReadableStream
  output: NodeJS.WritableStream
}

/** Start the server on the given streams (stdin/stdout for `--stdio`). */
export function startServer(streams: ServerStreams): Connection {
  // Frames are checked first: junk on the input is dropped instead of leaving the reader out of step (src/lsp/framing.ts).
  const connection = createConnection(ProposedFeatures.all, streams.input.pipe(new FrameFilter()), streams.output)
  const documents = new TextDocuments(TextDocument)
  const timers = new Map<string, NodeJS.Timeout>()
  const results = new Map<string, Linted>()
  const opened = new Set<string>()
  const configErrors = new Set<string>()
  let roots: string[] = []

  // Nothing but protocol messages may reach stdout.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '))
  console.info = console.log
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '))
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '))
  process.on('uncaughtException', (error) => connection.console.error(`copydesk: ${error.stack ?? error.message}`))
  process.on('unhandledRejection', (error) => connection.console.error(`copydesk: ${String(error)}`))

  connection.onInitialize(function (params) {
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
    roots = folders.map(pathOf).filter((root): root is string => root !== undefined)
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll]},
        executeCommandProvider: {commands: [addWordCommand]}
      },
      serverInfo: {name: 'copydesk'}
    }
  })

  documents.onDidChangeContent(function ({document}) {
    const first = !opened.has(document.uri)
    opened.add(document.uri)
    schedule(document.uri, first ? 0 : changeDelay)
  })

  documents.onDidClose(function ({document}) {
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    opened.delete(document.uri)
    results.delete(document.uri)
    connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(function () {
        timers.delete(uri)
        lint(uri).catch((error: Error) => connection.console.error(`copydesk: cannot lint ${uri}: ${error.message}`))
      }, delay)
    )
  }

  async function lint(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    const version = document.version
    const file = pathOf(document.uri)
    const options = await optionsFor(document)
    const linted = options
      ? await check(new VFile({path: file ?? `untitled${extensions[document.languageId] ?? '.txt'}`, value: document.getText()}), options)
      : undefined
    // Closed or edited while linting: a newer lint is on its way (or none is wanted).
    const current = documents.get(uri)
    if (!current || current.version !== version) return
    if (!linted) {
      // The config's `ignore` globs skip this document.
      results.delete(uri)
      connection.sendDiagnostics({uri, version, diagnostics: []})
      return
    }
    results.set(uri, {version, messages: linted.messages})
    connection.sendDiagnostics({uri, version, diagnostics: linted.messages.map((message) => diagnosticOf(message, current))})
  }

  /** A document's path, or where an untitled one would be looked up from (the first workspace folder). */
  function lookupPath(uri: string): string | undefined {
    return pathOf(uri) ?? (roots[0] ? path.join(roots[0], 'untitled.txt') : undefined)
  }

  /** The project's options for a document; a broken config is shown once and linting goes on without it. */
  async function optionsFor(document: TextDocument): Promise<CheckOptions | undefined> {
    const file = lookupPath(document.uri)
    if (!file) return {}
    try {
      const {options} = await projectFor(file, roots)
      configErrors.clear()
      return options
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      if (!configErrors.has(error.message)) {
        configErrors.add(error.message)
        // A notification, not showErrorMessage's request: nothing to answer.
        void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: `copydesk: ${error.message}`})
      }
      return {}
    }
  }

  connection.onCodeAction(function (params) {
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    const uri = document.uri
    const actions: CodeAction[] = []
    const linted = results.get(uri)
    const fresh = linted?.version === document.version
    // Findings to act on: the diagnostics the client sent, else the cached findings in the range.
    let findings = params.context.diagnostics
      .filter((diagnostic) => diagnostic.source === 'copydesk' && isData(diagnostic.data))
      .map((diagnostic) => ({range: diagnostic.range, data: diagnostic.data as DiagnosticData, diagnostic}))
    if (findings.length === 0 && fresh) {
      findings = linted.messages
        .map((message) => diagnosticOf(message, document))
        .filter((diagnostic) => intersects(diagnostic.range, params.range))
        .map((diagnostic) => ({range: diagnostic.range, data: diagnostic.data as DiagnosticData, diagnostic}))
    }
    const only = params.context.only
    const wants = (kind: string) => !only || only.some((prefix) => kind === prefix || kind.startsWith(prefix + '.'))
    if (wants(CodeActionKind.QuickFix)) {
      for (const {range, data, diagnostic} of findings) {
        data.expected.slice(0, 3).forEach(function (replacement, index) {
          actions.push({
            title: replacement ? `Replace \`${data.actual}\` with \`${replacement}\`` : `Remove \`${data.actual}\``,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: index === 0 && data.fixable,
            edit: {changes: {[uri]: [{range, newText: replacement}]}}
          })
        })
        if (data.ruleId === 'spelling' && data.actual) {
          actions.push({
            title: `Add \`${data.actual}\` to the word list`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            command: {title: 'Add to the word list', command: addWordCommand, arguments: [{uri, word: data.actual}]}
          })
        }
      }
    }
    const kind = `${CodeActionKind.SourceFixAll}.copydesk`
    if (fresh && wants(kind)) {
      const {applied} = applyFixes(document.getText(), linted.messages)
      if (applied.length > 0) {
        actions.push({
          title: `Fix all safe copydesk findings (${applied.length})`,
          kind,
          edit: {
            changes: {
              [uri]: applied.map((fix) => ({range: {start: document.positionAt(fix.start), end: document.positionAt(fix.end)}, newText: fix.new}))
            }
          }
        })
      }
    }
    return actions
  })

  connection.onExecuteCommand(async function (params) {
    if (params.command !== addWordCommand) throw new Error(`copydesk: unknown command ${params.command}`)
    const [argument] = (params.arguments ?? []) as Array<{uri?: unknown; word?: unknown} | undefined>
    const uri = typeof argument?.uri === 'string' ? argument.uri : undefined
    const word = typeof argument?.word === 'string' ? argument.word.trim() : ''
    if (!uri || !word || /\s/.test(word)) throw new Error('copydesk: addWord needs {uri, word} with one word')
    const file = lookupPath(uri)
    if (!file) throw new Error('copydesk: no folder to keep the word list in (open a folder or save the file)')
    const result = await addWord(await projectFor(file, roots), word)
    for (const open of documents.all()) schedule(open.uri, 0)
    return result
  })

  documents.listen(connection)
  connection.listen()
  return connection
}

function diagnosticOf(message: VFileMessage, document: TextDocument): Diagnostic {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const start = place?.start.offset ?? 0
  const end = place?.end.offset ?? start
  const data: DiagnosticData = {
    ruleId: message.ruleId ?? '',
    actual: message.actual ?? '',
    expected: message.expected ?? [],
    fixable: message.data?.fixable ?? false
  }
  const diagnostic: Diagnostic = {
    range: {start: document.positionAt(start), end: document.positionAt(end)},
    severity: severities[message.data?.severity ?? 'warning'],
    source: 'copydesk',
    code: message.ruleId,
    message: message.reason,
    data
  }
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const related = message.data?.related
  if (related?.length) {
    diagnostic.relatedInformation = related.map((other) => ({
      location: {
        uri: document.uri,
        range: {start: document.positionAt(other.offset), end: document.positionAt(other.offset + other.text.length)}
      },
      message: `\`${other.text}\` on line ${other.line}`
    }))
  }
  return diagnostic
}

function isData(value: unknown): value is DiagnosticData {
  const data = value as DiagnosticData | undefined
  return typeof data?.ruleId === 'string' && Array.isArray(data.expected) && typeof data.actual === 'string'
}

function intersects(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start))
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}
