/**
 * Reads a zip archive's central directory without inflating anything: each entry's name, method, flags,
 * declared sizes and where its data lies, ZIP64 records included (a hostile archive uses them to declare
 * sizes beyond 4 GB, or an entry count beyond what any workbook has). Every offset is checked against the
 * file's length, so forged directories end as a named problem, never as a read past the end. Pure.
 */

export interface ZipEntry {
  name: string;
  method: number;
  /** General-purpose flags; bit 0 means the entry is encrypted (a zip password). */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipDirectory =
  | { kind: 'entries'; entries: ZipEntry[] }
  /** Starts like a zip archive but its end (the directory) is missing or points outside the file. */
  | { kind: 'truncated' }
  | { kind: 'notAZip' }
  | { kind: 'tooManyEntries'; count: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

export function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

export function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

/** A 64-bit little-endian size; exact up to 2^53, which is beyond any limit checked here. */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD) return at;
  }
  return -1;
}

interface DirectoryPlace {
  count: number;
  offset: number;
}

/** Where the directory starts and how many entries it claims, from the ZIP64 record when there is one. */
function directoryPlace(bytes: Uint8Array, eocd: number): DirectoryPlace | null {
  const count = u16(bytes, eocd + 10);
  const offset = u32(bytes, eocd + 16);
  const locator = eocd - 20;
  if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR) return { count, offset };
  const record = u64(bytes, locator + 8);
  if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_EOCD) return null;
  return { count: u64(bytes, record + 32), offset: u64(bytes, record + 48) };
}

/** The sizes and offset an entry's ZIP64 extra field supplies for the fields set to their maximum. */
function applyZip64(bytes: Uint8Array, entry: ZipEntry, extraStart: number, extraEnd: number): void {
  let at = extraStart;
  while (at + 4 <= extraEnd) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const end = Math.min(at + 4 + size, extraEnd);
      const next = (): number | null => (field + 8 <= end ? u64(bytes, (field += 8) - 8) : null);
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next() ?? Number.MAX_SAFE_INTEGER;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? Number.MAX_SAFE_INTEGER;
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next() ?? Number.MAX_SAFE_INTEGER;
      return;
    }
    at += 4 + size;
  }
}

function decodeName(bytes: Uint8Array): string {
  // Names are UTF-8 (flag bit 11) or CP437; every name this product looks for is ASCII either way.
  return new TextDecoder('utf-8').decode(bytes);
}

/** The archive's entries, or why they cannot be listed; `maxEntries` is checked before any entry is read. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const eocd = findEndRecord(bytes);
  if (eocd < 0) return startsLikeZip(bytes) ? { kind: 'truncated' } : { kind: 'notAZip' };
  const place = directoryPlace(bytes, eocd);
  if (!place) return { kind: 'truncated' };
  if (place.count > maxEntries) return { kind: 'tooManyEntries', count: place.count };
  const entries: ZipEntry[] = [];
  let at = place.offset;
  for (let i = 0; i < place.count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return { kind: 'truncated' };
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > bytes.length) return { kind: 'truncated' };
    const entry: ZipEntry = {
      name: decodeName(bytes.subarray(nameStart, nameStart + nameLength)),
      method: u16(bytes, at + 10),
      flags: u16(bytes, at + 8),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42)
    };
    applyZip64(bytes, entry, nameStart + nameLength, nameStart + nameLength + extraLength);
    entries.push(entry);
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return { kind: 'entries', entries };
}

/** The entry's stored (possibly deflated) bytes, or null when its local header or data lie outside the file. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}
