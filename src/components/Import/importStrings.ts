/** The import wizard's and the export button's texts, Swedish first (as a Swedish civil servant writes), English second. */
import { Locale } from '../../model/statusLegend';
import { ImportField, ImportFormat } from '../../import/types';

/** What the done message counts, in the plan kind's own words. */
export interface DoneCounts {
  items: number;
  measures: number;
  roles: number;
  reports: number;
  /** Stored items and measures brought in line with the list on a rerun. */
  updated: number;
}

export type WizardKind = 'internalControl' | 'patientSafety' | 'scorecard';

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
  kinds: Record<WizardKind, string>;
  formatLabel: string;
  formats: Record<ImportFormat, string>;
  sheetLabel: (sheet: string, headerRow: number | null) => string;
  mappingHeading: string;
  mappingColumn: string;
  mappingField: string;
  unknownColumn: string;
  fields: Record<ImportField, string>;
  risksHeading: (shown: number, total: number) => string;
  itemsHeading: (items: string, measures: string, shown: number, total: number) => string;
  rowNumber: string;
  listRowNumber: string;
  target: string;
  values: string;
  women: string;
  men: string;
  perspective: string;
  strategicGoal: string;
  sourceLabel: string;
  sourceFile: string;
  sourceList: string;
  listIntro: string;
  listLabel: string;
  listPlaceholder: string;
  listHint: string;
  loadingLists: string;
  noLists: string;
  listsUnavailable: string;
  readList: string;
  readingList: string;
  listOption: (title: string, items: number) => string;
  listSource: (title: string) => string;
  mappingFieldFor: (column: string) => string;
  mappingHint: string;
  notImported: string;
  whereItem: (row: number | null, column: string | null) => string;
  doneKind: (kind: WizardKind, counts: DoneCounts) => string;
  chooseAnotherList: string;
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
  doneAgain: string;
  openPlan: string;
  failed: (message: string) => string;
  exportLabel: string;
  exporting: string;
  exportFailed: (message: string) => string;
}

export const importStrings: Record<Locale, ImportStrings> = {
  'sv-SE': {
    title: 'Importera plan från fil eller lista',
    intro: 'Välj en Excel-fil (.xlsx) eller en CSV-fil med planens risker och åtgärder. Du ser hur kolumnerna tolkas innan något sparas, och ingenting sparas om filen innehåller fel.',
    fileLabel: 'Fil att importera (.xlsx eller .csv)',
    fileHint: 'Rubrikraden får stå under titelrader. Status kan anges med ord (grön, gul, röd) eller med cellens färg.',
    reading: 'Läser filen …',
    stepLabel: (step, total, name) => `Steg ${step} av ${total}: ${name}`,
    steps: ['Välj fil eller lista', 'Granska', 'Klart'],
    planHeading: 'Plan',
    planTitle: 'Planens namn',
    planYear: 'År',
    planKind: 'Typ av plan',
    kinds: { internalControl: 'Internkontrollplan', patientSafety: 'Patientsäkerhetsplan', scorecard: 'Styrkort' },
    formatLabel: 'Format',
    formats: { riskTable: 'Risktabell', controlSteps: 'Kontrollmoment (kommunalt format)', actionPlan: 'Handlingsplan (aktiviteter per fokusområde)',
      scorecard: 'Styrkort (mål, styrmått och utfall)' },
    sheetLabel: (sheet, headerRow) => `Blad "${sheet}", rubrikrad ${headerRow ?? '–'}`,
    mappingHeading: 'Så tolkas kolumnerna',
    mappingColumn: 'Kolumn i filen',
    mappingField: 'Fält',
    unknownColumn: 'Okänd – importeras inte',
    fields: {
      risk: 'Risk', consequence: 'Konsekvens', cause: 'Bakomliggande orsak', handling: 'Hantering av risk', probability: 'Sannolikhet',
      consequenceScore: 'Konsekvensgrad', riskValue: 'Riskvärde (kontrolleras)', measure: 'Åtgärd', responsible: 'Ansvarig', status: 'Status',
      comment: 'Kommentar', due: 'Klart senast', process: 'Process/rutin', method: 'Metod/datakälla', frequency: 'Frekvens', reportTo: 'Rapporteras till',
      focusArea: 'Fokusområde', activity: 'Aktivitet', goal: 'Mål', perspective: 'Perspektiv', strategicGoal: 'Strategiskt mål',
      indicator: 'Styrmått (indikator)', target: 'Mått för måluppfyllelse', unit: 'Måttenhet', value: 'Utfall', valueWomen: 'Utfall kvinnor',
      valueMen: 'Utfall män', computed: 'Räknas fram (importeras inte)'
    },
    risksHeading: (shown, total) => (shown < total ? `Risker och åtgärder (de första ${shown} av ${total})` : `Risker och åtgärder (${total})`),
    itemsHeading: (items, measures, shown, total) => (shown < total ? `${items} och ${measures} (de första ${shown} av ${total})` : `${items} och ${measures} (${total})`),
    rowNumber: 'Rad',
    listRowNumber: 'ID',
    target: 'Mått för måluppfyllelse',
    values: 'Utfall',
    women: 'kvinnor',
    men: 'män',
    perspective: 'Perspektiv',
    strategicGoal: 'Strategiskt mål',
    sourceLabel: 'Var finns planen?',
    sourceFile: 'Från fil',
    sourceList: 'Från en lista på webbplatsen',
    listIntro: 'Välj en lista som ni redan har på webbplatsen, till exempel ett riskregister eller en handlingsplan. Du ser hur kolumnerna tolkas och kan ändra tolkningen innan något sparas. Importerar du samma lista igen uppdateras det som ändrats i listan.',
    listLabel: 'Lista på webbplatsen',
    listPlaceholder: 'Välj en lista',
    listHint: 'Här visas webbplatsens egna synliga listor, inte produktens egna listor.',
    loadingLists: 'Hämtar webbplatsens listor …',
    noLists: 'Webbplatsen har inga egna listor att importera från.',
    listsUnavailable: 'Webbplatsens listor kan inte läsas här.',
    readList: 'Läs listan',
    readingList: 'Läser listan …',
    listOption: (title, items) => `${title} (${items} poster)`,
    listSource: (title) => `Lista "${title}"`,
    mappingFieldFor: (column) => `Fält för kolumnen ${column}`,
    mappingHint: 'Ändra ett fält om kolumnen tolkats fel; förhandsvisningen och felen uppdateras direkt.',
    notImported: 'Importeras inte',
    whereItem: (row, column) => [row !== null ? `Post med ID ${row}` : '', column !== null ? `kolumn "${column}"` : ''].filter((s) => s).join(', '),
    doneKind: (kind, c) => {
      const updated = c.updated > 0 ? ` ${c.updated} befintliga poster uppdaterades från listan.` : '';
      if (kind === 'scorecard') return `Planen är importerad: ${c.items} mål, ${c.measures} styrmått, ${c.roles} nya ansvarsroller och ${c.reports} utfall.${updated}`;
      if (kind === 'patientSafety') return `Planen är importerad: ${c.items} fokusområden, ${c.measures} aktiviteter, ${c.roles} nya ansvarsroller och ${c.reports} statusar.${updated}`;
      return `Planen är importerad: ${c.items} risker, ${c.measures} åtgärder, ${c.roles} nya ansvarsroller och ${c.reports} statusar.${updated}`;
    },
    chooseAnotherList: 'Välj en annan lista',
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
    doneAgain: 'Planen fanns redan: inget nytt behövde sparas.',
    openPlan: 'Öppna planen',
    failed: (message) => `Importen kunde inte slutföras: ${message}. Det som hann sparas kompletteras om du importerar filen igen.`,
    exportLabel: 'Exportera till Excel',
    exporting: 'Exporterar …',
    exportFailed: (message) => `Exporten misslyckades: ${message}`
  },
  'en-US': {
    title: 'Import a plan from a file or a list',
    intro: 'Choose an Excel file (.xlsx) or a CSV file with the plan\'s risks and measures. You see how the columns are read before anything is saved, and nothing is saved if the file has errors.',
    fileLabel: 'File to import (.xlsx or .csv)',
    fileHint: 'The header row may sit below title rows. Status may be a word (green, yellow, red) or the cell\'s colour.',
    reading: 'Reading the file …',
    stepLabel: (step, total, name) => `Step ${step} of ${total}: ${name}`,
    steps: ['Choose a file or list', 'Review', 'Done'],
    planHeading: 'Plan',
    planTitle: 'Plan name',
    planYear: 'Year',
    planKind: 'Kind of plan',
    kinds: { internalControl: 'Internal control plan', patientSafety: 'Patient safety plan', scorecard: 'Scorecard' },
    formatLabel: 'Format',
    formats: { riskTable: 'Risk table', controlSteps: 'Control steps (municipal format)', actionPlan: 'Action plan (activities per focus area)',
      scorecard: 'Scorecard (goals, indicators and values)' },
    sheetLabel: (sheet, headerRow) => `Sheet "${sheet}", header row ${headerRow ?? '–'}`,
    mappingHeading: 'How the columns are read',
    mappingColumn: 'Column in the file',
    mappingField: 'Field',
    unknownColumn: 'Unknown – not imported',
    fields: {
      risk: 'Risk', consequence: 'Consequence', cause: 'Underlying cause', handling: 'Risk handling', probability: 'Probability',
      consequenceScore: 'Severity', riskValue: 'Risk value (checked)', measure: 'Measure', responsible: 'Responsible', status: 'Status',
      comment: 'Comment', due: 'Due date', process: 'Process/routine', method: 'Method/data source', frequency: 'Frequency', reportTo: 'Reported to',
      focusArea: 'Focus area', activity: 'Activity', goal: 'Goal', perspective: 'Perspective', strategicGoal: 'Strategic goal',
      indicator: 'Indicator', target: 'Target', unit: 'Unit', value: 'Value', valueWomen: 'Value, women', valueMen: 'Value, men',
      computed: 'Computed (not imported)'
    },
    risksHeading: (shown, total) => (shown < total ? `Risks and measures (the first ${shown} of ${total})` : `Risks and measures (${total})`),
    itemsHeading: (items, measures, shown, total) => (shown < total ? `${items} and ${measures} (the first ${shown} of ${total})` : `${items} and ${measures} (${total})`),
    rowNumber: 'Row',
    listRowNumber: 'ID',
    target: 'Target',
    values: 'Values',
    women: 'women',
    men: 'men',
    perspective: 'Perspective',
    strategicGoal: 'Strategic goal',
    sourceLabel: 'Where is the plan?',
    sourceFile: 'From a file',
    sourceList: 'From a list on the site',
    listIntro: 'Choose a list you already keep on the site, such as a risk register or an action plan. You see how its columns are read and can change that before anything is saved. Importing the same list again updates what changed in the list.',
    listLabel: 'List on the site',
    listPlaceholder: 'Choose a list',
    listHint: 'The site\'s own visible lists are shown, not the product\'s own lists.',
    loadingLists: 'Loading the site\'s lists …',
    noLists: 'The site has no lists of its own to import from.',
    listsUnavailable: 'The site\'s lists cannot be read here.',
    readList: 'Read the list',
    readingList: 'Reading the list …',
    listOption: (title, items) => `${title} (${items} items)`,
    listSource: (title) => `List "${title}"`,
    mappingFieldFor: (column) => `Field for the column ${column}`,
    mappingHint: 'Change a field if the column was read wrongly; the preview and the errors update at once.',
    notImported: 'Not imported',
    whereItem: (row, column) => [row !== null ? `Item with ID ${row}` : '', column !== null ? `column "${column}"` : ''].filter((s) => s).join(', '),
    doneKind: (kind, c) => {
      const updated = c.updated > 0 ? ` ${c.updated} existing entries were updated from the list.` : '';
      if (kind === 'scorecard') return `The plan is imported: ${c.items} goals, ${c.measures} indicators, ${c.roles} new responsible roles and ${c.reports} values.${updated}`;
      if (kind === 'patientSafety') return `The plan is imported: ${c.items} focus areas, ${c.measures} activities, ${c.roles} new responsible roles and ${c.reports} statuses.${updated}`;
      return `The plan is imported: ${c.items} risks, ${c.measures} measures, ${c.roles} new responsible roles and ${c.reports} statuses.${updated}`;
    },
    chooseAnotherList: 'Choose another list',
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
    doneAgain: 'The plan was already there: nothing new needed saving.',
    openPlan: 'Open the plan',
    failed: (message) => `The import could not be completed: ${message}. Importing the file again completes what was saved.`,
    exportLabel: 'Export to Excel',
    exporting: 'Exporting …',
    exportFailed: (message) => `The export failed: ${message}`
  }
};
