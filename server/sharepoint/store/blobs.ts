/**
 * The bytes of the files in document libraries, content-addressed: a blob's key is the SHA-256
 * (hex) of its content, so equal contents are stored once and the journal only carries the key.
 *
 * With a data dir, blobs are files `<dataDir>/files/<sha256>`, written through a temp file and a
 * rename before the journal line that refers to them is flushed, so a crash never leaves a
 * reference to missing bytes. Without one (tests), they are kept in memory. Unreferenced blobs are
 * dropped by `retainOnly`: on start (after the journal is compacted) and, in memory, after deletes.
 *
 * Chunked uploads (`startUpload`/`continueUpload`/`finishUpload`) collect their parts here too:
 * on disk they are appended to `<dataDir>/files/uploads/<uploadId>` and hashed as they arrive, so
 * a large upload is never held in memory as a whole.
 */
import { createHash, Hash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface BlobRef {
  hash: string;
  size: number;
}

interface Session {
  /** The UniqueId of the file the upload is for. */
  owner: string;
  hash: Hash;
  size: number;
  /** In memory: the parts so far; on disk: null (they are in the session file). */
  parts: Buffer[] | null;
}

const HEX64 = /^[0-9a-f]{64}$/;

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class BlobStore {
  private readonly dir: string | null;
  private readonly memory = new Map<string, Buffer>();
  private readonly sessions = new Map<string, Session>();

  constructor(dataDir: string | null) {
    this.dir = dataDir === null ? null : path.join(dataDir, 'files');
    if (this.dir !== null) {
      fs.mkdirSync(path.join(this.dir, 'uploads'), { recursive: true });
      // upload sessions do not survive a restart; their parts are garbage
      for (const f of fs.readdirSync(path.join(this.dir, 'uploads'))) fs.rmSync(path.join(this.dir, 'uploads', f), { force: true });
    }
  }

  /** True when blobs are files (deleting one must wait until the journal no longer needs it). */
  get persistent(): boolean {
    return this.dir !== null;
  }

  put(bytes: Buffer): BlobRef {
    const hash = sha256(bytes);
    if (this.dir === null) {
      if (!this.memory.has(hash)) this.memory.set(hash, Buffer.from(bytes));
    } else {
      const file = path.join(this.dir, hash);
      if (!fs.existsSync(file)) {
        const tmp = `${file}.tmp`;
        fs.writeFileSync(tmp, bytes);
        fs.renameSync(tmp, file);
      }
    }
    return { hash, size: bytes.length };
  }

  /** The content, or null if the blob is missing (e.g. the files folder was removed by hand). */
  get(hash: string): Buffer | null {
    if (!HEX64.test(hash)) return null;
    if (this.dir === null) return this.memory.get(hash) ?? null;
    const file = path.join(this.dir, hash);
    return fs.existsSync(file) ? fs.readFileSync(file) : null;
  }

  /** Drops every blob whose hash is not in `keep`. */
  retainOnly(keep: Set<string>): void {
    if (this.dir === null) {
      for (const h of [...this.memory.keys()]) if (!keep.has(h)) this.memory.delete(h);
      return;
    }
    for (const f of fs.readdirSync(this.dir)) {
      if ((HEX64.test(f) && !keep.has(f)) || f.endsWith('.tmp')) fs.rmSync(path.join(this.dir, f), { force: true });
    }
  }

  // ---------------------------------------------------------------- chunked upload sessions

  private sessionFile(id: string): string {
    return path.join(this.dir ?? '', 'uploads', id.replace(/[^0-9a-f-]/gi, ''));
  }

  /** The owner (file UniqueId) of a running session, or null. */
  sessionOwner(id: string): string | null {
    return this.sessions.get(id)?.owner ?? null;
  }

  /** Starts (or restarts) a session with its first part; returns the bytes received so far. */
  startSession(id: string, owner: string, first: Buffer): number {
    this.cancelSession(id);
    const s: Session = { owner, hash: createHash('sha256'), size: 0, parts: this.dir === null ? [] : null };
    this.sessions.set(id, s);
    if (this.dir !== null) fs.writeFileSync(this.sessionFile(id), '');
    return this.appendSession(id, first);
  }

  appendSession(id: string, part: Buffer): number {
    const s = this.sessions.get(id);
    if (!s) throw new Error(`no upload session ${id}`);
    s.hash.update(part);
    s.size += part.length;
    if (s.parts) s.parts.push(Buffer.from(part));
    else fs.appendFileSync(this.sessionFile(id), part);
    return s.size;
  }

  sessionSize(id: string): number {
    return this.sessions.get(id)?.size ?? -1;
  }

  /** Ends the session and stores its content as a blob. */
  finishSession(id: string): BlobRef {
    const s = this.sessions.get(id);
    if (!s) throw new Error(`no upload session ${id}`);
    this.sessions.delete(id);
    const hash = s.hash.digest('hex');
    if (s.parts) {
      if (!this.memory.has(hash)) this.memory.set(hash, Buffer.concat(s.parts));
    } else {
      const target = path.join(this.dir ?? '', hash);
      if (fs.existsSync(target)) fs.rmSync(this.sessionFile(id), { force: true });
      else fs.renameSync(this.sessionFile(id), target);
    }
    return { hash, size: s.size };
  }

  cancelSession(id: string): void {
    if (!this.sessions.delete(id)) return;
    if (this.dir !== null) fs.rmSync(this.sessionFile(id), { force: true });
  }

  /** Cancels the sessions of a file that goes away. */
  cancelSessionsOf(owner: string): void {
    for (const [id, s] of [...this.sessions]) if (s.owner === owner) this.cancelSession(id);
  }
}
