/**
 * A board snapshot: the masked board data, the tjänsteskrivelse and the facts of the publication, frozen as
 * canonical JSON (keys sorted, no whitespace) whose SHA-256 identifies it. The bytes are what is stored and
 * what the hash is taken of; reading a snapshot checks its size, shape and hash before anything is shown.
 * Web Crypto does the hashing, so browser and Node compute the same value with the same code.
 */
import { CaseDocument, IsoDate, IsoDateTime } from '../model/types';
import { BoardData } from './boardData';

export const SNAPSHOT_FORMAT = 'internkontroll365/board-snapshot@1';
/** Far above any plan's frozen data (a region's 10,000 measures are a few MB); a larger file is refused unread. */
export const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;

/** A publication's key as `snapshotKeyOf` writes it (`snapshot:<dnr>:v<n>`): what a link from outside may name. */
export function isSnapshotKey(value: string): boolean {
  return /^snapshot:[^\s:"*<>?/\\|#%]{1,120}:v\d{1,6}$/.test(value);
}

export interface SnapshotFacts {
  key: string;
  version: number;
  diaryNumber: string;
  board: string;
  meetingDate: IsoDate | null;
  publishedAt: IsoDateTime;
  /** The publisher's display name. */
  publishedBy: string;
  locale: 'sv-SE' | 'en-US';
  /** The organisation named in the documents' running header. */
  organisation: string;
}

export interface BoardSnapshot extends SnapshotFacts {
  format: typeof SNAPSHOT_FORMAT;
  data: BoardData;
  /** The tjänsteskrivelse as published, without its draft bookkeeping. */
  caseDocument: CaseDocument;
  hasConfidentialAppendix: boolean;
}

/** JSON with every object's keys in code-point order and undefined members left out: one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('A snapshot cannot hold a non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>).sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface EncodedSnapshot {
  bytes: Uint8Array;
  sha256: string;
}

export async function encodeSnapshot(snapshot: BoardSnapshot): Promise<EncodedSnapshot> {
  const bytes = new TextEncoder().encode(canonicalJson(snapshot));
  return { bytes, sha256: await sha256Hex(bytes) };
}

export class SnapshotError extends Error {
  constructor(public readonly reason: 'tooLarge' | 'notJson' | 'wrongFormat' | 'hashMismatch', message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

/**
 * Reads a stored snapshot: refuses it unread when too large, then checks the hash (when one is expected)
 * before parsing, then the format and the parts every reader relies on.
 */
export async function decodeSnapshot(bytes: Uint8Array, expectedSha256?: string): Promise<BoardSnapshot> {
  if (bytes.byteLength > MAX_SNAPSHOT_BYTES) throw new SnapshotError('tooLarge', `The snapshot is ${bytes.byteLength} bytes, more than ${MAX_SNAPSHOT_BYTES}`);
  if (expectedSha256 !== undefined) {
    const actual = await sha256Hex(bytes);
    if (actual !== expectedSha256.toLowerCase()) throw new SnapshotError('hashMismatch', `The snapshot's SHA-256 is ${actual}, the record says ${expectedSha256}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SnapshotError('notJson', 'The snapshot is not UTF-8 JSON');
  }
  const s = parsed as Partial<BoardSnapshot> | null;
  const ok = s !== null && typeof s === 'object' && s.format === SNAPSHOT_FORMAT && typeof s.key === 'string'
    && typeof s.data === 'object' && s.data !== null && typeof s.data.plan === 'object' && Array.isArray(s.data.items)
    && Array.isArray(s.data.measures) && Array.isArray(s.data.reports) && Array.isArray(s.data.periods)
    && typeof s.caseDocument === 'object' && s.caseDocument !== null;
  if (!ok) throw new SnapshotError('wrongFormat', `The file is not a board snapshot (${SNAPSHOT_FORMAT})`);
  return s as BoardSnapshot;
}

/** True when the bytes are the snapshot the hash names. */
export async function verifySnapshot(bytes: Uint8Array, sha256: string): Promise<boolean> {
  return (await sha256Hex(bytes)) === sha256.toLowerCase();
}
