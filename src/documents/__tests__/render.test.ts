/**
 * The renderers draw a board paper as a real Word document and as an archival PDF/A-2b: checked in the
 * files' own structure (the .docx XML parts, the PDF's bytes) and, where the Debian tools are installed,
 * the way a reader gets them (pdffonts, pdfinfo, pdftotext, LibreOffice opening the .docx).
 */
import JSZip from 'jszip';
import { inflateSync } from 'zlib';
import { CELL_FILLS, documentText, ReportDocument } from '../model';
import { renderDocx } from '../render/docx';
import { renderPdf } from '../render/pdf';
import { hasTool, libreOfficeToPdf, popplerOn, squash } from './externalTools';
import { PROPOSALS, sampleDocument } from './sampleDocument';

const poppler = hasTool('pdffonts') && hasTool('pdfinfo') && hasTool('pdftotext');
const soffice = hasTool('soffice');
const withPoppler = poppler ? test : test.skip;
const withSoffice = soffice && poppler ? test : test.skip;
if (!poppler) console.log('poppler-utils not installed (apt-get install poppler-utils): PDF reader checks skipped');
if (!soffice) console.log('LibreOffice not installed (apt-get install libreoffice-writer-nogui): .docx opening check skipped');

async function parts(docx: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async('string'));
  return out;
}

function decode(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of a WordprocessingML part: paragraphs and line breaks as newlines. */
function wordText(xml: string): string {
  return decode(xml.replace(/<w:br\/>/g, '\n').replace(/<\/w:p>/g, '\n').replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, ''));
}

function expectEveryText(haystack: string, doc: ReportDocument): void {
  const text = squash(haystack);
  const missing = documentText(doc).flatMap((t) => t.split('\n')).map(squash).filter((line) => line !== '' && !text.includes(line));
  expect(missing).toEqual([]);
}

/** The XMP packet, which PDF/A keeps uncompressed, as UTF-8 text. */
function xmpOf(raw: string): string {
  return Buffer.from(raw.slice(raw.indexOf('<?xpacket begin'), raw.indexOf('<?xpacket end')), 'latin1').toString('utf8');
}

/** An entry of the document information dictionary (pdfkit writes each value as an indirect object). */
function infoValue(raw: string, key: string): string | undefined {
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(raw)?.[1];
  return ref === undefined ? undefined : new RegExp(`\\n${ref} 0 obj\\n([^\\n]*)\\nendobj`).exec(raw)?.[1];
}

const tables = (xml: string): string[] => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
const rowsOf = (table: string): string[] => table.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? [];

describe('Word (.docx)', () => {
  let docx: Uint8Array;
  let files: Map<string, string>;
  let body: string;
  beforeAll(async () => {
    docx = await renderDocx(sampleDocument);
    files = await parts(docx);
    body = files.get('word/document.xml') ?? '';
  });

  test('the title and headings are paragraphs in the Title and Heading 1–3 styles', () => {
    const styles = [...body.matchAll(/<w:pStyle w:val="(Title|Heading\d)"\/>/g)].map((m) => m[1]);
    expect(styles).toEqual(['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading1', 'Heading2']);
    expect(files.get('word/styles.xml')).toMatch(/w:styleId="Caption"/);
    expect(body).toMatch(/<w:pStyle w:val="Caption"\/>[\s\S]*?Tabell 1\. Åtgärdernas status/);
  });

  test('only the leading row of each table repeats as a header row', () => {
    const data = tables(body).filter((t) => t.includes('Klar senast'));
    expect(data).toHaveLength(1);
    const rows = rowsOf(data[0]);
    expect(rows).toHaveLength(1 + 60 + 3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).filter((r) => r.includes('w:tblHeader'))).toEqual([]);
    expect(body.match(/w:tblHeader/g)).toHaveLength(1);
  });

  test('status cells are shaded CLEAR with the legend fill and text in its readable colour', () => {
    const red = rowsOf(tables(body).find((t) => t.includes('Klar senast')) ?? '').find((r) => r.includes('>Röd<')) ?? '';
    expect(red).toContain(`<w:shd w:fill="${CELL_FILLS.red.fill}" w:color="auto" w:val="clear"/>`);
    expect(red).toMatch(new RegExp(`<w:color w:val="${CELL_FILLS.red.text}"/>[\\s\\S]*?>Röd<`));
    for (const fill of Object.values(CELL_FILLS)) expect(body).toContain(`w:fill="${fill.fill}" w:color="auto" w:val="clear"`);
    expect(body).not.toMatch(/w:val="solid"/);
  });

  test('a group row is one bold cell spanning every column', () => {
    const group = rowsOf(tables(body).find((t) => t.includes('Klar senast')) ?? '').find((r) => r.includes('Strategi 2')) ?? '';
    expect(group).toContain('<w:gridSpan w:val="7"/>');
    expect(group.match(/<w:tc>/g)).toHaveLength(1);
    expect(group).toContain('<w:b/>');
  });

  test('sections are A4, the landscape one with width and height swapped', () => {
    const sizes = [...body.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(sizes).toHaveLength(3);
    expect(sizes[0]).toMatch(/w:w="11906" w:h="16838"/);
    expect(sizes[1]).toMatch(/w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(sizes[2]).toMatch(/w:w="11906" w:h="16838"/);
  });

  test('ordered lists are real numbering "1." that starts again for each list', () => {
    const numbering = files.get('word/numbering.xml') ?? '';
    const decimal = /<w:abstractNum w:abstractNumId="(\d+)"[^>]*>(?:(?!<\/w:abstractNum>)[\s\S])*?<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%1\."\/>/.exec(numbering);
    expect(decimal).not.toBeNull();
    const numIds = [...numbering.matchAll(/<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)"\/>/g)].filter((m) => m[2] === decimal?.[1]).map((m) => m[1]);
    expect(numIds.length).toBe(2);
    const proposalNum = body.split('</w:p>').filter((p) => PROPOSALS.some((text) => p.includes(text.slice(0, 30)))).map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1]);
    expect(proposalNum).toEqual([numIds[0], numIds[0], numIds[0]]);
    expect(body).toMatch(new RegExp(`<w:numId w:val="${numIds[1]}"/>[\\s\\S]*?Tjänsteskrivelse 2026-05-04`));
  });

  test('every page footer says "Sida X av Y" with PAGE and NUMPAGES fields, the header names organisation and title', () => {
    const footers = [...files.keys()].filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    for (const name of footers) {
      const xml = files.get(name) ?? '';
      expect(xml).toMatch(/>Sida <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*> av <\/w:t>[\s\S]*NUMPAGES/);
      expect(wordText(xml)).toContain('Dnr RS 2026/123');
    }
    const header = files.get('word/header1.xml') ?? '';
    expect(wordText(header)).toContain('Region Norrvik');
    expect(wordText(header)).toContain('Uppföljning av internkontrollplan 2026');
  });

  test('core properties carry title, subject, author, language and the frozen dates; custom ones the Dnr, board and meeting', () => {
    const core = files.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:title>Uppföljning av internkontrollplan 2026</dc:title>');
    expect(core).toContain('<dc:subject>Tjänsteskrivelse: uppföljning per april 2026 &amp; åtgärder</dc:subject>');
    expect(core).toContain('<dc:creator>Åsa Öberg</dc:creator>');
    expect(core).toContain('<dc:language>sv-SE</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-05-04T08:30:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-05-04T08:30:00Z</dcterms:modified>');
    const custom = files.get('docProps/custom.xml') ?? '';
    expect(custom).toMatch(/name="Dnr"><vt:lpwstr>RS 2026\/123<\/vt:lpwstr>/);
    expect(custom).toMatch(/name="Nämnd"><vt:lpwstr>Regionstyrelsen</);
    expect(custom).toMatch(/name="Sammanträdesdatum"><vt:lpwstr>2026-05-20</);
  });

  test('every text of the document is in the body, Swedish characters intact', () => {
    expectEveryText(wordText(body), sampleDocument);
  });

  test('the same document renders to the same bytes, zip entries dated by createdAt', async () => {
    const again = await renderDocx(sampleDocument);
    expect(Buffer.from(again).equals(Buffer.from(docx))).toBe(true);
    const zip = await JSZip.loadAsync(docx);
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect([...dates]).toEqual(['2026-05-04T08:30:00.000Z']);
  });

  test('an English document says "Page X of Y" and names its properties in English', async () => {
    const english = await parts(await renderDocx({ ...sampleDocument, meta: { ...sampleDocument.meta, language: 'en-US' } }));
    expect(english.get('word/footer1.xml')).toMatch(/>Page <\/w:t>[\s\S]*> of <\/w:t>/);
    expect(english.get('docProps/custom.xml')).toMatch(/name="Board"[\s\S]*name="Meeting date"/);
    expect(english.get('word/styles.xml')).toContain('<w:lang w:val="en-US"/>');
  });

  withSoffice('LibreOffice opens it without repair and converts it to PDF with the Dnr and the table', () => {
    const text = squash(popplerOn('pdftotext', libreOfficeToPdf(docx)));
    expect(text).toContain('RS 2026/123');
    expect(text).toContain('Strategi 3 • Säker och tillgänglig vård');
    expect(text).toContain('Kommentar 60: åtgärden är försenad');
    expect(text).toMatch(/Sida 1 av \d+/);
  }, 120_000);
});

describe('archival PDF (PDF/A-2b)', () => {
  let pdf: Uint8Array;
  let raw: string;
  beforeAll(async () => {
    pdf = await renderPdf(sampleDocument);
    raw = Buffer.from(pdf).toString('latin1');
  });

  test('declares PDF/A-2b: version 1.7, sRGB output intent, XMP identification, language and dates', () => {
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(raw).toMatch(/\/S \/GTS_PDFA1/);
    const xmp = xmpOf(raw);
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>|pdfaid:part="2"/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>|pdfaid:conformance="B"/);
    expect(xmp).toContain('<xmp:CreateDate>2026-05-04T08:30:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<xmp:ModifyDate>2026-05-04T08:30:00Z</xmp:ModifyDate>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Uppföljning av internkontrollplan 2026</rdf:li>');
    expect(xmp).toContain('per april 2026 &amp; åtgärder');
    expect(raw).toMatch(/\/Lang \(sv-SE\)|\/Lang <[0-9a-f]+>/i);
    expect(infoValue(raw, 'CreationDate')).toBe('(D:20260504083000Z)');
    expect(infoValue(raw, 'ModDate')).toBe('(D:20260504083000Z)');
  });

  test('uses no standard 14 font: every font is an embedded TrueType subset', () => {
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/);
    expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
  });

  test('is tagged, with headings, lists and tables in its structure', () => {
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R|\/Marked true/);
    for (const type of ['/H1', '/H2', '/H3', '/L', '/LI', '/Lbl', '/Table', '/TH', '/TD', '/Caption']) expect(raw).toContain(`/S ${type}\n`);
  });

  test('the same document renders to the same bytes; other content gets another file identifier', async () => {
    const again = await renderPdf(sampleDocument);
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
    const changed = await renderPdf({ ...sampleDocument, blocks: [...sampleDocument.blocks, { type: 'paragraph', text: 'Tillägg.' }] });
    const id = (s: string): string | undefined => /\/ID \[<([0-9a-f]+)>/.exec(s)?.[1];
    expect(id(raw)).toMatch(/^[0-9a-f]{32}$/);
    expect(id(Buffer.from(changed).toString('latin1'))).not.toEqual(id(raw));
  });

  test('a title with "&" and "<" keeps the XMP packet well-formed and the info title exact', async () => {
    const tricky = await renderPdf({ ...sampleDocument, meta: { ...sampleDocument.meta, title: 'Plan & uppföljning <utkast>' } });
    const xmp = xmpOf(Buffer.from(tricky).toString('latin1'));
    expect(xmp).toContain('Plan &amp; uppföljning &lt;utkast&gt;');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    if (poppler) expect(popplerOn('pdfinfo', tricky)).toMatch(/Title:\s+Plan & uppföljning <utkast>/);
  });

  test('a sign outside the font is written plainly (✓ as x, → as ->), anything else as U+FFFD, never as the .notdef glyph PDF/A forbids', async () => {
    const symbols = await renderPdf({ ...sampleDocument, blocks: [{ type: 'paragraph', text: 'Klart \u2713 \u2192 nästa steg \u{1F44D}\tslut' }] });
    const raw = Buffer.from(symbols).toString('latin1');
    const glyphRuns: string[] = [];
    for (const match of raw.matchAll(/\/Filter \/FlateDecode[^]*?stream\r?\n([^]*?)\r?\nendstream/g)) {
      let content: string;
      try { content = inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1'); } catch { continue; }
      for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) glyphRuns.push(...[...tj[1].matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => m[1]));
    }
    expect(glyphRuns.length).toBeGreaterThan(0);
    expect(glyphRuns.flatMap((hex) => hex.match(/.{4}/g) ?? []).filter((glyph) => glyph === '0000')).toEqual([]);
    if (poppler) expect(squash(popplerOn('pdftotext', symbols))).toContain('Klart x -> nästa steg \uFFFD slut');
  });

  withPoppler('pdffonts: every font is embedded', () => {
    const rows = popplerOn('pdffonts', pdf).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  withPoppler('pdfinfo: the title, A4 pages, more than one page, tagged', () => {
    const info = popplerOn('pdfinfo', pdf);
    expect(info).toMatch(/Title:\s+Uppföljning av internkontrollplan 2026/);
    expect(info).toMatch(/Author:\s+Åsa Öberg/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
  });

  withPoppler('pdftotext: every proposal, the Dnr, every table cell and "Sida 1 av N" come out as text', () => {
    // -raw keeps the drawing order, in which a wrapped cell's lines follow each other.
    const text = popplerOn('pdftotext', pdf, ['-raw']);
    const pages = Number(/Pages:\s+(\d+)/.exec(popplerOn('pdfinfo', pdf))?.[1]);
    for (const proposal of PROPOSALS) expect(squash(text)).toContain(proposal);
    expect(text).toContain('RS 2026/123');
    expect(text).toContain(`Sida 1 av ${pages}`);
    expect(text).toContain(`Sida ${pages} av ${pages}`);
    expectEveryText(text, sampleDocument);
  });

  withPoppler('the table header row is drawn again at the top of every page the table runs onto', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(popplerOn('pdfinfo', pdf))?.[1]);
    const tablePages = Array.from({ length: pages }, (_, i) => i + 1)
      .map((page) => popplerOn('pdftotext', pdf, ['-f', String(page), '-l', String(page)]))
      .filter((text) => /Risk \d+:/.test(text));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const text of tablePages) expect(text).toMatch(/Klar senast[\s\S]*Risk \d+:/);
  });
});

describe('awkward documents', () => {
  const long = Array.from({ length: 120 }, (_, i) => `Mening ${i + 1} om ärendets bakgrund, övervägande och konsekvenser för verksamheten.`).join(' ');
  const awkward: ReportDocument = {
    meta: { ...sampleDocument.meta, title: '', diaryNumber: '', board: '', meetingDate: '', language: 'en-US', footer: '' },
    orientation: 'landscape',
    blocks: [
      { type: 'section', orientation: 'portrait' },
      { type: 'paragraph', text: long },
      { type: 'list', ordered: true, items: [long.slice(0, 3000), [{ text: 'Bold ', bold: true }, { text: 'and italic', italic: true }]] },
      { type: 'table', caption: '', columns: [{ title: 'A', width: 1 }, { title: 'B', width: 0 }, { title: 'C', width: 2, align: 'right' }], rows: [] },
      { type: 'table', caption: 'Spans', columns: [{ title: 'A', width: 1 }, { title: 'B', width: 1 }, { title: 'C', width: 1 }], rows: [
        { cells: [{ text: 'over two', colSpan: 2 }, { text: '' }] },
        { cells: [{ text: 'short row' }] },
        { group: true, cells: [{ text: 'last group, no row after it', fill: 'yellow' }] }
      ] },
      { type: 'facts', rows: [] },
      { type: 'list', ordered: false, items: [] },
      { type: 'pageBreak' }
    ]
  };

  test('render in both formats, with a paragraph running over pages and empty or short tables', async () => {
    const files = await parts(await renderDocx(awkward));
    const body = files.get('word/document.xml') ?? '';
    expect(body.match(/<w:pgSz [^>]*\/>/g)).toEqual(['<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>']);
    expect(body).not.toContain('w:val="Title"');
    expect(files.get('docProps/custom.xml') ?? '').not.toContain('name="Dnr"');
    const short = rowsOf(tables(body).find((t) => t.includes('short row')) ?? '').find((r) => r.includes('short row')) ?? '';
    expect(short.match(/<w:tc>/g)).toHaveLength(3);
    expect(tables(body).find((t) => t.includes('over two'))).toContain('<w:gridSpan w:val="2"/>');

    const pdf = await renderPdf(awkward);
    expect(Buffer.from(pdf).toString('latin1').startsWith('%PDF-1.7')).toBe(true);
    if (poppler) {
      const info = popplerOn('pdfinfo', pdf);
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(2);
      expect(info).toMatch(/Page size:\s+595.28 x 841.89/);
      const text = squash(popplerOn('pdftotext', pdf, ['-raw']));
      expect(text).toContain('Mening 120 om ärendets bakgrund');
      expect(text).toContain('over two');
      expect(text).toContain('Page 1 of');
    }
  });

  test('characters XML cannot carry are dropped from the .docx, emoji and other text kept', async () => {
    const files = await parts(await renderDocx({
      ...sampleDocument,
      meta: { ...sampleDocument.meta, title: 'Plan\u0007 2026' },
      blocks: [{ type: 'paragraph', text: 'Klart \u{1F44D}\u0000 lone \ud800 surrogate\r\nnästa rad' }]
    }));
    const body = files.get('word/document.xml') ?? '';
    // eslint-disable-next-line no-control-regex
    for (const xml of files.values()) expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(wordText(body)).toContain('Klart \u{1F44D} lone  surrogate\nnästa rad');
    expect(files.get('docProps/core.xml')).toContain('<dc:title>Plan 2026</dc:title>');
  });
});

