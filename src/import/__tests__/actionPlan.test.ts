/**
 * Reading a patient-safety action plan as seed 002 lays it out: a title, a focus-area heading above each
 * table of Aktivitet | Mål | Metod/Datakälla | Ansvarig (the header repeated per table), several
 * responsible bodies per activity, and a "Fokusområde" column instead of heading rows.
 */
import { parseWorkbook } from '../parseWorkbook';
import { ImportFocusArea, ImportResult } from '../types';
import { xlsx } from './fixtures';

const HEADER = ['Aktivitet', 'Mål', 'Metod/Datakälla', 'Ansvarig'];

function focusAreas(result: ImportResult): ImportFocusArea[] {
  return JSON.parse(JSON.stringify(result.items)) as ImportFocusArea[];
}

describe('an action plan with focus-area heading rows', () => {
  it('groups activities under the heading above them, skips repeated headers and splits several responsible', async () => {
    const bytes = await xlsx({
      rows: [
        ['Handlingsplan för patientsäkerhet 2026'],
        ['Fokusområde 1 - Ökad kunskap om inträffade vårdskador'],
        HEADER,
        ['Ta fram analysresultat av vårdskadeläget', 'Alla verksamheter följer upp händelser', 'Avvikelserapportering i MedControl,\nLex Maria',
          'LSG-patientsäkerhet, \nPatientsäkerhetsteamet \nAlla verksamheter.'],
        ['Patientsäkerhetsutbildning för alla', 'Alla medarbetare har gått utbildningen', 'Socialstyrelsens utbildning', 'HR; Ledningsgrupper'],
        [],
        ['Fokusområde 2 – Tillförlitliga och säkra system och processer'],
        HEADER,
        ['Kvalitetsledningssystem', 'Systemet inkluderar patientsäkerhet', '', 'Patientnämnden och Alla verksamheter'],
        ['Utbildning för IT-chefer', 'Alla har gått', 'Kursregister', 'IT- och e-hälsochef']
      ]
    });
    const result = await parseWorkbook(bytes, 'handlingsplan.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.format).toBe('actionPlan');
    expect(result.plan).toEqual({ title: 'Handlingsplan för patientsäkerhet 2026', kind: 'patientSafety', year: 2026 });
    expect(result.mapping.map((m) => m.field)).toEqual(['activity', 'goal', 'method', 'responsible']);
    expect(focusAreas(result)).toEqual([
      { row: 2, focusArea: 'Ökad kunskap om inträffade vårdskador', code: '1', measures: [
        { text: 'Ta fram analysresultat av vårdskadeläget', goal: 'Alla verksamheter följer upp händelser',
          method: 'Avvikelserapportering i MedControl,\nLex Maria', responsible: 'LSG-patientsäkerhet, \nPatientsäkerhetsteamet \nAlla verksamheter.',
          responsibles: ['LSG-patientsäkerhet', 'Patientsäkerhetsteamet', 'Alla verksamheter'], status: null, comment: '', due: null },
        { text: 'Patientsäkerhetsutbildning för alla', goal: 'Alla medarbetare har gått utbildningen', method: 'Socialstyrelsens utbildning',
          responsible: 'HR; Ledningsgrupper', responsibles: ['HR', 'Ledningsgrupper'], status: null, comment: '', due: null }
      ] },
      { row: 7, focusArea: 'Tillförlitliga och säkra system och processer', code: '2', measures: [
        { text: 'Kvalitetsledningssystem', goal: 'Systemet inkluderar patientsäkerhet', method: '', responsible: 'Patientnämnden och Alla verksamheter',
          responsibles: ['Patientnämnden', 'Alla verksamheter'], status: null, comment: '', due: null },
        { text: 'Utbildning för IT-chefer', goal: 'Alla har gått', method: 'Kursregister', responsible: 'IT- och e-hälsochef', status: null, comment: '', due: null }
      ] }
    ]);
  });

  it('reads status and comment when the plan has been followed up, with row and column in every error', async () => {
    const bytes = await xlsx({
      rows: [
        ['Handlingsplan patientsäkerhet 2026'],
        ['Aktivitet', 'Mål', 'Ansvarig', 'Status', 'Kommentar'],
        ['Journalgranskning', 'Alla avdelningar granskar', 'Chefläkare', 'gul', 'Elva av fjorton avdelningar'],
        ['Fokusområde 3 – Säker vård här och nu'],
        ['Journalgranskning', 'Alla avdelningar granskar', 'Chefläkare', 'lila', ''],
        ['', 'Ett mål utan aktivitet', 'Chefläkare', '', '']
      ]
    });
    const result = await parseWorkbook(bytes, 'uppfoljning.xlsx');
    expect(result.errors).toEqual([
      { row: 3, column: 'Aktivitet', message: expect.stringContaining('står inte under något fokusområde') },
      { row: 5, column: 'Status', message: 'Okänd status "lila". Använd grön, gul eller röd (eller cellens färg).' },
      { row: 6, column: 'Aktivitet', message: 'Aktivitet saknas, men raden har annat innehåll.' }
    ]);
  });

  it('takes the focus area from a "Fokusområde" column, and the same focus area further down is the same item', async () => {
    const bytes = await xlsx({
      rows: [
        ['Handlingsplan 2027'],
        ['Fokusområde', 'Aktivitet', 'Metod/datakälla', 'Ansvarig', 'Klart senast'],
        ['Säker vård här och nu', 'Vårdhygienronder', 'Ronder', 'Vårdhygien', '2027-06-30'],
        ['Stärkt analys', 'Nätverk för händelseanalys', '', 'LSG-patientsäkerhet', ''],
        ['säker vård HÄR och nu', 'Basala hygienrutiner', 'PPM', 'Vårdhygien', '']
      ]
    });
    const result = await parseWorkbook(bytes, 'kolumn.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.format).toBe('actionPlan');
    expect(focusAreas(result).map((f) => [f.focusArea, f.measures.map((m) => m.text)])).toEqual([
      ['Säker vård här och nu', ['Vårdhygienronder', 'Basala hygienrutiner']],
      ['Stärkt analys', ['Nätverk för händelseanalys']]
    ]);
    expect(focusAreas(result)[0].measures[0].due).toBe('2027-06-30');
  });
});
