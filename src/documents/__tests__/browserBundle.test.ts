/**
 * The renderers run in a browser: the render module is bundled with esbuild for `platform: 'browser'`
 * (which fails on any Node built-in such as fs), loaded by a page in Debian's headless Chromium, and asked
 * for both documents, with the PDF fonts fetched from the page's server. Also measures what each renderer
 * costs a browser bundle, minified and gzipped.
 */
import { build, BuildOptions } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { dirname, join, normalize } from 'path';
import { gzipSync } from 'zlib';
import JSZip from 'jszip';
import webpack from 'webpack';
import { chromiumPath, launch } from '../../../tests/browser/browser';
import { renderDocx } from '../render/docx';
import { FONT_FILES, FONT_PACKAGE } from '../render/fonts';
import { renderPdf } from '../render/pdf';
import { sampleDocument } from './sampleDocument';
import { hasTool, popplerOn, squash } from './externalTools';

const renderDir = join(__dirname, '..', 'render');
const fontDir = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
const withChromium = existsSync(chromiumPath) ? test : test.skip;
if (!existsSync(chromiumPath)) console.log(`No Chromium at ${chromiumPath} (apt-get install chromium): browser rendering test skipped`);

const browserBuild: BuildOptions = { bundle: true, platform: 'browser', format: 'esm', minify: true, target: 'es2020', logLevel: 'silent', write: false };

async function gzippedSize(entry: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({ ...browserBuild, stdin: { contents: entry, resolveDir: renderDir, loader: 'ts' }, outfile: 'bundle.js' });
  const code = result.outputFiles?.[0].contents ?? new Uint8Array();
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const PAGE_ENTRY = `
import { fetchFonts, renderDocx, renderPdf } from './index';
import { sampleDocument } from '../__tests__/sampleDocument';
const base64 = (bytes) => { let s = ''; for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000)); return btoa(s); };
window.renderSample = async () => {
  const fonts = fetchFonts(new URL('/fonts/', location.href).href);
  const [pdf, docx] = await Promise.all([renderPdf(sampleDocument, { fonts }), renderDocx(sampleDocument)]);
  return { pdf: base64(pdf), docx: base64(docx), node: typeof process !== 'undefined' };
};
`;

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0]));
    const file = path === '/' ? null : path.startsWith('/fonts/') ? join(fontDir, path.slice('/fonts/'.length)) : join(root, path);
    if (file === null) {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="sv"><title>render</title><script type="module" src="/entry.js"></script></html>');
    } else if (existsSync(file) && (file.startsWith(root) || file.startsWith(fontDir))) {
      response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'font/ttf' }).end(readFileSync(file));
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('each renderer bundles for the browser without Node built-ins, and its gzipped size is known', async () => {
  const docx = await gzippedSize("import { renderDocx } from './docx'; (window as any).r = renderDocx;");
  const pdf = await gzippedSize("import { renderPdf } from './pdf'; import { fetchFonts } from './fonts'; (window as any).r = [renderPdf, fetchFonts];");
  const loader = await gzippedSize("import * as r from './index'; (window as any).r = r;");
  const fonts = Object.values(FONT_FILES)
    .map((file) => readFileSync(join(fontDir, file))).reduce((sum, bytes) => ({ raw: sum.raw + bytes.byteLength, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).byteLength }), { raw: 0, gzip: 0 });
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
  console.log([
    `docx renderer: ${kb(docx.raw)} minified, ${kb(docx.gzip)} gzipped`,
    `pdf renderer (pdfkit, fontkit): ${kb(pdf.raw)} minified, ${kb(pdf.gzip)} gzipped`,
    `both, unsplit: ${kb(loader.raw)} minified, ${kb(loader.gzip)} gzipped`,
    `Noto Sans, four faces fetched by the PDF renderer: ${kb(fonts.raw)}, ${kb(fonts.gzip)} gzipped`
  ].join('\n'));
  // Budgets a little above today's sizes: a jump means something heavy (e.g. pdfkit's AFM fonts) crept in.
  expect(docx.gzip).toBeLessThan(110 * 1024);
  expect(pdf.gzip).toBeLessThan(300 * 1024);
}, 60_000);

test('bundles with webpack 5 as the SPFx build does: no errors or warnings, each renderer a lazy chunk of its own', async () => {
  const out = mkdtempSync(join(tmpdir(), 'ik-render-webpack-'));
  try {
    // Compile our TypeScript as the SPFx build's tsc step would (ESM, libraries left as imports), then let webpack resolve the libraries.
    await build({ entryPoints: [join(renderDir, 'index.ts')], bundle: true, packages: 'external', splitting: true, format: 'esm', platform: 'browser', outdir: join(out, 'src'), logLevel: 'silent' });
    const root = join(__dirname, '..', '..', '..');
    const stats = await new Promise<webpack.Stats>((resolve, reject) => {
      webpack({
        mode: 'production', target: 'web', context: root, entry: join(out, 'src', 'index.js'), performance: { hints: false },
        output: { path: join(out, 'dist'), library: { type: 'window', name: 'render' } }, resolve: { modules: [join(root, 'node_modules')] }
      }, (error, result) => (error || !result ? reject(error) : resolve(result)));
    });
    const json = stats.toJson({ all: false, assets: true, errors: true, warnings: true });
    expect(json.errors).toEqual([]);
    expect(json.warnings).toEqual([]);
    const chunk = (name: string): number => json.assets?.find((a) => a.chunkNames?.includes(name))?.size ?? -1;
    expect(chunk('render-docx')).toBeGreaterThan(0);
    expect(chunk('render-pdf')).toBeGreaterThan(0);
    expect(chunk('main')).toBeLessThan(20 * 1024);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 120_000);

withChromium('renders the .docx and the PDF/A in headless Chromium from the browser bundle', async () => {
  const out = mkdtempSync(join(tmpdir(), 'ik-render-bundle-'));
  const server = await serve(out);
  const browser = await launch();
  try {
    await build({ ...browserBuild, stdin: { contents: PAGE_ENTRY, resolveDir: renderDir, loader: 'ts' }, splitting: true, outdir: out, entryNames: 'entry', write: true });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => 'renderSample' in window);
    const result = await page.evaluate(() => (window as unknown as { renderSample(): Promise<{ pdf: string; docx: string; node: boolean }> }).renderSample());
    expect(errors).toEqual([]);
    expect(result.node).toBe(false);

    const pdf = Buffer.from(result.pdf, 'base64');
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(raw).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(raw).toMatch(/\/OutputIntents/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    if (hasTool('pdffonts') && hasTool('pdftotext')) {
      for (const row of popplerOn('pdffonts', pdf).trim().split('\n').slice(2)) expect(row).toMatch(/\syes yes yes\s/);
      expect(squash(popplerOn('pdftotext', pdf, ['-raw']))).toContain('att förklara paragrafen omedelbart justerad.');
    }

    const docxBytes = Buffer.from(result.docx, 'base64');
    const docx = await JSZip.loadAsync(docxBytes);
    expect(await docx.file('word/document.xml')?.async('string')).toContain('RS 2026/123');
    // Deterministic across environments too: the browser's .docx is byte for byte the one Node renders.
    expect(docxBytes.equals(Buffer.from(await renderDocx(sampleDocument)))).toBe(true);
    if (hasTool('pdftotext')) expect(popplerOn('pdftotext', pdf)).toEqual(popplerOn('pdftotext', await renderPdf(sampleDocument)));
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(out, { recursive: true, force: true });
  }
}, 120_000);
