/**
 * Jest transform: compiles TypeScript, TSX and the ESM-only @pnp packages to CommonJS with esbuild.
 * Why esbuild: one fast compiler for tests and the workbench bundle, no Babel configuration to keep in step.
 */
'use strict';
const crypto = require('crypto');
const path = require('path');
const { transformSync } = require('esbuild');

const loaders = { '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.jsx': 'jsx', '.mjs': 'js', '.cjs': 'js' };

module.exports = {
  process(sourceText, sourcePath) {
    const loader = loaders[path.extname(sourcePath)] || 'js';
    const result = transformSync(sourceText, {
      loader,
      format: 'cjs',
      target: 'node22',
      jsx: 'transform',
      sourcemap: 'inline',
      sourcefile: sourcePath,
      supported: { 'dynamic-import': false }
    });
    return { code: result.code };
  },
  getCacheKey(sourceText, sourcePath) {
    return crypto.createHash('sha1').update(sourceText).update(sourcePath).update('v1').digest('hex');
  }
};
