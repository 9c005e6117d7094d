/**
 * A realistic Swedish board paper for the renderer tests: a tjänsteskrivelse header as facts, numbered
 * proposals, a landscape section with a follow-up table of 60 measures that runs over several pages,
 * group rows per strategy, every status fill, and text with å, ä, ö, é, dashes and bullets.
 */
import { CellFill, ReportDocument, TableRow } from '../model';

const STRATEGIES = ['Strategi 1 – Hållbar ekonomi & styrning', 'Strategi 2 — Kompetensförsörjning', 'Strategi 3 • Säker och tillgänglig vård'];
const FILLS: CellFill[] = ['green', 'yellow', 'red', 'grey'];
const STATUS: Record<CellFill, string> = { green: 'Grön', yellow: 'Gul', red: 'Röd', grey: 'Ej rapporterad' };

export const PROPOSALS = [
  'att godkänna uppföljningen av internkontrollplanen 2026 per den 30 april,',
  'att uppdra åt regiondirektören att återrapportera de röda åtgärderna till sammanträdet i juni,',
  'att förklara paragrafen omedelbart justerad.'
];

function measureRows(): TableRow[] {
  const rows: TableRow[] = [];
  for (let n = 1; n <= 60; n++) {
    if (n % 20 === 1) rows.push({ group: true, cells: [{ text: STRATEGIES[Math.floor(n / 20)] }] });
    const fill = FILLS[n % FILLS.length];
    rows.push({
      cells: [
        { text: `R${String(n).padStart(2, '0')}` },
        { text: `Risk ${n}: bristande följsamhet till rutinen för åtgärd ${n} på enhet Östra länsdelen` },
        { text: n % 7 === 0 ? `Åtgärd ${n}: genomgång av behörigheter\nmed uppföljning i ledningsgrupp` : `Åtgärd ${n}: utbildning för chefer` },
        { text: n % 3 === 0 ? 'Förvaltningschef Hälso- och sjukvård' : 'Ekonomidirektör' },
        { text: `2026-${String((n % 12) + 1).padStart(2, '0')}-28` },
        { text: STATUS[fill], fill, bold: fill === 'red' },
        { text: n % 5 === 0 ? `Kommentar ${n}: åtgärden är försenad på grund av vakanser; ny plan tas fram före sommaren.` : `Kommentar ${n}: enligt plan.` }
      ]
    });
  }
  return rows;
}

export const sampleDocument: ReportDocument = {
  meta: {
    title: 'Uppföljning av internkontrollplan 2026',
    subject: 'Tjänsteskrivelse: uppföljning per april 2026 & åtgärder',
    organisation: 'Region Norrvik',
    language: 'sv-SE',
    diaryNumber: 'RS 2026/123',
    board: 'Regionstyrelsen',
    meetingDate: '2026-05-20',
    author: 'Åsa Öberg',
    createdAt: '2026-05-04T08:30:00Z',
    footer: 'Dnr RS 2026/123'
  },
  orientation: 'portrait',
  blocks: [
    { type: 'facts', rows: [
      { label: 'Nämnd', value: 'Regionstyrelsen' },
      { label: 'Sammanträdesdatum', value: '2026-05-20' },
      { label: 'Dnr', value: 'RS 2026/123' },
      { label: 'Handläggare', value: 'Åsa Öberg, controller\nRegionkontoret, Ekonomistaben' }
    ] },
    { type: 'heading', level: 1, text: 'Förslag till beslut' },
    { type: 'paragraph', text: 'Regionstyrelsen beslutar' },
    { type: 'list', ordered: true, items: PROPOSALS },
    { type: 'heading', level: 2, text: 'Sammanfattning' },
    { type: 'paragraph', text: [
      { text: 'Uppföljningen visar att ' }, { text: '41 av 60', bold: true },
      { text: ' åtgärder är genomförda eller på väg att bli det. Fyra åtgärder bedöms ' }, { text: 'inte', italic: true },
      { text: ' bli klara under året – se tabellen i bilagan.' }
    ] },
    { type: 'heading', level: 3, text: 'Jämställdhet' },
    { type: 'paragraph', text: 'Utbildningen har nått 398 kvinnor och 106 män.\nAndelen kvinnor motsvarar personalsammansättningen.' },
    { type: 'list', ordered: false, items: ['Ekonomiska konsekvenser: inga utöver budget', 'Barnperspektiv: berörs inte'] },
    { type: 'paragraph', style: 'note', text: 'Statusfärgerna anges också i klartext: ingen betydelse enbart genom färg.' },
    { type: 'section', orientation: 'landscape' },
    { type: 'heading', level: 1, text: 'Bilaga: åtgärder per strategi' },
    {
      type: 'table',
      caption: 'Tabell 1. Åtgärdernas status per den 30 april 2026',
      columns: [
        { title: 'Nr', width: 0.6 }, { title: 'Risk', width: 3 }, { title: 'Åtgärd', width: 2.6 }, { title: 'Ansvarig', width: 1.8 },
        { title: 'Klar senast', width: 1.2, align: 'center' }, { title: 'Status', width: 1.2, align: 'center' }, { title: 'Kommentar', width: 3 }
      ],
      rows: measureRows()
    },
    { type: 'section', orientation: 'portrait' },
    { type: 'heading', level: 2, text: 'Beslutsunderlag' },
    { type: 'list', ordered: true, items: ['Tjänsteskrivelse 2026-05-04', 'Uppföljningsrapport internkontroll 2026, april'] },
    { type: 'pageBreak' },
    { type: 'paragraph', style: 'small', text: 'Expedieras till: Regiondirektören, Ekonomidirektören' }
  ]
};
