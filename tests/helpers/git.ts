/** A throwaway git repository for tests: init, commit, run git. */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const identity = ['-c', 'user.name=Copydesk Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main']

/** Run git in `cwd`; returns stdout. Throws with git's stderr on failure. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...identity, ...args], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
}

/** A new repository in a temporary folder with `files` committed. */
export function makeRepo(files: Record<string, string | Buffer>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-git-'))
  git(folder, 'init', '-q')
  git(folder, 'config', 'core.autocrlf', 'false')
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    fs.writeFileSync(path.join(folder, name), content)
  }
  git(folder, 'add', '-A')
  git(folder, 'commit', '-q', '-m', 'first draft')
  return folder
}
