/**
 * Reading a division's scorecard as seed 003 lays it out: perspective and strategic-goal heading rows,
 * goals whose merged or empty cells continue down, indicators with a target rule, values per period
 * from "Utfall 2025"-style columns with women and men, the computed columns left out, and a "Perspektiv"
 * column instead of heading rows.
 */
import { parseWorkbook } from '../parseWorkbook';
import { ImportGoal, ImportResult } from '../types';
import { xlsx } from './fixtures';

function goals(result: ImportResult): ImportGoal[] {
  return JSON.parse(JSON.stringify(result.items)) as ImportGoal[];
}

describe('a scorecard with heading rows', () => {
  const header = ['Divisionens mål (framgångsfaktorer)', 'Styr- /kontrollmått (Indikator)', 'Mått för målupp-\nfyllelse', 'Måluppfyllelse',
    'Utfall 2024', 'Kvinnor', 'Män', 'Utfall 2025', 'Kvinnor', 'Män', 'Analys 2025'];

  it('reads perspectives, strategic goals, goals, target rules and values by period and sex', async () => {
    const bytes = await xlsx({
      rows: [
        ['Styrkort 2026 Länsteknik'],
        ['Medborgare'],
        ['Regionstyrelsens strategiska mål: Nöjda medborgare'],
        header,
        ['Tillgänglig och stabil teknisk infrastruktur', 'Antal driftavbrott som Länsteknik kan påverka', 'Minska', 'grön', 16, null, null, 14, null, null, 'Färre större störningar'],
        [null, 'Kundnöjdhet (skala 1–5)', 'Öka', '', 4.2, 4.3, 4.1, 4.31, 4.39, 4.27, ''],
        ['Medarbetare'],
        ['Regionstyrelsens strategiska mål: Attraktiv arbetsgivare'],
        header,
        ['God arbetsmiljö, låg sjukfrånvaro', 'Sjukfrånvaro', '≤ 3 %', '', '3,4 %', null, null, '3,8 %', '2,07 %', '4,47 %', 'Korttidsfrånvaron ökar'],
        ['Styrmodellen är dokumenterad', 'Styrmodell', 'Genomförd', '', null, null, null, 'Genomförd', null, null, ''],
        ['Andel certifierade arbetsplatser', 'Certifierade arbetsplatser', '20 %', '', null, null, null, null, null, null, '']
      ],
      merges: ['A5:A6']
    });
    const result = await parseWorkbook(bytes, 'styrkort.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      { row: 4, column: 'Måluppfyllelse', message: 'Kolumnen "Måluppfyllelse" räknas fram ur måttet för måluppfyllelse och utfallen; den importeras inte.' }
    ]);
    expect(result.format).toBe('scorecard');
    expect(result.plan).toEqual({ title: 'Styrkort 2026 Länsteknik', kind: 'scorecard', year: 2026 });
    const read = goals(result);
    expect(read.map((g) => [g.row, g.perspective, g.strategicGoal, g.goal, g.measures.length])).toEqual([
      [5, 'Medborgare', 'Nöjda medborgare', 'Tillgänglig och stabil teknisk infrastruktur', 2],
      [10, 'Medarbetare', 'Attraktiv arbetsgivare', 'God arbetsmiljö, låg sjukfrånvaro', 1],
      [11, 'Medarbetare', 'Attraktiv arbetsgivare', 'Styrmodellen är dokumenterad', 1],
      [12, 'Medarbetare', 'Attraktiv arbetsgivare', 'Andel certifierade arbetsplatser', 1]
    ]);
    expect(read[0].measures[0]).toEqual({
      text: 'Antal driftavbrott som Länsteknik kan påverka', responsible: '', target: { rule: 'decrease', value: null, unit: '', text: 'Minska' },
      unit: '', method: '', splitBySex: false,
      values: [
        { period: 'Utfall 2024', value: 16, women: null, men: null, comment: '' },
        { period: 'Utfall 2025', value: 14, women: null, men: null, comment: 'Färre större störningar' }
      ]
    });
    expect(read[0].measures[1]).toMatchObject({ text: 'Kundnöjdhet (skala 1–5)', splitBySex: true, values: [
      { period: 'Utfall 2024', value: 4.2, women: 4.3, men: 4.1 }, { period: 'Utfall 2025', value: 4.31, women: 4.39, men: 4.27 }
    ] });
    expect(read[1].measures[0]).toMatchObject({ target: { rule: 'atMost', value: 3, unit: '%' }, unit: '%', splitBySex: true, values: [
      { period: 'Utfall 2024', value: 3.4, women: null, men: null }, { period: 'Utfall 2025', value: 3.8, women: 2.07, men: 4.47, comment: 'Korttidsfrånvaron ökar' }
    ] });
    expect(read[2].measures[0]).toMatchObject({ target: { rule: 'done' }, values: [{ period: 'Utfall 2025', value: 1 }] });
    expect(read[3].measures[0]).toMatchObject({ target: { rule: 'atLeast', value: 20, unit: '%' }, values: [] });
  });

  it('makes an unknown target, an unreadable value and an indicator without goal errors on their cells', async () => {
    const bytes = await xlsx({
      rows: [
        ['Styrkort 2026'],
        ['Mål', 'Styrmått', 'Mått för måluppfyllelse', 'Utfall T1'],
        ['', 'Personalomsättning', 'Öka', 5],
        ['Optimal personalomsättning', 'Personalomsättning', 'Nytt mått', 5],
        [null, 'Extra tid', 'Minska', 'mycket'],
        [null, null, '≥ 90 %', 91]
      ]
    });
    const result = await parseWorkbook(bytes, 'fel.xlsx');
    expect(result.errors).toEqual([
      { row: 3, column: 'Mål', message: expect.stringContaining('Målet saknas') },
      { row: 4, column: 'Mått för måluppfyllelse', message: expect.stringContaining('Okänt mått för måluppfyllelse "Nytt mått"') },
      { row: 5, column: 'Utfall T1', message: '"mycket" är inte ett utfall: skriv ett tal, t.ex. 3,8 eller 86 %.' },
      { row: 6, column: 'Styrmått', message: 'Styrmått saknas, men raden har mått för måluppfyllelse eller utfall.' }
    ]);
  });
});

describe('a scorecard with a perspective column', () => {
  it('reads the perspective and strategic goal from columns, periods from qualified women/men columns, and checks totals', async () => {
    const bytes = await xlsx({
      rows: [
        ['Styrkort 2027 Hälso- och sjukvårdsförvaltningen'],
        ['Perspektiv', 'Strategiskt mål', 'Mål', 'Indikator', 'Målvärde', 'Måttenhet', 'Ansvarig', 'Utfall T1', 'Kvinnor T1', 'Män T1', 'Kvinnor T2', 'Män T2'],
        ['Medarbetare', 'Attraktiv arbetsgivare', 'Friska medarbetare', 'Anställda som utsatts för hot', 'högst 400', 'antal', 'HR-direktör, Säkerhetschef', 504, 398, 106, 300, 90],
        ['Medarbetare', 'Attraktiv arbetsgivare', 'Friska medarbetare', 'Sjukfrånvaro', '≤ 5 %', '', 'HR-direktör', 6, 2, 4, null, null]
      ]
    });
    const result = await parseWorkbook(bytes, 'kolumner.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      { row: 4, column: 'Utfall T1', message: 'Utfallet 6 stämmer inte med kvinnor (2) och män (4).' }
    ]);
    const [goal] = goals(result);
    expect(goal).toMatchObject({ perspective: 'Medarbetare', strategicGoal: 'Attraktiv arbetsgivare', goal: 'Friska medarbetare' });
    expect(goal.measures[0]).toMatchObject({
      text: 'Anställda som utsatts för hot', unit: 'antal', target: { rule: 'atMost', value: 400 }, responsibles: ['HR-direktör', 'Säkerhetschef'],
      values: [{ period: 'Utfall T1', value: 504, women: 398, men: 106 }, { period: 'Utfall T2', value: 390, women: 300, men: 90 }]
    });
  });
});
