/**
 * `npx tsx tools/hostileCorpus.ts <dir>` (or `npm run corpus -- <dir>`): writes the hostile-input corpus
 * for the import, files that are empty, not spreadsheets, renamed, encrypted, truncated, zip bombs, XML
 * entity bombs, oversized, badly typed, full of formulas or of characters that do not belong, plus
 * `corpus.json` with what each file is and what the import must say about it. Deterministic: no network,
 * no fetched files; every byte is built here (tools/hostileCorpus/) with Node's zlib. A few seconds.
 *
 * `corpusEntries()` lists the files without building them (tests name one test per file from it);
 * `writeCorpus(dir)` builds and writes them. The expected phrases are the Swedish messages' words.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { fileContentEntries } from './hostileCorpus/fileContents';
import { fileShapeEntries } from './hostileCorpus/fileShapes';
import { CorpusEntry, Expectation } from './hostileCorpus/samples';

export type { CorpusEntry, Expectation };

/** Every file of the corpus, in the order they are written. */
export function corpusEntries(): CorpusEntry[] {
  return [...fileShapeEntries(), ...fileContentEntries()];
}

export interface CorpusFile {
  file: string;
  path: string;
  bytes: number;
  problem: string;
  expect: Expectation;
}

/** Builds every file into `dir`, with `corpus.json` beside them; returns what was written. */
export async function writeCorpus(dir: string): Promise<CorpusFile[]> {
  mkdirSync(dir, { recursive: true });
  const written: CorpusFile[] = [];
  for (const entry of corpusEntries()) {
    const bytes = await entry.build();
    const path = join(dir, entry.file);
    writeFileSync(path, bytes);
    written.push({ file: entry.file, path, bytes: bytes.length, problem: entry.problem, expect: entry.expect });
  }
  writeFileSync(join(dir, 'corpus.json'), `${JSON.stringify(written.map(({ path, ...rest }) => rest), null, 2)}\n`);
  return written;
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Användning: npx tsx tools/hostileCorpus.ts <mapp>');
    process.exitCode = 2;
  } else {
    const started = Date.now();
    writeCorpus(dir).then((files) => {
      const total = files.reduce((n, f) => n + f.bytes, 0);
      console.log(`${files.length} filer, ${(total / 1024 / 1024).toFixed(1)} MB, i ${dir} (${Date.now() - started} ms)`);
    }, (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
  }
}
