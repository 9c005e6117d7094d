#!/usr/bin/env node
/**
 * The two commands of the README, runnable on a fresh Debian machine with Node >= 20:
 *   node tools/run.js start [args]  — install if needed, then run the local product (server/main.ts);
 *   node tools/run.js test          — install if needed (incl. Debian's chromium, poppler-utils and LibreOffice Writer and Calc for the tests),
 *                                     then typecheck, lint and package the SPFx solution, and run every
 *                                     test layer: unit, components, integration, browser.
 * Plain JavaScript on purpose: it runs on the machine's Node before the project's own Node 22 exists.
 */
'use strict';
const { spawnSync } = require('child_process');
const { createHash } = require('crypto');
const { existsSync, readFileSync, writeFileSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const stampFile = join(root, 'node_modules', '.ik-install-stamp');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status === null ? 1 : result.status;
}

function ensureInstalled() {
  const lock = readFileSync(join(root, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash && existsSync(bin('node'))) return;
  console.log('Installerar beroenden (npm ci) …');
  const status = run('npm', ['ci', '--no-audit', '--no-fund']);
  if (status !== 0) {
    console.error('npm ci misslyckades; se meddelandena ovan.');
    process.exit(status);
  }
  writeFileSync(stampFile, hash);
}

/**
 * Debian packages the tests use: Chromium for the browser tests, poppler-utils (pdffonts, pdfinfo, pdftotext)
 * and LibreOffice Writer and Calc (headless conversion of the .docx and .xlsx) for reading the board papers
 * back. Installed when root. Each LibreOffice component is known by its registry file.
 */
const LIBREOFFICE_REGISTRY = '/usr/lib/libreoffice/share/registry';
const DEBIAN_TOOLS = [
  { pkg: 'chromium', present: () => Boolean(process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) || existsSync('/usr/bin/chromium') },
  { pkg: 'poppler-utils', present: () => existsSync('/usr/bin/pdffonts') },
  { pkg: 'libreoffice-writer-nogui', present: () => existsSync(join(LIBREOFFICE_REGISTRY, 'writer.xcd')) },
  { pkg: 'libreoffice-calc-nogui', present: () => existsSync(join(LIBREOFFICE_REGISTRY, 'calc.xcd')) }
];

function ensureDebianTools() {
  const missing = DEBIAN_TOOLS.filter((t) => !t.present()).map((t) => t.pkg);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`The tests need Debian packages: run \`sudo apt-get install -y ${missing.join(' ')}\` and try again.`);
    process.exit(1);
  }
  console.log(`Installerar Debianpaket för testerna: ${missing.join(', ')} …`);
  const env = { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  if (run('apt-get', ['update', '-qq']) !== 0 || run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], env) !== 0) {
    console.error(`Could not install ${missing.join(' ')} with apt-get; install them by hand: apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
}

/** Runs on the project's Node 22, whatever Node started this script. */
function node22(args, env = {}) {
  return run(bin('node'), args, { env: { ...process.env, ...env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` } });
}

function summarise(resultFiles) {
  let passed = 0, failed = 0, skipped = 0;
  for (const file of resultFiles) {
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests;
  }
  console.log(`\njest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

function test(extra) {
  ensureInstalled();
  ensureDebianTools();
  const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
  const out = (name) => join(root, 'node_modules', `.ik-${name}-results.json`);
  const common = ['--ci', '--json'];
  console.log('\n== Typkontroll, lint och SPFx-paketering (gulp bundle --ship, package-solution --ship) ==');
  const checks = ['typecheck', 'lint', 'package'].map((script) => ({ script, status: run('npm', ['run', '--silent', script]) }));
  for (const c of checks) console.log(`${c.status === 0 ? 'ok' : 'FAILED'}: npm run ${c.script}`);
  console.log('\n== Enhets-, komponent- och integrationstester ==');
  const first = node22([jest, ...common, `--outputFile=${out('main')}`, '--selectProjects', 'unit', 'components', 'integration', ...extra]);
  console.log('\n== Webbläsartester (playwright-core + Chromium mot npm start) ==');
  const second = node22([jest, ...common, `--outputFile=${out('browser')}`, '--runInBand', '--selectProjects', 'browser', ...extra]);
  summarise([out('main'), out('browser')]);
  const failedCheck = checks.find((c) => c.status !== 0);
  if (failedCheck) console.error(`npm run ${failedCheck.script} failed (see above).`);
  process.exit(first !== 0 ? first : second !== 0 ? second : failedCheck ? 1 : 0);
}

function start(extra) {
  ensureInstalled();
  process.exit(node22([join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'server', 'main.ts'), ...extra]));
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'test') test(rest);
else if (command === 'start') start(rest);
else {
  console.error('Usage: node tools/run.js start|test [args]');
  process.exit(2);
}
