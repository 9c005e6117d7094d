/**
 * What ships, measured from the solution package (`sharepoint/solution/internkontroll-365.sppkg`, built by
 * `npm run package`): each web part's bundle (`ClientSideAssets/internkontroll-<part>_<hash>.js`) and each
 * lazy chunk (`chunk.<name>_<hash>.js`), minified bytes and gzip -9 bytes. Uses tools/bundleBreakdown.ts's
 * `bundleSizes` when that exists; otherwise reads the package (a zip) itself.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { gzipSync, inflateRawSync } from 'zlib';

export const SPPKG = join(__dirname, '..', 'sharepoint', 'solution', 'internkontroll-365.sppkg');

export interface BundleSize {
  minBytes: number;
  gzipBytes: number;
}

/** The files of a zip archive by name (stored or deflated entries, as the package holds them). */
export function unzip(archive: Buffer): Map<string, Buffer> {
  let end = archive.length - 22;
  while (end >= 0 && archive.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = archive.readUInt16LE(at + 10);
    const compressed = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataStart, dataStart + compressed);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function size(bytes: Buffer): BundleSize {
  return { minBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/** Web parts under their part name (`plan-page`), lazy chunks as `chunk.<name>`. */
export function measureSppkg(path: string): Record<string, BundleSize> {
  const out: Record<string, BundleSize> = {};
  for (const [name, bytes] of unzip(readFileSync(path))) {
    const part = /^ClientSideAssets\/internkontroll-(.+)_[0-9a-f]+\.js$/.exec(name);
    const chunk = /^ClientSideAssets\/(chunk\.[^/]+)_[0-9a-f]+\.js$/.exec(name);
    if (part) out[part[1]] = size(bytes);
    else if (chunk) out[chunk[1]] = size(bytes);
  }
  return out;
}

export interface Bundles {
  source: string;
  builtAt: string;
  sizes: Record<string, BundleSize>;
}

export async function bundles(path = SPPKG): Promise<Bundles | null> {
  if (!existsSync(path)) return null;
  const builtAt = statSync(path).mtime.toISOString();
  const tool = join(__dirname, '..', 'tools', 'bundleBreakdown.ts');
  if (existsSync(tool)) {
    const mod = (await import(tool)) as { bundleSizes?: (p: string) => Record<string, BundleSize> | Promise<Record<string, BundleSize>> };
    if (mod.bundleSizes) return { source: 'tools/bundleBreakdown.ts bundleSizes', builtAt, sizes: await mod.bundleSizes(path) };
  }
  return { source: 'bench/bundles.ts', builtAt, sizes: measureSppkg(path) };
}
