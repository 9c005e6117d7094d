/**
 * Test helpers around the Debian tools that read documents the way an archive or a reader would:
 * poppler-utils (pdffonts, pdfinfo, pdftotext) and LibreOffice (soffice). Tests that need one skip
 * with a note when it is not installed.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

export function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

/** Runs a poppler tool on PDF bytes and returns what it prints. */
export function popplerOn(tool: 'pdffonts' | 'pdfinfo' | 'pdftotext', pdf: Uint8Array, args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'ik-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const tail = tool === 'pdftotext' ? [file, '-'] : [file];
    return execFileSync(tool, [...args, ...tail], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether LibreOffice can open the format: Writer for .docx, Calc for .xlsx (Debian packages them apart). */
export function hasLibreOffice(format: 'docx' | 'xlsx'): boolean {
  return hasTool('soffice') && existsSync(`/usr/lib/libreoffice/share/registry/${format === 'docx' ? 'writer' : 'calc'}.xcd`);
}

/** Converts a .docx (or .xlsx) to PDF with headless LibreOffice in a private profile; returns the PDF bytes. */
export function libreOfficeToPdf(document: Uint8Array, format: 'docx' | 'xlsx' = 'docx'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'ik-soffice-'));
  try {
    writeFileSync(join(dir, `document.${format}`), document);
    const result = spawnSync('soffice', [
      `-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, `document.${format}`)
    ], { encoding: 'utf8', timeout: 110_000 });
    if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
    return readFileSync(join(dir, 'document.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace collapsed, so wrapped lines compare equal to the model's text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
