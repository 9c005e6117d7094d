/**
 * Size checks before a spreadsheet is handed to exceljs, which inflates the whole archive in memory: an
 * .xlsx shaped zip bomb (a 400 KB file holding a 400 MB worksheet) made the import use ~1.8 GB before it
 * refused (SPFX-NOTES.md). The file itself is capped; the archive's central directory is read without
 * inflating anything (entry count, declared sizes); and, where the platform has `DecompressionStream`
 * (browsers, Node ≥ 18), every deflated entry is inflated as a stream and counted, discarding the bytes,
 * so a forged directory that under-states sizes is caught too. Pure, no dependencies.
 */

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const MAX_ENTRIES = 5000;

export type ArchiveProblem = 'fileTooLarge' | 'unpackedTooLarge' | 'notAnArchive';

interface Entry {
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

/** The central directory's entries, or null when the bytes are not a (non-ZIP64) zip archive. */
function entriesOf(bytes: Uint8Array): Entry[] | null {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD) { eocd = at; break; }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return null;
    entries.push({ method: u16(bytes, at + 10), compressedSize: u32(bytes, at + 20), uncompressedSize: u32(bytes, at + 24), localHeaderOffset: u32(bytes, at + 42) });
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

function dataOf(bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

interface Inflater {
  readable: ReadableStream<Uint8Array>;
  writable: WritableStream<Uint8Array>;
}

type InflaterConstructor = new (format: 'deflate-raw') => Inflater;

/** Inflates one raw-deflate entry as a stream, counting bytes; stops as soon as `budget` is exceeded. */
async function inflatedSize(data: Uint8Array, budget: number, Inflate: InflaterConstructor): Promise<number> {
  const stream = new Inflate('deflate-raw');
  const writer = stream.writable.getWriter();
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > budget) {
        await reader.cancel();
        break;
      }
    }
  } catch {
    // A corrupt entry is exceljs's to report; only the size matters here.
  }
  return total;
}

/** The platform's raw-deflate stream, if it has one (older browsers know only 'deflate' and 'gzip'). */
function rawInflater(): InflaterConstructor | null {
  const Inflate = (globalThis as { DecompressionStream?: InflaterConstructor }).DecompressionStream;
  if (!Inflate) return null;
  try {
    const probe = new Inflate('deflate-raw');
    return probe.readable ? Inflate : null;
  } catch {
    return null;
  }
}

/** Why the archive must not be unpacked, or null when it is within the limits. */
export async function checkArchive(bytes: Uint8Array): Promise<ArchiveProblem | null> {
  if (bytes.length > MAX_FILE_BYTES) return 'fileTooLarge';
  const entries = entriesOf(bytes);
  if (!entries) return 'notAnArchive';
  if (entries.length > MAX_ENTRIES) return 'unpackedTooLarge';
  let declared = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) return 'unpackedTooLarge';
    declared += entry.uncompressedSize;
  }
  if (declared > MAX_UNPACKED_BYTES) return 'unpackedTooLarge';
  const Inflate = rawInflater();
  if (!Inflate) return null;
  let actual = 0;
  for (const entry of entries) {
    if (entry.method !== 8) continue;
    const data = dataOf(bytes, entry);
    if (!data) continue;
    actual += await inflatedSize(data, MAX_UNPACKED_BYTES - actual, Inflate);
    if (actual > MAX_UNPACKED_BYTES) return 'unpackedTooLarge';
  }
  return null;
}
