/**
 * Writes zip archives byte by byte for the hostile corpus, so that every lie a hostile archive tells can
 * be told: sizes that under- or over-state the data, encryption flags, compression methods Excel never
 * uses, ZIP64 records, central-directory entries that share one local entry. Deterministic; Node's zlib.
 */
import * as zlib from 'zlib';

const { deflateRawSync } = zlib;

/** Node's own CRC-32 (Node ≥ 20.15 and 22.2); the table-driven one elsewhere. */
export function crc32(bytes: Uint8Array): number {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(bytes) >>> 0;
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    let c = (crc ^ bytes[i]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = c ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

export interface ZipPart {
  name: string;
  data: Uint8Array | string;
  /** 8 (deflate, the default) or 0 (stored); the bytes written are compressed accordingly. */
  method?: 0 | 8;
  /** Already-deflated bytes to store instead of compressing `data` (then `data` only sets the honest size). */
  deflated?: Uint8Array;
  /** The method number written into the headers, when it is to differ from how the data was packed. */
  claimedMethod?: number;
  /** The uncompressed size the headers claim (default: the true size). */
  declaredSize?: number;
  flags?: number;
  /** Write the sizes as ZIP64 (0xFFFFFFFF in the header, the real value in a ZIP64 extra field). */
  zip64?: boolean;
}

export interface ZipOptions {
  /** Claim this many entries in a ZIP64 end record (the entries written stay as given). */
  claimedEntries?: number;
  /** Write the ZIP64 end record and locator even when nothing needs them. */
  zip64End?: boolean;
}

function header(size: number): Buffer {
  return Buffer.alloc(size);
}

function zip64Extra(uncompressed: number, compressed: number): Buffer {
  const extra = header(20);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(16, 2);
  extra.writeBigUInt64LE(BigInt(uncompressed), 4);
  extra.writeBigUInt64LE(BigInt(compressed), 12);
  return extra;
}

function endRecords(count: number, directorySize: number, directoryOffset: number, options: ZipOptions): Buffer[] {
  const claimed = options.claimedEntries ?? count;
  const needs64 = options.zip64End || claimed > 0xffff;
  const end = header(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(needs64 ? 0xffff : claimed, 8);
  end.writeUInt16LE(needs64 ? 0xffff : claimed, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(needs64 ? 0xffffffff : directoryOffset, 16);
  if (!needs64) return [end];
  const record = header(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(claimed), 24);
  record.writeBigUInt64LE(BigInt(claimed), 32);
  record.writeBigUInt64LE(BigInt(directorySize), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = header(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
  locator.writeUInt32LE(1, 16);
  return [record, locator, end];
}

export function zip(parts: ZipPart[], options: ZipOptions = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const content = typeof part.data === 'string' ? utf8(part.data) : Buffer.from(part.data);
    const method = part.method ?? 8;
    const packed = part.deflated ? Buffer.from(part.deflated) : method === 8 ? deflateRawSync(content) : content;
    const name = utf8(part.name);
    const size = part.declaredSize ?? content.length;
    const extra = part.zip64 ? zip64Extra(size, packed.length) : Buffer.alloc(0);
    const fields = (b: Buffer, at: number): void => {
      b.writeUInt16LE(part.zip64 ? 45 : 20, at);
      b.writeUInt16LE(part.flags ?? 0, at + 2);
      b.writeUInt16LE(part.claimedMethod ?? method, at + 4);
      b.writeUInt32LE(crc32(content), at + 10);
      b.writeUInt32LE(part.zip64 ? 0xffffffff : packed.length, at + 14);
      b.writeUInt32LE(part.zip64 ? 0xffffffff : size, at + 18);
      b.writeUInt16LE(name.length, at + 22);
      b.writeUInt16LE(extra.length, at + 24);
    };
    const local = header(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = header(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, extra, packed);
    centrals.push(central, name, extra);
    offset += local.length + name.length + extra.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  return new Uint8Array(Buffer.concat([...locals, directory, ...endRecords(parts.length, directory.length, offset, options)]));
}

/**
 * An archive of `count` central-directory entries that all point at one empty local entry: the shape of
 * an archive with "100,000 tiny files", at about 50 bytes an entry.
 */
export function manyEntries(count: number): Uint8Array {
  const local = header(30 + 1);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(1, 26);
  local.write('a', 30);
  const entries: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const name = utf8(i.toString(36));
    const central = header(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(name.length, 28);
    entries.push(central, name);
  }
  const directory = Buffer.concat(entries);
  return new Uint8Array(Buffer.concat([local, directory, ...endRecords(count, directory.length, local.length, {})]));
}

/** Raw-deflated `megabytes` MB of spaces, compressed in 1 MB steps so that the whole never sits in memory. */
export async function deflatedSpaces(megabytes: number): Promise<Uint8Array> {
  const { createDeflateRaw } = await import('zlib');
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => { deflate.on('end', resolve); deflate.on('error', reject); });
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < megabytes; i++) {
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
