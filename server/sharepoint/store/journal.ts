/**
 * Persistence: an append-only JSON-lines journal (`<dataDir>/sharepoint.jsonl`).
 *
 * Every change appends one line (a whole list definition, a whole item, a user, or a deletion).
 * Items of document libraries carry their file versions as SHA-256 references; the bytes are in
 * the blob store beside the journal (store/blobs.ts), never in it.
 * Lines are buffered during a request and written with one `writeSync` when the request ends,
 * so a `$batch` of 100 adds costs one write. On start the journal is replayed and rewritten
 * compactly (latest state only, via a temp file + rename), which keeps it small and lets a
 * torn last line from a crash be dropped. Plain files only: no native addons (DESIGN.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ItemRecord, ListMeta, SiteUser } from './model';
import type { SecurityOp } from './security';

export type JournalOp =
  | { op: 'list'; list: ListMeta }
  | { op: 'dropList'; listId: string }
  | { op: 'item'; listId: string; item: ItemRecord }
  | { op: 'dropItem'; listId: string; id: number }
  | { op: 'user'; user: SiteUser }
  /** The site's own lists (the "Documents" library) have been made; not again after a restart. */
  | { op: 'defaults' }
  /** A change to the site's groups, permission levels or role assignments (store/security.ts). */
  | { op: 'security'; change: SecurityOp }
  /** The site's own groups and their assignments have been made; not again after a restart. */
  | { op: 'securityDefaults' }
  | { op: 'reset' };

const FILE = 'sharepoint.jsonl';

export class Journal {
  private fd: number | null = null;
  private pending: string[] = [];
  private readonly file: string | null;

  constructor(dataDir: string | null) {
    this.file = dataDir === null ? null : path.join(dataDir, FILE);
    if (dataDir !== null) fs.mkdirSync(dataDir, { recursive: true });
  }

  /** Reads every complete line of the journal (a torn last line is ignored). */
  load(): JournalOp[] {
    if (this.file === null || !fs.existsSync(this.file)) return [];
    const ops: JournalOp[] = [];
    for (const line of fs.readFileSync(this.file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        ops.push(JSON.parse(line) as JournalOp);
      } catch {
        // a partially written last line after a crash: drop it
      }
    }
    return ops;
  }

  /** Replaces the journal with `ops` (the compacted state) and opens it for appending. */
  rewrite(ops: JournalOp[]): void {
    if (this.file === null) return;
    this.closeFd();
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, ops.map((o) => JSON.stringify(o) + '\n').join(''));
    fs.renameSync(tmp, this.file);
    this.fd = fs.openSync(this.file, 'a');
  }

  append(op: JournalOp): void {
    if (this.file === null) return;
    this.pending.push(JSON.stringify(op) + '\n');
  }

  flush(): void {
    if (this.file === null || this.pending.length === 0) return;
    if (this.fd === null) this.fd = fs.openSync(this.file, 'a');
    fs.writeSync(this.fd, this.pending.join(''));
    this.pending = [];
  }

  close(): void {
    this.flush();
    this.closeFd();
  }

  private closeFd(): void {
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      this.fd = null;
    }
  }
}
