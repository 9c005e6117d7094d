/**
 * What a file really is, from its first bytes rather than its name: a user who renames a PDF to .xlsx,
 * or picks the scanned PNG instead of the CSV, is told what the file is. An Office compound file (OLE2,
 * the container of .xls, .doc and of every password-protected Office file) is told apart by the names of
 * its streams: `EncryptionInfo`/`EncryptedPackage` mean an encrypted (password-protected) workbook.
 */

export type FileKind =
  | 'empty' | 'zip' | 'encryptedOffice' | 'oldExcel' | 'oldWord' | 'oldPowerPoint' | 'compoundFile'
  | 'pdf' | 'png' | 'jpeg' | 'gif' | 'gzip' | 'html' | 'utf16' | 'text' | 'binary';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function ascii(text: string): number[] {
  return text.split('').map((c) => c.charCodeAt(0));
}

/** Whether a 128-byte directory entry at `at` is a stream named `name` (names are UTF-16LE, length in bytes with the NUL). */
function isStreamEntry(bytes: Uint8Array, at: number, name: string): boolean {
  if (bytes[at + 64] !== (name.length + 1) * 2 || bytes[at + 65] !== 0 || bytes[at + 66] !== 2) return false;
  for (let i = 0; i < name.length; i++) {
    if (bytes[at + 2 * i] !== name.charCodeAt(i) || bytes[at + 2 * i + 1] !== 0) return false;
  }
  return true;
}

/**
 * The kind of compound file from its directory entries. Directory sectors are whole sectors after the
 * 512-byte header, so every entry starts at a multiple of 128; looking at those offsets finds the entries
 * without following the sector chains a hostile file could loop.
 */
function compoundFileKind(bytes: Uint8Array): FileKind {
  const found = new Set<string>();
  const names = ['EncryptionInfo', 'EncryptedPackage', 'Workbook', 'Book', 'WordDocument', 'PowerPoint Document'];
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    for (const name of names) if (isStreamEntry(bytes, at, name)) found.add(name);
  }
  if (found.has('EncryptionInfo') || found.has('EncryptedPackage')) return 'encryptedOffice';
  if (found.has('Workbook') || found.has('Book')) return 'oldExcel';
  if (found.has('WordDocument')) return 'oldWord';
  if (found.has('PowerPoint Document')) return 'oldPowerPoint';
  return 'compoundFile';
}

/** UTF-16 without a byte-order mark: every other byte of ASCII text is NUL. */
function looksLikeUtf16(sample: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const half = sample.length / 2;
  return half >= 4 && (odd >= half * 0.4 || even >= half * 0.4) && Math.min(odd, even) <= half * 0.05;
}

/** Control bytes other than tab, line feed, form feed, carriage return and escape: a binary file has many. */
function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control > sample.length * 0.1;
}

function looksLikeHtml(sample: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(sample.subarray(0, 512)).replace(/^\uFEFF?\s*/, '').toLowerCase();
  return head.indexOf('<!doctype html') === 0 || head.indexOf('<html') === 0;
}

export function fileKindOf(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b]) && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return 'zip';
  if (startsWith(bytes, CFB_SIGNATURE)) return compoundFileKind(bytes);
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('GIF8'))) return 'gif';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'utf16';
  const sample = bytes.subarray(0, 4096);
  if (looksLikeUtf16(sample)) return 'utf16';
  if (looksBinary(sample)) return 'binary';
  return looksLikeHtml(sample) ? 'html' : 'text';
}
