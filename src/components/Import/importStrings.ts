/** The import wizard's and the export button's texts, Swedish first (as a Swedish civil servant writes), English second. */
import { Locale } from '../../model/statusLegend';
import { ImportField, ImportFormat } from '../../import/types';

export interface ImportCounts {
  risks: number;
  measures: number;
  roles: number;
  statuses: number;
}

export interface ImportStrings {
  title: string;
  intro: string;
  fileLabel: string;
  fileHint: string;
  reading: string;
  stepLabel: (step: number, total: number, name: string) => string;
  steps: [string, string, string];
  planHeading: string;
  planTitle: string;
  planYear: string;
  planKind: string;
  kinds: { internalControl: string; patientSafety: string };
  formatLabel: string;
  formats: Record<ImportFormat, string>;
  sheetLabel: (sheet: string, headerRow: number | null) => string;
  mappingHeading: string;
  mappingColumn: string;
  mappingField: string;
  unknownColumn: string;
  fields: Record<ImportField, string>;
  risksHeading: (shown: number, total: number) => string;
  risk: string;
  measures: string;
  responsible: string;
  status: string;
  due: string;
  noMeasures: string;
  noStatus: string;
  warningsHeading: (count: number) => string;
  errorsHeading: (count: number) => string;
  where: (row: number | null, column: string | null) => string;
  confirm: string;
  confirmBlocked: string;
  importing: string;
  cancel: string;
  chooseAnother: string;
  done: (counts: ImportCounts) => string;
  doneAgain: string;
  openPlan: string;
  failed: (message: string) => string;
  exportLabel: string;
  exporting: string;
  exportFailed: (message: string) => string;
}

export const importStrings: Record<Locale, ImportStrings> = {
  'sv-SE': {
    title: 'Importera plan från Excel eller CSV',
    intro: 'Välj en Excel-fil (.xlsx) eller en CSV-fil med planens risker och åtgärder. Du ser hur kolumnerna tolkas innan något sparas, och ingenting sparas om filen innehåller fel.',
    fileLabel: 'Fil att importera (.xlsx eller .csv)',
    fileHint: 'Rubrikraden får stå under titelrader. Status kan anges med ord (grön, gul, röd) eller med cellens färg.',
    reading: 'Läser filen …',
    stepLabel: (step, total, name) => `Steg ${step} av ${total}: ${name}`,
    steps: ['Välj fil', 'Granska', 'Klart'],
    planHeading: 'Plan',
    planTitle: 'Planens namn',
    planYear: 'År',
    planKind: 'Typ av plan',
    kinds: { internalControl: 'Internkontrollplan', patientSafety: 'Patientsäkerhetsplan' },
    formatLabel: 'Format',
    formats: { riskTable: 'Risktabell', controlSteps: 'Kontrollmoment (kommunalt format)' },
    sheetLabel: (sheet, headerRow) => `Blad "${sheet}", rubrikrad ${headerRow ?? '–'}`,
    mappingHeading: 'Så tolkas kolumnerna',
    mappingColumn: 'Kolumn i filen',
    mappingField: 'Fält',
    unknownColumn: 'Okänd – importeras inte',
    fields: {
      risk: 'Risk', consequence: 'Konsekvens', cause: 'Bakomliggande orsak', handling: 'Hantering av risk', probability: 'Sannolikhet',
      consequenceScore: 'Konsekvensgrad', riskValue: 'Riskvärde (kontrolleras)', measure: 'Åtgärd', responsible: 'Ansvarig', status: 'Status',
      comment: 'Kommentar', due: 'Klart senast', process: 'Process/rutin', method: 'Metod', frequency: 'Frekvens', reportTo: 'Rapporteras till'
    },
    risksHeading: (shown, total) => (shown < total ? `Risker och åtgärder (de första ${shown} av ${total})` : `Risker och åtgärder (${total})`),
    risk: 'Risk',
    measures: 'Åtgärder',
    responsible: 'Ansvarig',
    status: 'Status',
    due: 'Klart senast',
    noMeasures: 'Inga åtgärder',
    noStatus: 'Ingen status',
    warningsHeading: (count) => `Varningar (${count})`,
    errorsHeading: (count) => `Fel som måste rättas i filen innan importen (${count})`,
    where: (row, column) => [row !== null ? `Rad ${row}` : '', column !== null ? `kolumn "${column}"` : ''].filter((s) => s).join(', '),
    confirm: 'Importera',
    confirmBlocked: 'Rätta felen i filen och välj den igen för att kunna importera.',
    importing: 'Importerar …',
    cancel: 'Avbryt',
    chooseAnother: 'Välj en annan fil',
    done: (c) => `Planen är importerad: ${c.risks} risker, ${c.measures} åtgärder, ${c.roles} nya ansvarsroller och ${c.statuses} statusar.`,
    doneAgain: 'Planen fanns redan: inget nytt behövde sparas.',
    openPlan: 'Öppna planen',
    failed: (message) => `Importen kunde inte slutföras: ${message}. Det som hann sparas kompletteras om du importerar filen igen.`,
    exportLabel: 'Exportera till Excel',
    exporting: 'Exporterar …',
    exportFailed: (message) => `Exporten misslyckades: ${message}`
  },
  'en-US': {
    title: 'Import a plan from Excel or CSV',
    intro: 'Choose an Excel file (.xlsx) or a CSV file with the plan\'s risks and measures. You see how the columns are read before anything is saved, and nothing is saved if the file has errors.',
    fileLabel: 'File to import (.xlsx or .csv)',
    fileHint: 'The header row may sit below title rows. Status may be a word (green, yellow, red) or the cell\'s colour.',
    reading: 'Reading the file …',
    stepLabel: (step, total, name) => `Step ${step} of ${total}: ${name}`,
    steps: ['Choose file', 'Review', 'Done'],
    planHeading: 'Plan',
    planTitle: 'Plan name',
    planYear: 'Year',
    planKind: 'Kind of plan',
    kinds: { internalControl: 'Internal control plan', patientSafety: 'Patient safety plan' },
    formatLabel: 'Format',
    formats: { riskTable: 'Risk table', controlSteps: 'Control steps (municipal format)' },
    sheetLabel: (sheet, headerRow) => `Sheet "${sheet}", header row ${headerRow ?? '–'}`,
    mappingHeading: 'How the columns are read',
    mappingColumn: 'Column in the file',
    mappingField: 'Field',
    unknownColumn: 'Unknown – not imported',
    fields: {
      risk: 'Risk', consequence: 'Consequence', cause: 'Underlying cause', handling: 'Risk handling', probability: 'Probability',
      consequenceScore: 'Severity', riskValue: 'Risk value (checked)', measure: 'Measure', responsible: 'Responsible', status: 'Status',
      comment: 'Comment', due: 'Due date', process: 'Process/routine', method: 'Method', frequency: 'Frequency', reportTo: 'Reported to'
    },
    risksHeading: (shown, total) => (shown < total ? `Risks and measures (the first ${shown} of ${total})` : `Risks and measures (${total})`),
    risk: 'Risk',
    measures: 'Measures',
    responsible: 'Responsible',
    status: 'Status',
    due: 'Due date',
    noMeasures: 'No measures',
    noStatus: 'No status',
    warningsHeading: (count) => `Warnings (${count})`,
    errorsHeading: (count) => `Errors to correct in the file before importing (${count})`,
    where: (row, column) => [row !== null ? `Row ${row}` : '', column !== null ? `column "${column}"` : ''].filter((s) => s).join(', '),
    confirm: 'Import',
    confirmBlocked: 'Correct the errors in the file and choose it again to import.',
    importing: 'Importing …',
    cancel: 'Cancel',
    chooseAnother: 'Choose another file',
    done: (c) => `The plan is imported: ${c.risks} risks, ${c.measures} measures, ${c.roles} new responsible roles and ${c.statuses} statuses.`,
    doneAgain: 'The plan was already there: nothing new needed saving.',
    openPlan: 'Open the plan',
    failed: (message) => `The import could not be completed: ${message}. Importing the file again completes what was saved.`,
    exportLabel: 'Export to Excel',
    exporting: 'Exporting …',
    exportFailed: (message) => `The export failed: ${message}`
  }
};
