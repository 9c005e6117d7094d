/**
 * The import's warnings and errors in Swedish (default) and English. Each names the column by the
 * header text the user wrote, so the message can be matched to the file without the mapping table.
 */
import { Locale } from '../model/statusLegend';

export interface ImportMessages {
  noHeaderRow: string;
  noPlanTitle: string;
  noYear: (title: string) => string;
  emptyFile: string;
  unreadableFile: (reason: string) => string;
  unsupportedFile: (fileName: string) => string;
  unknownColumn: (column: string) => string;
  duplicateColumn: (column: string, other: string) => string;
  noRiskColumn: string;
  noItems: string;
  riskMissing: string;
  continuationWithoutRisk: string;
  continuationDiffers: string;
  measureMissing: string;
  notANumber: (value: string) => string;
  outOfScale: (value: string, min: number, max: number) => string;
  unknownHandling: (value: string) => string;
  unknownStatus: (value: string) => string;
  statusWordAndFillDisagree: (word: string, fill: string) => string;
  notADate: (value: string) => string;
  riskValueDisagrees: (value: number, probability: number, consequence: number) => string;
  methodLabel: string;
  frequencyLabel: string;
  reportToLabel: string;
  statusNames: Record<'green' | 'yellow' | 'red', string>;
}

export const importMessages: Record<Locale, ImportMessages> = {
  'sv-SE': {
    noHeaderRow: 'Filen innehåller ingen igenkännbar plan: ingen rubrikrad med kända kolumner (t.ex. "Risk", "Åtgärd", "Ansvarig", "Status") hittades bland de första 15 raderna.',
    noPlanTitle: 'Filen innehåller ingen igenkännbar plan: ingen titel (t.ex. "Internkontrollplan 2026 Regionstyrelsen") ovanför rubrikraden. Ange planens namn.',
    noYear: (title) => `Planens år framgår inte av titeln "${title}". Ange året.`,
    emptyFile: 'Filen är tom.',
    unreadableFile: (reason) => `Filen kunde inte läsas: ${reason}`,
    unsupportedFile: (fileName) => `Filtypen stöds inte: ${fileName}. Välj en .xlsx- eller .csv-fil.`,
    unknownColumn: (column) => `Okänd kolumn "${column}": den importeras inte.`,
    duplicateColumn: (column, other) => `Kolumnen "${column}" avser samma fält som "${other}" och importeras inte.`,
    noRiskColumn: 'Filen saknar en kolumn för risken ("Risk" eller "Beskrivning av risk").',
    noItems: 'Filen innehåller inga risker under rubrikraden.',
    riskMissing: 'Risk saknas, men raden har annat innehåll.',
    continuationWithoutRisk: 'Åtgärden står under en tom riskcell men det finns ingen risk ovanför.',
    continuationDiffers: 'Risk saknas, men raden har egna uppgifter om risken (konsekvens, orsak, hantering eller bedömning).',
    measureMissing: 'Åtgärd saknas, men raden har ansvarig, status, kommentar eller datum.',
    notANumber: (value) => `"${value}" är inte ett tal.`,
    outOfScale: (value, min, max) => `${value} ligger utanför riskmatrisens skala ${min}–${max}.`,
    unknownHandling: (value) => `Okänd hantering "${value}". Använd behålla, begränsa eller eliminera.`,
    unknownStatus: (value) => `Okänd status "${value}". Använd grön, gul eller röd (eller cellens färg).`,
    statusWordAndFillDisagree: (word, fill) => `Statusordet (${word}) och cellens färg (${fill}) stämmer inte överens; ordet gäller.`,
    notADate: (value) => `"${value}" är inte ett datum (skriv t.ex. 2026-06-30).`,
    riskValueDisagrees: (value, probability, consequence) =>
      `Riskvärdet ${value} stämmer inte med sannolikhet × konsekvens (${probability} × ${consequence} = ${probability * consequence}).`,
    methodLabel: 'Metod',
    frequencyLabel: 'Frekvens',
    reportToLabel: 'Rapporteras till',
    statusNames: { green: 'grön', yellow: 'gul', red: 'röd' }
  },
  'en-US': {
    noHeaderRow: 'The file holds no recognisable plan: no header row with known columns (such as "Risk", "Measure", "Responsible", "Status") was found in the first 15 rows.',
    noPlanTitle: 'The file holds no recognisable plan: no title (such as "Internal control plan 2026 Regional board") above the header row. Give the plan\'s name.',
    noYear: (title) => `The plan's year does not appear in the title "${title}". Give the year.`,
    emptyFile: 'The file is empty.',
    unreadableFile: (reason) => `The file could not be read: ${reason}`,
    unsupportedFile: (fileName) => `Unsupported file type: ${fileName}. Choose an .xlsx or .csv file.`,
    unknownColumn: (column) => `Unknown column "${column}": it is not imported.`,
    duplicateColumn: (column, other) => `The column "${column}" means the same field as "${other}" and is not imported.`,
    noRiskColumn: 'The file has no column for the risk ("Risk" or "Risk description").',
    noItems: 'The file holds no risks below the header row.',
    riskMissing: 'The risk is missing, but the row has other content.',
    continuationWithoutRisk: 'The measure is under an empty risk cell but there is no risk above it.',
    continuationDiffers: 'The risk is missing, but the row has its own risk details (consequence, cause, handling or assessment).',
    measureMissing: 'The measure is missing, but the row has a responsible, status, comment or date.',
    notANumber: (value) => `"${value}" is not a number.`,
    outOfScale: (value, min, max) => `${value} is outside the risk matrix scale ${min}–${max}.`,
    unknownHandling: (value) => `Unknown handling "${value}". Use accept, reduce or eliminate.`,
    unknownStatus: (value) => `Unknown status "${value}". Use green, yellow or red (or the cell's colour).`,
    statusWordAndFillDisagree: (word, fill) => `The status word (${word}) and the cell's colour (${fill}) disagree; the word applies.`,
    notADate: (value) => `"${value}" is not a date (write e.g. 2026-06-30).`,
    riskValueDisagrees: (value, probability, consequence) =>
      `The risk value ${value} does not match probability × consequence (${probability} × ${consequence} = ${probability * consequence}).`,
    methodLabel: 'Method',
    frequencyLabel: 'Frequency',
    reportToLabel: 'Reported to',
    statusNames: { green: 'green', yellow: 'yellow', red: 'red' }
  }
};
