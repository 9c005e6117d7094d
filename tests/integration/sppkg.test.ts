/**
 * The SharePoint package as the test command builds it (`npm run package` runs before the tests): one bundle
 * per web part, so a page loads only its web part's code; the board page's archival PDF fonts travel inside it as assets that its bundle names, so a tenant's board page makes
 * PDF/A without any other host. Skipped with a note when no package has been built.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { FONT_FILES } from '../../src/documents/render/fonts';

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
});
