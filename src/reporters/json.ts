import {reporterJson} from 'vfile-reporter-json'
import '../rule.js'
import type {Reporter} from './index.js'

interface JsonFile {
  path: string
  cwd?: string
  history?: string[]
  messages: Array<Record<string, unknown>>
}

/**
 * The vfile-reporter-json shape (an array of files with `messages`), with
 * copydesk's `data` (severity, fixable, related) on each message. `cwd` is
 * left out so output does not depend on where copydesk runs.
 */
export const json: Reporter = function (files, options) {
  const parsed = JSON.parse(reporterJson([...files], {quiet: options.quiet})) as JsonFile[]
  const byPath = new Map(files.map((file) => [file.path, file]))
  for (const entry of parsed) {
    delete entry.cwd
    const file = byPath.get(entry.path)
    entry.messages.forEach(function (message, index) {
      message.data = file?.messages[index]?.data
    })
  }
  return JSON.stringify(parsed) + '\n'
}
