import {reporter} from 'vfile-reporter'
import type {Reporter} from './index.js'

/** The human-readable report (vfile-reporter), the default format. */
export const stylish: Reporter = function (files, options) {
  const report = reporter([...files], {color: options.color, quiet: options.quiet})
  return report ? report + '\n' : ''
}
