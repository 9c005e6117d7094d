/**
 * Reading regions' plans from Excel and CSV: title rows above the header, Swedish and English headers,
 * statuses as words or only as fill colours, merged risk cells, the municipal control-step format,
 * unknown columns, bad values, and files with no recognisable plan. Asserts the exact JSON the
 * command prints.
 */
import { parseWorkbook } from '../parseWorkbook';
import { ImportResult } from '../types';
import { utcDate, windows1252, xlsx } from './fixtures';

/** The JSON the command prints (`mapping`, `format`, `sheet` and `headerRow` are extra keys). */
function json(result: ImportResult): Pick<ImportResult, 'plan' | 'items' | 'warnings' | 'errors'> {
  const { plan, items, warnings, errors } = result;
  return JSON.parse(JSON.stringify({ plan, items, warnings, errors }));
}

const SEED_HEADERS = [
  'Beskrivning av risk (risken att något \nhänder)',
  'Beskrivning av konsekven (kan leda till att följande \nhänder)',
  'Hantering av risk \n(behålla, begränsa, \neliminera)',
  'Beskrivning av bakomliggande orsaken till \nrisken (varför..? Därför att…)',
  'Åtgärd för att hantera risken',
  'Ansvarig för \ngenomförande',
  'Status',
  'Är åtgärden genomförd? Kommentera status!',
  'Klart senast'
];

describe('a Swedish risk table as regions keep it', () => {
  it('finds the header below title and legend rows, maps headers with line breaks and reads status words', async () => {
    const bytes = await xlsx({
      name: 'RS',
      rows: [
        ['Internkontrollplan 2026 Regionstyrelsen', null, null, null, null, null, 'STATUS'],
        [null, null, null, null, null, null, 'Åtgärd genomförd och klar'],
        ['Strategi för länets utveckling', null, null, null, null, null, 'Åtgärd delvis genomförd och beräknas vara helt genomförd under 2026'],
        SEED_HEADERS,
        ['Saknar resurser för digitaliseringsarbetet', 'Stab- och stödverksamheter kan inte svara upp', 'eliminera', 'Det har inte funnits tillräckliga resurser',
          '10 mkr har inprioriterats till Regionstaben', 'Regionstabschef', 'Grön', 'Medlen har använts i enlighet med målsättningarna.', utcDate('2026-06-30')],
        ['Säkerhetsrisker vid publicering av handlingar', 'Enskilda medborgare drabbas', 'Begränsa', 'Manuell publicering av handlingar.',
          'Beslut i RS om ny rutin', 'EC Sekretariatet', 'delvis', 'Ny rutin infördes under juni.', '2026-09-30'],
        [],
        ['Dålig följsamhet till budget', 'Besparingar i annan verksamhet', 'behålla', 'Historiskt svårt att hålla budget',
          'Kontinuerliga uppföljningar', 'Ekonomidir', 'ej klar', '', '30/11/2026'],
        ['Lägre tillgänglighet till IT-verktyg', 'Driftavbrott', 'begränsa', 'Ej införda lösningar',
          'Ökad införandetakt för investeringar', 'IT- och e-hälsochef', 'Åtgärd inte genomförd eller delvis genomförd och bedöms inte bli klar under 2026', 'Upphandling pågår.', null]
      ]
    });
    const result = await parseWorkbook(bytes, 'plan.xlsx');
    expect(json(result)).toEqual({
      plan: { title: 'Internkontrollplan 2026 Regionstyrelsen', kind: 'internalControl', year: 2026 },
      items: [
        { row: 5, risk: 'Saknar resurser för digitaliseringsarbetet', consequence: 'Stab- och stödverksamheter kan inte svara upp', cause: 'Det har inte funnits tillräckliga resurser',
          handling: 'eliminate', probability: null, consequenceScore: null,
          measures: [{ text: '10 mkr har inprioriterats till Regionstaben', responsible: 'Regionstabschef', status: 'green', comment: 'Medlen har använts i enlighet med målsättningarna.', due: '2026-06-30' }] },
        { row: 6, risk: 'Säkerhetsrisker vid publicering av handlingar', consequence: 'Enskilda medborgare drabbas', cause: 'Manuell publicering av handlingar.',
          handling: 'reduce', probability: null, consequenceScore: null,
          measures: [{ text: 'Beslut i RS om ny rutin', responsible: 'EC Sekretariatet', status: 'yellow', comment: 'Ny rutin infördes under juni.', due: '2026-09-30' }] },
        { row: 8, risk: 'Dålig följsamhet till budget', consequence: 'Besparingar i annan verksamhet', cause: 'Historiskt svårt att hålla budget',
          handling: 'accept', probability: null, consequenceScore: null,
          measures: [{ text: 'Kontinuerliga uppföljningar', responsible: 'Ekonomidir', status: 'red', comment: '', due: '2026-11-30' }] },
        { row: 9, risk: 'Lägre tillgänglighet till IT-verktyg', consequence: 'Driftavbrott', cause: 'Ej införda lösningar',
          handling: 'reduce', probability: null, consequenceScore: null,
          measures: [{ text: 'Ökad införandetakt för investeringar', responsible: 'IT- och e-hälsochef', status: 'red', comment: 'Upphandling pågår.', due: null }] }
      ],
      warnings: [],
      errors: []
    });
    expect(result.format).toBe('riskTable');
    expect(result.headerRow).toBe(4);
    expect(result.mapping).toEqual([
      { column: 'Beskrivning av risk (risken att något händer)', columnIndex: 1, field: 'risk' },
      { column: 'Beskrivning av konsekven (kan leda till att följande händer)', columnIndex: 2, field: 'consequence' },
      { column: 'Hantering av risk (behålla, begränsa, eliminera)', columnIndex: 3, field: 'handling' },
      { column: 'Beskrivning av bakomliggande orsaken till risken (varför..? Därför att…)', columnIndex: 4, field: 'cause' },
      { column: 'Åtgärd för att hantera risken', columnIndex: 5, field: 'measure' },
      { column: 'Ansvarig för genomförande', columnIndex: 6, field: 'responsible' },
      { column: 'Status', columnIndex: 7, field: 'status' },
      { column: 'Är åtgärden genomförd? Kommentera status!', columnIndex: 8, field: 'comment' },
      { column: 'Klart senast', columnIndex: 9, field: 'due' }
    ]);
  });

  it('reads the status from the fill colour alone when the cell has no text', async () => {
    const fills = ['FF00B050', 'FF92D050', 'FFC6EFCE', 'FFFFFF00', 'FFFFC000', 'FFFFEB9C', 'FFFF0000', 'FFC00000', 'FFFFC7CE', 'FFFFFFFF'];
    const bytes = await xlsx({
      name: 'Internkontrollplan 2026',
      rows: [
        ['Risk', 'Åtgärd', 'Ansvarig', 'Status', 'Kommentar'],
        ...fills.map((argb, i) => [`Risk ${i + 1}`, `Åtgärd ${i + 1}`, 'Controller', { fill: argb }, ''])
      ]
    });
    const result = await parseWorkbook(bytes, 'fills.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.plan).toEqual({ title: 'Internkontrollplan 2026', kind: 'internalControl', year: 2026 });
    expect(result.items.map((item) => item.measures[0].status)).toEqual(
      ['green', 'green', 'green', 'yellow', 'yellow', 'yellow', 'red', 'red', 'red', null]);
  });

  it('attaches measures under merged or empty risk cells to the risk above', async () => {
    const bytes = await xlsx({
      rows: [
        ['Internkontrollplan 2026 Hälso- och sjukvårdsnämnden'],
        ['Risk', 'Konsekvens', 'Riskhantering', 'Orsak', 'Åtgärd', 'Ansvarig', 'Status', 'Kommentar', 'Deadline'],
        ['Kompetensbrist', 'Måluppfyllelsen brister', 'begränsa', 'Nationell brist', 'Kompetensförsörjningsaktiviteter', 'HR-direktör', 'gul', 'Pågår', '2026-12-31'],
        [null, null, null, null, 'Omfördelning av befintlig personal', 'HR-direktör', 'grön', '', null],
        [null, null, null, null, 'Prioritering av verksamhet', 'Regiondirektör', { fill: 'FFFF0000' }, 'Ej beslutad', null],
        ['Dålig följsamhet till avtal', 'Risk för vite', 'eliminera', 'Bristande förståelse', 'Mer kontroll att avtal följs', 'Ekonomidirektör', 'klar', '', null],
        ['', '', '', '', 'Uppdrag till ekonomerna', 'Ekonomidirektör', 'pågår', 'Under hösten', null]
      ],
      merges: ['A3:A5', 'B3:B5', 'C3:C5', 'D3:D5']
    });
    const result = await parseWorkbook(bytes, 'merged.xlsx');
    expect(json(result)).toEqual({
      plan: { title: 'Internkontrollplan 2026 Hälso- och sjukvårdsnämnden', kind: 'internalControl', year: 2026 },
      items: [
        { row: 3, risk: 'Kompetensbrist', consequence: 'Måluppfyllelsen brister', cause: 'Nationell brist', handling: 'reduce', probability: null, consequenceScore: null,
          measures: [
            { text: 'Kompetensförsörjningsaktiviteter', responsible: 'HR-direktör', status: 'yellow', comment: 'Pågår', due: '2026-12-31' },
            { text: 'Omfördelning av befintlig personal', responsible: 'HR-direktör', status: 'green', comment: '', due: null },
            { text: 'Prioritering av verksamhet', responsible: 'Regiondirektör', status: 'red', comment: 'Ej beslutad', due: null }
          ] },
        { row: 6, risk: 'Dålig följsamhet till avtal', consequence: 'Risk för vite', cause: 'Bristande förståelse', handling: 'eliminate', probability: null, consequenceScore: null,
          measures: [
            { text: 'Mer kontroll att avtal följs', responsible: 'Ekonomidirektör', status: 'green', comment: '', due: null },
            { text: 'Uppdrag till ekonomerna', responsible: 'Ekonomidirektör', status: 'yellow', comment: 'Under hösten', due: null }
          ] }
      ],
      warnings: [],
      errors: []
    });
  });
});

describe('English headers', () => {
  it('maps English synonyms and status words, with English messages for unknown columns', async () => {
    const bytes = await xlsx({
      rows: [
        ['Internal control plan 2027 – IT department'],
        [],
        ['Risk description', 'Consequence', 'Risk handling', 'Root cause', 'Measure', 'Responsible', 'Status', 'Comment', 'Due date', 'Budget'],
        ['Ransomware attack', 'Systems down for days', 'reduce', 'Unpatched servers', 'Patch monthly', 'CIO', 'green', 'Done in March', '2027-03-31', '100 kkr'],
        ['Key staff leave', 'Knowledge lost', 'accept', 'Small team', 'Document routines', 'IT manager', 'in progress', '', null, ''],
        ['Supplier failure', 'No support', 'eliminate', 'Single supplier', 'Second supplier', 'Procurement lead', 'not started', 'Budget missing', null, '']
      ]
    });
    const result = await parseWorkbook(bytes, 'it.xlsx', { locale: 'en-US' });
    expect(json(result)).toEqual({
      plan: { title: 'Internal control plan 2027 – IT department', kind: 'internalControl', year: 2027 },
      items: [
        { row: 4, risk: 'Ransomware attack', consequence: 'Systems down for days', cause: 'Unpatched servers', handling: 'reduce', probability: null, consequenceScore: null,
          measures: [{ text: 'Patch monthly', responsible: 'CIO', status: 'green', comment: 'Done in March', due: '2027-03-31' }] },
        { row: 5, risk: 'Key staff leave', consequence: 'Knowledge lost', cause: 'Small team', handling: 'accept', probability: null, consequenceScore: null,
          measures: [{ text: 'Document routines', responsible: 'IT manager', status: 'yellow', comment: '', due: null }] },
        { row: 6, risk: 'Supplier failure', consequence: 'No support', cause: 'Single supplier', handling: 'eliminate', probability: null, consequenceScore: null,
          measures: [{ text: 'Second supplier', responsible: 'Procurement lead', status: 'red', comment: 'Budget missing', due: null }] }
      ],
      warnings: [{ row: 3, column: 'Budget', message: 'Unknown column "Budget": it is not imported.' }],
      errors: []
    });
    expect(result.mapping.find((m) => m.column === 'Budget')).toEqual({ column: 'Budget', columnIndex: 10, field: null });
  });
});

describe('the municipal control-step format', () => {
  const headers = ['Process/rutin', 'Risk', 'Sannolikhet', 'Konsekvens', 'Riskvärde', 'Kontrollmoment', 'Kontrollansvarig', 'Metod', 'Frekvens', 'Rapporteras till'];

  it('reads process, scores, control steps and method; a risk value that disagrees is a warning', async () => {
    const bytes = await xlsx({
      rows: [
        ['Internkontrollplan 2026 för socialnämnden'],
        headers,
        ['Inköp', 'Inköp sker utanför avtal', 3, 4, 12, 'Stickprov av 20 fakturor', 'Ekonomichef', 'Stickprov', 'Två gånger per år', 'Socialnämnden'],
        [null, 'Attest saknas', 2, 3, 8, 'Kontroll av attestlistor', 'Controller', 'Registerkontroll', 'Årligen', 'Förvaltningschef'],
        ['Löner', 'Felaktiga löneutbetalningar', '2', '4', '8', 'Avstämning av lönelistor', 'HR-chef', '', 'Månadsvis', '']
      ]
    });
    const result = await parseWorkbook(bytes, 'kontroll.xlsx');
    expect(result.format).toBe('controlSteps');
    expect(json(result)).toEqual({
      plan: { title: 'Internkontrollplan 2026 för socialnämnden', kind: 'internalControl', year: 2026 },
      items: [
        { row: 3, risk: 'Inköp sker utanför avtal', consequence: '', cause: '', handling: null, probability: 3, consequenceScore: 4, process: 'Inköp',
          measures: [{ text: 'Stickprov av 20 fakturor', responsible: 'Ekonomichef', status: null, comment: '', due: null,
            method: 'Stickprov. Frekvens: Två gånger per år. Rapporteras till: Socialnämnden' }] },
        { row: 4, risk: 'Attest saknas', consequence: '', cause: '', handling: null, probability: 2, consequenceScore: 3, process: 'Inköp',
          measures: [{ text: 'Kontroll av attestlistor', responsible: 'Controller', status: null, comment: '', due: null,
            method: 'Registerkontroll. Frekvens: Årligen. Rapporteras till: Förvaltningschef' }] },
        { row: 5, risk: 'Felaktiga löneutbetalningar', consequence: '', cause: '', handling: null, probability: 2, consequenceScore: 4, process: 'Löner',
          measures: [{ text: 'Avstämning av lönelistor', responsible: 'HR-chef', status: null, comment: '', due: null, method: 'Frekvens: Månadsvis' }] }
      ],
      warnings: [{ row: 4, column: 'Riskvärde', message: 'Riskvärdet 8 stämmer inte med sannolikhet × konsekvens (2 × 3 = 6).' }],
      errors: []
    });
    expect(result.mapping.map((m) => m.field)).toEqual(
      ['process', 'risk', 'probability', 'consequenceScore', 'riskValue', 'measure', 'responsible', 'method', 'frequency', 'reportTo']);
  });

  it('makes a patient-safety plan when the title says so', async () => {
    const bytes = await xlsx({ rows: [['Patientsäkerhet – kontrollplan 2026'], headers, ['Läkemedel', 'Fel dos', 2, 4, 8, 'Journalgranskning', 'Chefläkare', 'Granskning', 'Kvartalsvis', 'LSG']] });
    const result = await parseWorkbook(bytes, 'ps.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.plan).toEqual({ title: 'Patientsäkerhet – kontrollplan 2026', kind: 'patientSafety', year: 2026 });
  });
});

describe('validation: all or nothing, every problem with row and column', () => {
  it('reports bad scores, handling words, dates, statuses and risk-less rows; unknown columns are warnings', async () => {
    const bytes = await xlsx({
      rows: [
        ['Internkontrollplan 2026'],
        ['Risk', 'Hantering av risk', 'Sannolikhet', 'Konsekvensgrad', 'Åtgärd', 'Ansvarig', 'Status', 'Klart senast', 'Strategi', 'Internkontrollmål'],
        ['Risk A', 'begränsa', 5, 2, 'Åtgärd A', 'Controller', 'grön', '2026-06-31', 'Strategi för vård', 'c'],
        ['Risk B', 'flytta', 'hög', 2, 'Åtgärd B', 'Controller', 'lila', 'snart', '', ''],
        ['', '', 3, 3, '', '', '', '', '', ''],
        ['Risk C', 'behålla', 'Möjlig', 'Allvarlig', 'Åtgärd C', 'Controller', '', '', '', '']
      ]
    });
    const result = await parseWorkbook(bytes, 'fel.xlsx');
    expect(result.errors).toEqual([
      { row: 3, column: 'Sannolikhet', message: '5 ligger utanför riskmatrisens skala 1–4.' },
      { row: 3, column: 'Klart senast', message: '"2026-06-31" är inte ett datum (skriv t.ex. 2026-06-30).' },
      { row: 4, column: 'Hantering av risk', message: 'Okänd hantering "flytta". Använd behålla, begränsa eller eliminera.' },
      { row: 4, column: 'Sannolikhet', message: '"hög" är inte ett tal.' },
      { row: 4, column: 'Klart senast', message: '"snart" är inte ett datum (skriv t.ex. 2026-06-30).' },
      { row: 4, column: 'Status', message: 'Okänd status "lila". Använd grön, gul eller röd (eller cellens färg).' },
      { row: 5, column: 'Risk', message: 'Risk saknas, men raden har annat innehåll.' }
    ]);
    expect(result.warnings).toEqual([
      { row: 2, column: 'Strategi', message: 'Okänd kolumn "Strategi": den importeras inte.' },
      { row: 2, column: 'Internkontrollmål', message: 'Okänd kolumn "Internkontrollmål": den importeras inte.' }
    ]);
    // Scale labels are understood as well as numbers.
    expect(result.items[2]).toMatchObject({ risk: 'Risk C', probability: 3, consequenceScore: 4 });
  });
});

describe('files with no recognisable plan', () => {
  it('is an error when no header row is found', async () => {
    const bytes = await xlsx({ rows: [['Minnesanteckningar'], ['Vi träffades i tisdags.'], ['Nästa möte', 'fredag']] });
    expect(json(await parseWorkbook(bytes, 'anteckningar.xlsx'))).toEqual({
      plan: null, items: [], warnings: [],
      errors: [{ row: null, column: null, message: 'Filen innehåller ingen igenkännbar plan: ingen rubrikrad med kända kolumner (t.ex. "Risk", "Åtgärd", "Ansvarig", "Status") hittades bland de första 15 raderna.' }]
    });
  });

  it('is an error when the plan has no title, unless one is given; the year must be known', async () => {
    const rows = [['Risk', 'Åtgärd', 'Ansvarig'], ['Risk A', 'Åtgärd A', 'Controller']];
    const bytes = await xlsx({ name: 'Blad1', rows });
    const untitled = await parseWorkbook(bytes, 'utan-titel.xlsx');
    expect(untitled.plan).toBeNull();
    expect(untitled.errors).toEqual([{ row: null, column: null, message: expect.stringContaining('ingen titel') }]);
    const titled = await parseWorkbook(bytes, 'utan-titel.xlsx', { planTitle: 'Internkontrollplan Kultur', year: 2026 });
    expect(titled.errors).toEqual([]);
    expect(titled.plan).toEqual({ title: 'Internkontrollplan Kultur', kind: 'internalControl', year: 2026 });
    const noYear = await parseWorkbook(bytes, 'utan-titel.xlsx', { planTitle: 'Internkontrollplan Kultur' });
    expect(noYear.errors).toEqual([{ row: null, column: null, message: 'Planens år framgår inte av titeln "Internkontrollplan Kultur". Ange året.' }]);
  });

  it('is an error for a file that is not a spreadsheet', async () => {
    const result = await parseWorkbook(new TextEncoder().encode('hej'), 'plan.docx');
    expect(result.errors[0].message).toContain('Filtypen stöds inte');
  });
});

describe('CSV', () => {
  it('reads semicolons, quotes and Swedish characters in Windows-1252', async () => {
    const text = [
      'Internkontrollplan 2026 Miljönämnden;;;;',
      'Risk;Åtgärd;Ansvarig;Status;Kommentar',
      'Utsläpp av växthusgaser;"Införa destruktion; lustgas";Miljöstrateg;gul;"Anläggningen är köpt, ""installeras"" i höst',
      'rad två"',
      'Skadliga ämnen;Riskbedömningar;Miljöstrateg;röd;'
    ].join('\r\n');
    const result = await parseWorkbook(windows1252(text), 'miljö.csv');
    expect(json(result)).toEqual({
      plan: { title: 'Internkontrollplan 2026 Miljönämnden', kind: 'internalControl', year: 2026 },
      items: [
        { row: 3, risk: 'Utsläpp av växthusgaser', consequence: '', cause: '', handling: null, probability: null, consequenceScore: null,
          measures: [{ text: 'Införa destruktion; lustgas', responsible: 'Miljöstrateg', status: 'yellow', comment: 'Anläggningen är köpt, "installeras" i höst\r\nrad två', due: null }] },
        { row: 4, risk: 'Skadliga ämnen', consequence: '', cause: '', handling: null, probability: null, consequenceScore: null,
          measures: [{ text: 'Riskbedömningar', responsible: 'Miljöstrateg', status: 'red', comment: '', due: null }] }
      ],
      warnings: [],
      errors: []
    });
  });

  it('reads UTF-8 with a BOM and commas', async () => {
    const text = '\uFEFFInternkontrollplan 2026 Kulturnämnden,,\nRisk,Åtgärd,Status\nBrand i arkivet,Översyn av brandskydd,grön\n';
    const result = await parseWorkbook(new TextEncoder().encode(text), 'kultur.csv');
    expect(result.errors).toEqual([]);
    expect(result.items).toEqual([{ row: 3, risk: 'Brand i arkivet', consequence: '', cause: '', handling: null, probability: null, consequenceScore: null,
      measures: [{ text: 'Översyn av brandskydd', responsible: '', status: 'green', comment: '', due: null }] }]);
  });
});
