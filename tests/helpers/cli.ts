/** Run the built CLI as a real process: the shipped bundle (dist/bundle/cli.js, `npm run build`). */
import {spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const cli = path.join(root, 'dist/bundle/cli.js')

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

export function runCli(
  args: ReadonlyArray<string>,
  options: {input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv; uid?: number; gid?: number} = {}
): Promise<Run> {
  return new Promise(function (resolve, reject) {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: options.cwd ?? root,
      env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env},
      // Another user (tests run as root, whom file permissions do not stop).
      uid: options.uid,
      gid: options.gid
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    if (options.input !== undefined) child.stdin.end(options.input)
    else child.stdin.end()
  })
}
