/**
 * `npm run report` on the demo region, as a coordinator runs it against the site: `--list --json` names the
 * security report plan with its periods; its .docx has a chapter for each of the 14 areas; the internal
 * control plan's report as .docx, .xlsx, .pdf and .html holds every public risk and none of the text of a
 * confidential risk or measure; and LibreOffice (Writer and Calc, where installed) opens the .docx and the
 * .xlsx without complaint and reads the same content back.
 */
import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { promisify } from 'util';
import JSZip from 'jszip';
import { personas } from '../../server/directory/demoDirectory';
import { Store } from '../../src/data/stores';
import { hasLibreOffice, hasTool, libreOfficeToPdf, popplerOn, squash, zipXml } from '../../src/documents/__tests__/externalTools';
import { LocalProduct, startSeededProduct } from './localProduct';

jest.setTimeout(300_000);

const run = promisify(execFile);
const TODAY = '2026-12-01';
let product: LocalProduct;
let store: Store;
let folder: string;
/** What `--list --json` printed. */
let plans: Listed[] = [];

interface Listed { id: string; title: string; kind: string; year: number; periods: Array<{ id: string; name: string }>; snapshots: unknown[] }

/** The CLI as `npm run report` runs it (tsx on the project's Node), against this product. */
async function report(...args: string[]): Promise<string> {
  const { stdout } = await run(join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx'), [join(__dirname, '..', '..', 'tools', 'report.ts'), ...args], {
    env: { ...process.env, SP_SITE_URL: product.siteUrl, SP_EMULATOR_USER: personas.coordinator }, maxBuffer: 16 * 1024 * 1024
  });
  return stdout;
}

async function wordXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
}

function decode(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The XML parts of a .docx or .xlsx, joined, tags kept (the caller strips them). */
const zipText = (file: string): Promise<string> => zipXml(readFileSync(file));

beforeAll(async () => {
  ({ product, store } = await startSeededProduct(TODAY));
  folder = mkdtempSync(join(tmpdir(), 'ik-report-'));
  plans = JSON.parse(await report('--list', '--json')) as Listed[];
});

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await product.app.close();
});

describe('npm run report on the demo region', () => {
  it('lists the plans as JSON, the security report among them with its periods', async () => {
    const security = plans.find((p) => p.kind === 'securityReport');
    expect(security).toMatchObject({ title: 'Säkerhetsberättelse 2026', year: 2026, snapshots: [] });
    expect(security!.periods.length).toBeGreaterThan(0);
    expect(plans.map((p) => p.kind).sort()).toEqual(expect.arrayContaining(['internalControl', 'patientSafety', 'scorecard', 'securityReport']));
  });

  it('writes the security report as .docx with a chapter for each of the 14 areas', async () => {
    const security = plans.find((p) => p.kind === 'securityReport')!;
    const out = join(folder, 'sakerhet.docx');
    await report('--plan', security.id, '--format', 'docx', '--out', out);
    const xml = await wordXml(out);
    const headings2 = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading2"\/>(.*?)<\/w:p>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    const areas = await store.securityAreas.all();
    expect(areas).toHaveLength(14);
    for (const area of areas) expect(headings2).toContain(area.title);
  });

  describe('the internal control plan\'s report', () => {
    const files: Record<string, string> = {};
    let publicRisks: string[] = [];
    let secrets: string[] = [];

    beforeAll(async () => {
      const plan = plans.find((p) => p.kind === 'internalControl' && p.title.includes('2026'))!;
      for (const format of ['docx', 'xlsx', 'pdf', 'html']) {
        files[format] = join(folder, `ik.${format}`);
        await report('--plan', plan.id, '--format', format, '--out', files[format]);
      }
      const items = await store.items.where({ planKey: plan.id });
      const measures = await store.measures.where({ planKey: plan.id });
      const reports = await store.statusReports.where({ planKey: plan.id });
      const secretItems = new Set(items.filter((i) => i.confidential).map((i) => i.key));
      const secretMeasures = measures.filter((m) => m.confidential || secretItems.has(m.itemKey));
      expect(secretItems.size).toBeGreaterThan(0);
      expect(secretMeasures.some((m) => !secretItems.has(m.itemKey))).toBe(true);
      publicRisks = items.filter((i) => !i.confidential).map((i) => i.title);
      secrets = [
        ...items.filter((i) => i.confidential).flatMap((i) => [i.title, i.consequence, i.cause]),
        ...secretMeasures.map((m) => m.title),
        ...reports.filter((r) => secretMeasures.some((m) => m.key === r.measureKey)).map((r) => r.comment)
      ].filter((t) => t.trim().length > 10);
    });

    it('holds every public risk and no confidential text, in every format', async () => {
      const texts: Record<string, string> = {
        docx: await zipText(files.docx), xlsx: await zipText(files.xlsx), html: decode(readFileSync(files.html, 'utf8'))
      };
      // In the order the text is drawn: each table cell's lines together, as a screen reader takes them.
      if (hasTool('pdftotext')) texts.pdf = popplerOn('pdftotext', readFileSync(files.pdf), ['-raw']);
      for (const [format, raw] of Object.entries(texts)) {
        const text = squash(raw.replace(/<[^>]+>/g, ''));
        const holds = (t: string): [string, boolean] => [format, text.includes(squash(t))];
        for (const risk of publicRisks) expect(holds(risk)).toEqual([format, true]);
        for (const secret of secrets) expect(holds(secret)).toEqual([format, false]);
      }
    });

    (hasLibreOffice('docx') && hasTool('pdftotext') ? it : it.skip)('opens in LibreOffice Writer (.docx) and reads the same risks back', () => {
      const text = squash(popplerOn('pdftotext', libreOfficeToPdf(readFileSync(files.docx), 'docx')));
      for (const risk of publicRisks) expect(text).toContain(squash(risk));
    });

    (hasLibreOffice('xlsx') ? it : it.skip)('opens in LibreOffice Calc (.xlsx) and reads the same risks and statuses back', () => {
      const csv = new TextDecoder().decode(libreOfficeToPdf(readFileSync(files.xlsx), 'xlsx', 'csv'));
      expect(csv).toContain('Internkontrollplan 2026 – Regionstyrelsen');
      expect(csv).toContain('Beskrivning av risk');
      for (const risk of publicRisks) expect(csv).toContain(risk);
      for (const secret of secrets) expect(csv).not.toContain(secret);
      for (const word of ['Grön', 'Gul', 'Röd']) expect(csv).toContain(word);
    });
  });
});
