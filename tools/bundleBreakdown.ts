/**
 * `npx tsx tools/bundleBreakdown.ts [path/to.sppkg]`, after `npm run package`: how big each script in the
 * solution package is (minified, gzip -9) and what each web part's bundle is made of — minified bytes per
 * package and per folder of our own code, read from the hidden source maps that the ship build leaves in
 * dist/ (gulpfile.js asks for them; they are not shipped). Prints markdown for README's "Bundles".
 * `bundleSizes` is the measure the bench and the package test use.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import JSZip from 'jszip';
import { MappingItem, RawSourceMap, SourceMapConsumer } from 'source-map';

const ROOT = join(__dirname, '..');
export const SPPKG = join(ROOT, 'sharepoint', 'solution', 'internkontroll-365.sppkg');
const DIST = join(ROOT, 'dist');

export interface BundleSize {
  minBytes: number;
  gzipBytes: number;
}

/** A web part's bundle (`internkontroll-<part>_<hash>.js`) or a lazy chunk (`chunk.<name>_<hash>.js`). */
interface Script {
  /** `my-follow-ups` for a web part, `chunk.<name>` for a lazy chunk. */
  name: string;
  fileName: string;
  lazy: boolean;
  code: Buffer;
}

const WEB_PART = /^ClientSideAssets\/internkontroll-(.+)_[0-9a-f]+\.js$/;
const CHUNK = /^ClientSideAssets\/(chunk\.[^/]+)_[0-9a-f]+\.js$/;

/** The package's scripts, each web part's bundle first, then the lazy chunks. */
export async function packageScripts(sppkgPath: string = SPPKG): Promise<Script[]> {
  const zip = await JSZip.loadAsync(readFileSync(sppkgPath));
  const scripts: Script[] = [];
  for (const entry of Object.values(zip.files)) {
    const match = WEB_PART.exec(entry.name) ?? CHUNK.exec(entry.name);
    if (!match) continue;
    const lazy = match[1].startsWith('chunk.');
    scripts.push({ name: match[1], fileName: entry.name.slice('ClientSideAssets/'.length), lazy, code: await entry.async('nodebuffer') });
  }
  return scripts.sort((a, b) => Number(a.lazy) - Number(b.lazy) || a.name.localeCompare(b.name));
}

export function sizeOf(code: Buffer): BundleSize {
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** Minified and gzip -9 bytes of each web part's bundle (`my-follow-ups`) and each lazy chunk (`chunk.exceljs`). */
export async function bundleSizes(sppkgPath: string = SPPKG): Promise<Record<string, BundleSize>> {
  const sizes: Record<string, BundleSize> = {};
  for (const script of await packageScripts(sppkgPath)) sizes[script.name] = sizeOf(script.code);
  return sizes;
}

const UNMAPPED = '(webpack runtime, module wrappers, exports)';

/**
 * Who a source file counts towards: its npm package, or our source folder (`src/components/MyFollowUps`;
 * the ship build bundles tsc's lib/ output of src/).
 */
export function ownerOf(source: string | null): string {
  if (!source) return UNMAPPED;
  const path = source.replace(/^webpack:\/\/\/(\.\.\/)*/, '').replace(/\?.*$/, '');
  const inPackage = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*\/node_modules\/)/.exec(path);
  if (inPackage) return inPackage[1];
  const own = /^(?:lib|src)\/(.+)$/.exec(path);
  // Anything else is webpack's own: its runtime, externals' stubs, the chunk's wrapper.
  if (!own) return UNMAPPED;
  const folders = own[1].split('/').slice(0, -1);
  return ['src', ...folders.slice(0, folders[0] === 'components' || folders[0] === 'webparts' ? 2 : 1)].join('/');
}

/** Minified bytes of a script by owner: each mapped stretch of a line counts towards its source's owner. */
export function breakdownOf(code: string, map: RawSourceMap): Map<string, number> {
  const lines = code.split('\n');
  const byOwner = new Map<string, number>();
  const add = (owner: string, line: number, from: number, to: number): void => {
    if (to > from) byOwner.set(owner, (byOwner.get(owner) ?? 0) + Buffer.byteLength(lines[line].slice(from, to)));
  };
  const mappings: MappingItem[] = [];
  new SourceMapConsumer(map).eachMapping((m) => mappings.push(m), undefined, SourceMapConsumer.GENERATED_ORDER);
  let next = 0;
  lines.forEach((text, line) => {
    let column = 0;
    let owner = UNMAPPED;
    for (; next < mappings.length && mappings[next].generatedLine === line + 1; next++) {
      add(owner, line, column, mappings[next].generatedColumn);
      column = mappings[next].generatedColumn;
      owner = ownerOf(mappings[next].source);
    }
    add(owner, line, column, text.length + 1);
  });
  return byOwner;
}

interface Breakdown {
  script: Script;
  size: BundleSize;
  byOwner?: Map<string, number>;
}

async function breakdowns(sppkgPath: string): Promise<Breakdown[]> {
  return (await packageScripts(sppkgPath)).map((script) => {
    const mapFile = join(DIST, `${script.fileName}.map`);
    const byOwner = existsSync(mapFile)
      ? breakdownOf(script.code.toString('utf8'), JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap)
      : undefined;
    return { script, size: sizeOf(script.code), byOwner };
  });
}

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

/** The largest owners of a script, with their share of its minified bytes. */
function mostly(byOwner: Map<string, number> | undefined, count: number): string {
  if (!byOwner) return '?';
  const total = [...byOwner.values()].reduce((sum, n) => sum + n, 0);
  return [...byOwner.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).filter(([, bytes]) => bytes >= total / 100)
    .map(([owner, bytes]) => `${owner} ${Math.round((100 * bytes) / total)} %`).join(', ');
}

function sizeTable(all: Breakdown[]): string[] {
  return [
    '| script | loads | minified KB | gzip -9 KB | mostly |',
    '|---|---|--:|--:|---|',
    ...all.map(({ script, size, byOwner }) =>
      `| ${script.name} | ${script.lazy ? 'on demand' : 'first load'} | ${kb(size.minBytes)} | ${kb(size.gzipBytes)} | ${mostly(byOwner, 3)} |`)
  ];
}

/** Rows: the owners that make up most of any web part's bundle; columns: the web parts' bundles. */
function ownerTable(parts: Breakdown[], rowsPerBundle: number): string[] {
  const shown = new Set<string>();
  for (const { byOwner } of parts) {
    [...byOwner!.entries()].sort((a, b) => b[1] - a[1]).slice(0, rowsPerBundle).forEach(([owner]) => shown.add(owner));
  }
  const total = (byOwner: Map<string, number>): number => [...byOwner.values()].reduce((sum, n) => sum + n, 0);
  const rows = [...shown].sort((a, b) => Math.max(...parts.map((p) => p.byOwner!.get(b) ?? 0)) - Math.max(...parts.map((p) => p.byOwner!.get(a) ?? 0)));
  const cell = (bytes: number, all: number): string => (bytes ? `${kb(bytes)} (${Math.round((100 * bytes) / all)} %)` : '–');
  return [
    `| minified KB (share) | ${parts.map((p) => p.script.name).join(' | ')} |`,
    `|---|${parts.map(() => '--:').join('|')}|`,
    ...rows.map((owner) => `| ${owner} | ${parts.map((p) => cell(p.byOwner!.get(owner) ?? 0, total(p.byOwner!))).join(' | ')} |`),
    `| everything else | ${parts.map((p) => cell(total(p.byOwner!) - rows.reduce((sum, o) => sum + (p.byOwner!.get(o) ?? 0), 0), total(p.byOwner!))).join(' | ')} |`,
    `| **total** (gzip -9) | ${parts.map((p) => `**${kb(p.size.minBytes)}** (${kb(p.size.gzipBytes)})`).join(' | ')} |`
  ];
}

async function main(): Promise<void> {
  const sppkgPath = process.argv[2] ?? SPPKG;
  if (!existsSync(sppkgPath)) throw new Error(`${sppkgPath} is missing: run npm run package first`);
  const all = await breakdowns(sppkgPath);
  const parts = all.filter((b) => !b.script.lazy);
  const unmapped = parts.filter((b) => !b.byOwner).map((b) => b.script.fileName);
  const out = [`Measured ${new Date().toISOString().slice(0, 10)} from ${sppkgPath.slice(ROOT.length + 1)} (KB = 1000 bytes).`, '', ...sizeTable(all), ''];
  if (unmapped.length) {
    out.push(`No source map in dist/ for ${unmapped.join(', ')}: run npm run package again (gulpfile.js asks the ship build for hidden source maps).`);
  } else {
    out.push(...ownerTable(parts, 10));
  }
  console.log(out.join('\n'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
