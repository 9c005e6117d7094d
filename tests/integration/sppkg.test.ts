/**
 * The SharePoint package as the test command builds it (`npm run package` runs before the tests): one bundle
 * per web part, so a page loads only its web part's code; the board page's archival PDF fonts travel inside it as assets that its bundle names, so a tenant's board page makes
 * PDF/A without any other host; the Teams tab's first load stays small and holds no document library's
 * code. Skipped with a note when no package has been built.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { FONT_FILES } from '../../src/documents/render/fonts';
import { bundleSizes, packageScripts } from '../../tools/bundleBreakdown';

const SPPKG = join(__dirname, '..', '..', 'sharepoint', 'solution', 'internkontroll-365.sppkg');
const built = existsSync(SPPKG);
if (!built) console.log('No .sppkg built (npm run package): the package checks are skipped');

(built ? describe : describe.skip)('the SharePoint package', () => {
  it('holds one bundle per web part', async () => {
    const names = Object.keys((await JSZip.loadAsync(readFileSync(SPPKG))).files);
    for (const part of ['plan-page', 'my-follow-ups', 'board-view']) {
      expect([part, names.filter((n) => new RegExp(`^ClientSideAssets/internkontroll-${part}_[0-9a-f]+\\.js$`).test(n)).length]).toEqual([part, 1]);
    }
  });

  it('carries the four Noto Sans faces as assets and the board page\'s bundle names each of them', async () => {
    const zip = await JSZip.loadAsync(readFileSync(SPPKG));
    const names = Object.keys(zip.files);
    const bundles = names.filter((n) => /^ClientSideAssets\/internkontroll-board-view_[0-9a-f]+\.js$/.test(n));
    expect(bundles).toHaveLength(1);
    const bundle = await zip.file(bundles[0])!.async('string');
    for (const file of Object.values(FONT_FILES)) {
      const base = file.slice(file.lastIndexOf('/') + 1, -'.ttf'.length);
      const asset = names.find((n) => new RegExp(`^ClientSideAssets/${base}_[0-9a-f]+\\.ttf$`).test(n));
      expect([base, asset !== undefined]).toEqual([base, true]);
      expect(bundle).toContain(asset!.slice('ClientSideAssets/'.length));
      expect((await zip.file(asset!)!.async('uint8array')).byteLength).toBeGreaterThan(100_000);
    }
  });

  it('keeps the Teams tab\'s bundle (Mina uppföljningar) at most 100 KB gzipped', async () => {
    const tab = (await bundleSizes(SPPKG))['my-follow-ups'];
    expect(tab.gzipBytes).toBeLessThanOrEqual(100_000);
  });

  it('loads no Excel, Word or PDF library with the Teams tab: their code is only in chunks loaded on demand', async () => {
    const scripts = await packageScripts(SPPKG);
    // What the tab loads first: its bundle and the localized strings; not the other web parts' bundles, not the chunks.
    const firstLoad = scripts.filter((s) => !s.lazy && (s.name === 'my-follow-ups' || !['plan-page', 'board-view'].includes(s.name)));
    expect(firstLoad.map((s) => s.name)).toContain('my-follow-ups');
    // Strings of each library's own making that no code of ours writes: a workbook part, a Word document part, a PDF header.
    const markers = { exceljs: 'xl/workbook.xml', docx: 'word/document.xml', pdfkit: '%PDF-' };
    for (const [library, marker] of Object.entries(markers)) {
      // The marker is a real trace of the library in this build …
      expect([library, scripts.some((s) => s.lazy && s.code.includes(marker))]).toEqual([library, true]);
      // … and the tab's first load has none of it.
      expect([library, firstLoad.filter((s) => s.code.includes(marker)).map((s) => s.fileName)]).toEqual([library, []]);
    }
  });
});
