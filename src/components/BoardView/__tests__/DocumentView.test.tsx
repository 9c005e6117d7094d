/**
 * DocumentView over a tjänsteskrivelse written for the test: the case header as a description list,
 * the numbered decision points as an ordered list, headings one level below the page's own h1, and the
 * follow-up table in a landscape section as a real table (caption, column headers, one row group per
 * strategy, status fills with readable text, widths and alignment); axe-core finds nothing serious.
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { DocumentView } from '../DocumentView';
import { CELL_FILLS, ReportDocument } from '../../../documents/model';

const doc: ReportDocument = {
  meta: {
    title: 'Uppföljning av internkontrollplan 2026, tertial 2', subject: 'Internkontroll', organisation: 'Region Norrvik',
    language: 'sv-SE', diaryNumber: 'RS 2026/0187', board: 'Regionstyrelsen', meetingDate: '2026-10-14',
    author: 'Maja Lind', createdAt: '2026-09-30T08:00:00Z', footer: 'Dnr RS 2026/0187'
  },
  orientation: 'portrait',
  blocks: [
    { type: 'heading', level: 1, text: 'Uppföljning av internkontrollplan 2026, tertial 2' },
    { type: 'facts', rows: [
      { label: 'Nämnd', value: 'Regionstyrelsen' },
      { label: 'Sammanträdesdatum', value: '2026-10-14' },
      { label: 'Dnr', value: 'RS 2026/0187' },
      { label: 'Handläggare', value: 'Maja Lind\nEnheten för verksamhetsstyrning' }
    ] },
    { type: 'heading', level: 2, text: 'Förslag till beslut' },
    { type: 'paragraph', text: 'Regionstyrelsen beslutar' },
    { type: 'list', ordered: true, items: [
      'att godkänna uppföljningen av internkontrollplanen för tertial 2, och',
      [{ text: 'att ge regiondirektören i uppdrag att ' }, { text: 'senast i december', bold: true }, { text: ' redovisa de åtgärder som inte är klara.' }]
    ] },
    { type: 'heading', level: 2, text: 'Sammanfattning' },
    { type: 'paragraph', text: 'Av 14 åtgärder är 9 genomförda.\nTre är delvis genomförda och två är försenade.' },
    { type: 'paragraph', style: 'note', text: [{ text: 'Underlaget bygger på inrapporterad status per den 31 augusti.', italic: true }] },
    { type: 'section', orientation: 'landscape' },
    { type: 'heading', level: 2, text: 'Bilaga 1. Uppföljning per strategi' },
    { type: 'table', caption: 'Åtgärdernas status per strategi, tertial 2',
      columns: [
        { title: 'Risk', width: 3 }, { title: 'Åtgärd', width: 4 }, { title: 'Ansvarig', width: 2 },
        { title: 'Status', width: 1, align: 'center' }, { title: 'Klart (%)', width: 1, align: 'right' }, { title: 'Kommentar', width: 4 }
      ],
      rows: [
        { group: true, cells: [{ text: 'Strategi 1 – En säker och tillgänglig vård', colSpan: 6 }] },
        { cells: [{ text: 'Felaktig läkemedelshantering' }, { text: 'Stickprov av läkemedelsrum' }, { text: 'Chefläkare' },
          { text: 'Grön', fill: 'green' }, { text: '100' }, { text: 'Genomfört i alla förvaltningar.' }] },
        { cells: [{ text: 'Bristande informationssäkerhet' }, { text: 'Utbildning i informationssäkerhet' }, { text: 'IT-chef' },
          { text: 'Gul', fill: 'yellow' }, { text: '60' }, { text: 'Klart före årsskiftet.' }] },
        { group: true, cells: [{ text: 'Strategi 2 – God ekonomisk hushållning', colSpan: 6 }] },
        { cells: [{ text: 'Avtalstrohet vid inköp', bold: true }, { text: 'Granskning av direktupphandlingar' }, { text: 'Upphandlingschef' },
          { text: 'Röd', fill: 'red' }, { text: '20' }, { text: 'Försenad, saknar resurser.', italic: true }] },
        { cells: [{ text: 'Ej bedömd risk' }, { text: 'Ny rutin för attest' }, { text: 'Ekonomidirektör' },
          { text: 'Ej rapporterad', fill: 'grey' }, { text: '' }, { text: 'Ingen rapport inkommen', colSpan: 1 }] }
      ] },
    { type: 'section', orientation: 'portrait' },
    { type: 'heading', level: 2, text: 'Beslutsunderlag' },
    { type: 'list', ordered: false, items: ['Tjänsteskrivelse 2026-09-30', 'Bilaga 1. Uppföljning per strategi'] }
  ]
};

// jsdom's CSS parser knows no @page margin boxes and says so for the page style element (kept apart
// from the main stylesheet for this reason); any other console error fails the test.
let consoleErrors: string[] = [];
beforeEach(() => {
  consoleErrors = [];
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const message = args.map((a) => `${String(a)} ${String((a as { detail?: unknown })?.detail ?? '')}`).join(' ');
    if (!(message.includes('Could not parse CSS stylesheet') && message.includes('@bottom-right'))) consoleErrors.push(message);
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  expect(consoleErrors).toEqual([]);
});

function renderDocument(headingOffset?: number): HTMLElement {
  return render(<><h1>Regionstyrelsens handlingar</h1><DocumentView doc={doc} headingOffset={headingOffset} /></>).container;
}

async function seriousFindings(container: HTMLElement): Promise<string[]> {
  // jsdom has no layout, so contrast is measured by the Chromium print test and by the CELL_FILLS check below.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** WCAG 2.x contrast ratio of two hex colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('DocumentView', () => {
  it('puts the document’s headings one level below the page’s own h1', () => {
    renderDocument();
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Regionstyrelsens handlingar']);
    expect(screen.getByRole('heading', { level: 2, name: 'Uppföljning av internkontrollplan 2026, tertial 2' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent))
      .toEqual(['Förslag till beslut', 'Sammanfattning', 'Bilaga 1. Uppföljning per strategi', 'Beslutsunderlag']);
  });

  it('keeps the document’s own levels with heading offset 0', () => {
    render(<DocumentView doc={doc} headingOffset={0} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Uppföljning av internkontrollplan 2026, tertial 2');
  });

  it('shows the case header as label–value pairs of a description list, line breaks kept', () => {
    const container = renderDocument();
    const list = container.querySelector('dl.ik-document__facts') as HTMLElement;
    expect(Array.from(list.querySelectorAll('dt')).map((dt) => dt.textContent)).toEqual(['Nämnd', 'Sammanträdesdatum', 'Dnr', 'Handläggare']);
    const contact = list.querySelectorAll('dd')[3];
    expect(contact.querySelector('br')).not.toBeNull();
    expect(contact.textContent).toBe('Maja LindEnheten för verksamhetsstyrning');
  });

  it('numbers the decision points in an ordered list, the bold run emphasised', () => {
    const container = renderDocument();
    const ordered = container.querySelector('ol') as HTMLElement;
    const items = within(ordered).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'att godkänna uppföljningen av internkontrollplanen för tertial 2, och',
      'att ge regiondirektören i uppdrag att senast i december redovisa de åtgärder som inte är klara.'
    ]);
    expect(items[1].querySelector('strong')?.textContent).toBe('senast i december');
    expect(container.querySelectorAll('ul > li')).toHaveLength(2);
  });

  it('draws the follow-up table with its caption, column headers and one row group per strategy', () => {
    renderDocument();
    const table = screen.getByRole('table', { name: 'Åtgärdernas status per strategi, tertial 2' });
    expect(table.querySelector('caption')?.textContent).toBe('Åtgärdernas status per strategi, tertial 2');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((th) => th.textContent)).toEqual(['Risk', 'Åtgärd', 'Ansvarig', 'Status', 'Klart (%)', 'Kommentar']);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const groups = within(table).getAllByRole('rowgroup');
    expect(groups).toHaveLength(3); // thead + one tbody per strategy
    const strategies = within(table).getAllByRole('rowheader');
    expect(strategies.map((th) => [th.textContent, th.getAttribute('scope'), th.getAttribute('colspan')])).toEqual([
      ['Strategi 1 – En säker och tillgänglig vård', 'rowgroup', '6'],
      ['Strategi 2 – God ekonomisk hushållning', 'rowgroup', '6']
    ]);
    expect(within(groups[1]).getAllByRole('row')).toHaveLength(3);
    expect(within(groups[2]).getByRole('cell', { name: 'Avtalstrohet vid inköp' }).querySelector('strong')).not.toBeNull();
  });

  it('fills status cells with the legend colour and its readable text colour, the text naming the status', () => {
    renderDocument();
    const expected: Array<[string, keyof typeof CELL_FILLS]> = [['Grön', 'green'], ['Gul', 'yellow'], ['Röd', 'red'], ['Ej rapporterad', 'grey']];
    for (const [text, fill] of expected) {
      const cell = screen.getByRole('cell', { name: text });
      const probe = document.createElement('span');
      probe.style.backgroundColor = `#${CELL_FILLS[fill].fill}`;
      probe.style.color = `#${CELL_FILLS[fill].text}`;
      expect([cell.style.backgroundColor, cell.style.color]).toEqual([probe.style.backgroundColor, probe.style.color]);
      expect(cell.className).toContain(`ik-document__fill--${fill}`);
      expect(contrast(CELL_FILLS[fill].fill, CELL_FILLS[fill].text)).toBeGreaterThanOrEqual(4.5);
    }
    expect(screen.getByRole('cell', { name: 'Stickprov av läkemedelsrum' }).getAttribute('style')).toBeNull();
  });

  it('sizes the columns from their relative widths and right-aligns the numbers', () => {
    const container = renderDocument();
    const widths = Array.from(container.querySelectorAll('col')).map((col) => col.style.width);
    expect(widths).toEqual(['20%', '26.67%', '13.33%', '6.67%', '6.67%', '26.67%']);
    expect(screen.getByRole('columnheader', { name: 'Klart (%)' }).className).toBe('ik-document__align--right');
    expect(screen.getByRole('cell', { name: '60' }).className).toBe('ik-document__align--right');
    expect(screen.getByRole('cell', { name: 'Grön' }).className).toContain('ik-document__align--center');
  });

  it('puts the attachment in a landscape page of its own and returns to portrait after it', () => {
    const container = renderDocument();
    const pages = Array.from(container.querySelectorAll('.ik-document__page'));
    expect(pages.map((p) => p.className.replace('ik-document__page ik-document__page--', ''))).toEqual(['portrait', 'landscape', 'portrait']);
    expect(pages[1].querySelector('table')).not.toBeNull();
    expect(container.querySelector('.ik-document')?.getAttribute('lang')).toBe('sv-SE');
    expect(container.querySelector('style')?.textContent).toContain('@page ik-landscape { size: A4 landscape; }');
  });

  it('has no serious or critical accessibility findings', async () => {
    const container = renderDocument();
    expect(await seriousFindings(container)).toEqual([]);
  });
});
