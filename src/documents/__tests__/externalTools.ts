/**
 * Test helpers around the Debian tools that read documents the way an archive or a reader would:
 * poppler-utils (pdffonts, pdfinfo, pdftotext) and LibreOffice (soffice). Tests that need one skip
 * with a note when it is not installed.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';

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

/**
 * Opens a .docx (or .xlsx) in headless LibreOffice with a private profile and saves it as PDF (or, for a
 * workbook, CSV: the cells' text exactly as Calc read it, in UTF-8); returns the bytes.
 */
export function libreOfficeToPdf(document: Uint8Array, format: 'docx' | 'xlsx' = 'docx', target: 'pdf' | 'csv' = 'pdf'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'ik-soffice-'));
  try {
    writeFileSync(join(dir, `document.${format}`), document);
    // CSV filter options: comma, double quote, UTF-8 (76), first line 1.
    const convertTo = target === 'csv' ? 'csv:Text - txt - csv (StarCalc):44,34,76,1' : 'pdf';
    const result = spawnSync('soffice', [
      `-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', convertTo, '--outdir', dir, join(dir, `document.${format}`)
    ], { encoding: 'utf8', timeout: 110_000 });
    if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
    return readFileSync(join(dir, `document.${target}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace collapsed, so wrapped lines compare equal to the model's text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every XML part of a .docx or .xlsx, joined: the text a test searches, tags and all. */
export async function zipXml(document: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(document);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string')));
  return parts.join('\n');
}
