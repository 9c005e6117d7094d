/**
 * The standalone HTML of a board document: valid HTML5 with the document's language, title and case
 * metadata, every text of the document in the body, the title as h1 when the document has none, hostile
 * text shown as text (never as markup, neither in the body nor in the stylesheet), and the same bytes
 * from the same document.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { parse } from 'parse5';
import { documentText, ReportDocument } from '../model';
import { renderHtml } from '../render/html';

const scriptText = '<script>alert(1)</script>';
const attributeBreakout = '"><img src=x onerror=alert(1)>';

const doc: ReportDocument = {
  meta: {
    title: 'Internkontroll 2026 – uppföljning & åtgärder', subject: 'Uppföljning tertial 2', organisation: 'Region Norrvik',
    language: 'sv-SE', diaryNumber: 'RS 2026/0187', board: 'Regionstyrelsen', meetingDate: '2026-10-14', author: 'Maja Lind',
    createdAt: '2026-09-30T08:00:00.000Z', footer: 'Dnr RS 2026/0187 </style><script>alert(2)</script>'
  },
  orientation: 'portrait',
  blocks: [
    { type: 'facts', rows: [{ label: 'Dnr', value: 'RS 2026/0187' }, { label: 'Handläggare', value: 'Maja Lind\n010-123 45 67' }] },
    { type: 'heading', level: 2, text: 'Förslag till beslut' },
    { type: 'list', ordered: true, items: ['att godkänna uppföljningen', [{ text: 'att lägga rapporten ' }, { text: 'till handlingarna', italic: true }]] },
    { type: 'paragraph', text: 'Rad ett\nRad två' },
    { type: 'section', orientation: 'landscape' },
    { type: 'table', caption: 'Status per åtgärd', columns: [{ title: 'Åtgärd', width: 3 }, { title: 'Status', width: 1 }, { title: 'Andel', width: 1, align: 'right' }],
      rows: [
        { group: true, cells: [{ text: 'Strategi 1 – Trygg vård', colSpan: 3 }] },
        { cells: [{ text: scriptText }, { text: 'Röd', fill: 'red' }, { text: '10 %' }] },
        { cells: [{ text: attributeBreakout }, { text: 'Grön', fill: 'green' }, { text: '100 %' }] }
      ] }
  ]
};

function load(html: string): { document: Document; cssErrors: string[] } {
  const cssErrors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error: Error & { detail?: string }) => cssErrors.push(`${error.message}: ${error.detail ?? ''}`));
  return { document: new JSDOM(html, { virtualConsole }).window.document, cssErrors };
}

describe('renderHtml', () => {
  const html = renderHtml(doc);

  it('is a valid HTML5 document in the document’s language', () => {
    const errors: string[] = [];
    parse(html, { onParseError: (error) => errors.push(`${error.code} at ${error.startOffset}`) });
    expect(errors).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="sv-SE"')).toBe(true);
    const { document, cssErrors } = load(html);
    expect(document.documentElement.lang).toBe('sv-SE');
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    // jsdom's CSS parser rejects @page margin boxes, so only the page-box sheet may fail there.
    expect(cssErrors.filter((e) => !e.includes('@bottom-right'))).toEqual([]);
  });

  it('carries the title and the case in the head', () => {
    const { document } = load(html);
    expect(document.title).toBe('Internkontroll 2026 – uppföljning & åtgärder');
    const meta = (name: string): string | null | undefined => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    expect([meta('dnr'), meta('board'), meta('meeting-date'), meta('author'), meta('dcterms.created')])
      .toEqual(['RS 2026/0187', 'Regionstyrelsen', '2026-10-14', 'Maja Lind', '2026-09-30T08:00:00.000Z']);
  });

  it('says every text of the document in the body, the title first as its h1', () => {
    const { document } = load(html);
    const body = document.body.textContent ?? '';
    for (const text of documentText(doc)) {
      for (const line of text.split('\n')) expect(body).toContain(line);
    }
    expect(Array.from(document.querySelectorAll('h1')).map((h) => h.textContent)).toEqual([doc.meta.title]);
    expect(document.querySelector('main .ik-document h1 + dl')).not.toBeNull();
    expect(document.querySelector('h2')?.textContent).toBe('Förslag till beslut');
    expect(document.querySelectorAll('ol > li')).toHaveLength(2);
    expect(document.querySelector('.ik-document__page--landscape table caption')?.textContent).toBe('Status per åtgärd');
  });

  it('adds no second h1 when the document starts with its own level-1 heading', () => {
    const titled: ReportDocument = { ...doc, blocks: [{ type: 'heading', level: 1, text: 'Tjänsteskrivelse' }, ...doc.blocks] };
    const { document } = load(renderHtml(titled));
    expect(Array.from(document.querySelectorAll('h1')).map((h) => h.textContent)).toEqual(['Tjänsteskrivelse']);
  });

  it('shows hostile text in a cell as text, never as an element or attribute', () => {
    const { document } = load(html);
    expect(document.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    const cells = Array.from(document.querySelectorAll('tbody td')).map((td) => td.textContent);
    expect(cells).toContain(scriptText);
    expect(cells).toContain(attributeBreakout);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps hostile footer text inside its CSS string, escaped', () => {
    const { document } = load(html);
    const styles = Array.from(document.querySelectorAll('head style')).map((s) => s.textContent ?? '');
    expect(styles).toHaveLength(2);
    expect(styles[1]).toContain('@bottom-left { content: "Dnr RS 2026/0187 \\3c /style\\3e \\3c script\\3e alert(2)\\3c /script\\3e "');
    expect(styles.join('')).not.toMatch(/[<&]/);
  });

  it('gives the same output for the same document', () => {
    expect(renderHtml(JSON.parse(JSON.stringify(doc)) as ReportDocument)).toBe(html);
    expect(renderHtml(doc)).toBe(html);
  });
});
