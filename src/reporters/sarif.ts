/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, VS Code's SARIF
 * viewer). Built with node-sarif-builder, which fills in the rule and
 * artifact index tables; copydesk adds regions with UTF-16 offsets, `fixes`
 * for fixable findings and `relatedLocations` for consistency findings.
 */
import {SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder} from 'node-sarif-builder'
import type {ArtifactLocation, Fix, Location, Region, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rules} from '../../rules/index.js'
import {fixOf} from '../fix.js'
import {readPackageJson} from '../package-root.js'
import {docsUrl, type Severity} from '../rule.js'
import type {Reporter} from './index.js'
import {displayPath, relatedSpans, severityOf, spanOf, type Span} from './span.js'

const levels: Readonly<Record<Severity, Result.level>> = {error: 'error', warning: 'warning', info: 'note'}

const homepage = 'https://github.com/copydesk/copydesk'
const schema = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

/** Source languages by extension, as SARIF names them (lower case). */
const languages: Readonly<Record<string, string>> = {
  '.htm': 'html',
  '.html': 'html',
  '.markdown': 'markdown',
  '.md': 'markdown',
  '.txt': 'plaintext'
}

export const sarif: Reporter = function (files, options) {
  const run = new SarifRunBuilder({columnKind: 'utf16CodeUnits'}).initSimple({
    toolDriverName: 'copydesk',
    toolDriverVersion: readPackageJson().version,
    url: homepage
  })
  for (const rule of rules) {
    const {meta} = rule
    const builder = new SarifRuleBuilder({
      defaultConfiguration: {level: levels[meta.severity]},
      properties: {category: meta.category, fixable: meta.fixable, tags: [meta.category]}
    }).initSimple({ruleId: meta.id, shortDescriptionText: meta.description, helpUri: `${docsUrl}#${meta.id}`})
    run.addRule(builder)
  }
  run.run.artifacts = []
  for (const file of files) {
    if (options.quiet && file.messages.length === 0) continue
    const uri = uriOf(file)
    const extension = /\.[^./]+$/.exec(uri)?.[0].toLowerCase() ?? ''
    run.run.artifacts.push({
      location: {uri},
      length: String(file.value ?? '').length,
      ...(languages[extension] ? {sourceLanguage: languages[extension]} : {})
    })
    for (const message of file.messages) run.addResult(new SarifResultBuilder(resultOf(message, file, uri)))
  }
  const log = new SarifBuilder({$schema: schema})
  log.addRun(run)
  return log.buildSarifJsonString({indent: true}) + '\n'
}

function resultOf(message: VFileMessage, file: VFile, uri: string): Result {
  const span = spanOf(message, file)
  const artifactLocation: ArtifactLocation = {uri}
  const result: Result = {
    ruleId: message.ruleId ?? 'copydesk',
    level: levels[severityOf(message)],
    message: {text: message.reason},
    locations: [{physicalLocation: {artifactLocation, region: regionOf(span)}}]
  }
  const related = relatedSpans(message, file)
  if (related.length > 0) {
    result.relatedLocations = related.map(function (other, index): Location {
      return {
        id: index + 1,
        physicalLocation: {artifactLocation, region: regionOf(other)},
        message: {text: `\`${other.text}\` on line ${other.start.line}`}
      }
    })
  }
  const fix = fixOf(message)
  if (fix) {
    const sarifFix: Fix = {
      description: {text: fix.new ? `Replace \`${fix.old}\` with \`${fix.new}\`` : `Remove \`${fix.old}\``},
      artifactChanges: [
        {artifactLocation, replacements: [{deletedRegion: regionOf(span), insertedContent: {text: fix.new}}]}
      ]
    }
    result.fixes = [sarifFix]
  }
  if (message.expected?.length) result.properties = {actual: message.actual, expected: message.expected}
  return result
}

/** A region with both forms of location: line/column (1-based, end exclusive) and offsets. */
function regionOf(span: Span): Region {
  return {
    startLine: span.start.line,
    startColumn: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    charOffset: span.start.offset,
    charLength: span.end.offset - span.start.offset
  }
}

/** A relative URI reference: the path with each segment percent-encoded. */
function uriOf(file: VFile): string {
  return displayPath(file).split('/').map(encodeURIComponent).join('/')
}
