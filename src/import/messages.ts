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
  activityMissing: string;
  noActivityColumn: string;
  noFocusArea: string;
  noIndicatorColumn: string;
  goalMissing: string;
  indicatorMissing: string;
  unknownTarget: (value: string) => string;
  notAValue: (value: string) => string;
  notADoneValue: (value: string) => string;
  totalMissing: string;
  totalDisagrees: (total: number, women: number, men: number) => string;
  unassignedColumn: (column: string) => string;
  columnNotUsed: (column: string, plan: string) => string;
  computedColumn: (column: string) => string;
  noItemsOf: (items: string) => string;
  noPlanInList: (list: string) => string;
  listNotFound: (list: string) => string;
  listTooLarge: (list: string, max: number) => string;
  tooManyColumns: (list: string, max: number) => string;
  tooManyRows: (sheet: string, max: number) => string;
  fileTooLarge: (maxMegabytes: number) => string;
  archiveTooLarge: (maxMegabytes: number) => string;
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
    activityMissing: 'Aktivitet saknas, men raden har annat innehåll.',
    noActivityColumn: 'Filen saknar en kolumn för aktiviteten ("Aktivitet").',
    noFocusArea: 'Aktiviteten står inte under något fokusområde: ingen rubrikrad (en rad där bara första cellen är ifylld) ovanför och ingen kolumn "Fokusområde".',
    noIndicatorColumn: 'Filen saknar en kolumn för styrmåttet ("Styrmått" eller "Indikator").',
    goalMissing: 'Målet saknas: styrmåttet står inte under något mål (kolumnen "Mål" eller en rubrikrad med det strategiska målet).',
    indicatorMissing: 'Styrmått saknas, men raden har mått för måluppfyllelse eller utfall.',
    unknownTarget: (value) => `Okänt mått för måluppfyllelse "${value}". Skriv t.ex. Öka, Minska, ≥ 100 %, ≤ 3 %, minst 90, högst 3 eller Genomförd.`,
    notAValue: (value) => `"${value}" är inte ett utfall: skriv ett tal, t.ex. 3,8 eller 86 %.`,
    notADoneValue: (value) => `"${value}" är inte ett utfall för ett mått som ska vara genomfört: skriv Genomförd eller Ej genomförd (eller 1 eller 0).`,
    totalMissing: 'Utfallet saknas men kvinnor och män är angivna; ange utfallet för alla (det räknas bara fram för antal).',
    totalDisagrees: (total, women, men) => `Utfallet ${total} stämmer inte med kvinnor (${women}) och män (${men}).`,
    unassignedColumn: (column) => `Kolumnen "${column}" hör inte till någon utfallskolumn ("Utfall 2025", "Utfall T1" …) och importeras inte.`,
    columnNotUsed: (column, plan) => `Kolumnen "${column}" används inte i en plan av typen ${plan} och importeras inte.`,
    computedColumn: (column) => `Kolumnen "${column}" räknas fram ur måttet för måluppfyllelse och utfallen; den importeras inte.`,
    noItemsOf: (items) => `Det finns inga ${items} under rubrikraden.`,
    noPlanInList: (list) => `Listan "${list}" innehåller ingen igenkännbar plan: ingen kolumn motsvarar en risk, en aktivitet eller ett styrmått (t.ex. "Risk", "Aktivitet", "Styrmått"). Inget har sparats.`,
    listNotFound: (list) => `Det finns ingen lista "${list}" bland webbplatsens egna synliga listor.`,
    listTooLarge: (list, max) => `Listan "${list}" har fler än ${max.toLocaleString('sv-SE')} poster; importen läser högst så många. Dela upp listan med en vy eller en kopia.`,
    tooManyColumns: (list, max) => `Listan "${list}" har fler än ${max} kolumner; bara de ${max} första läses.`,
    tooManyRows: (sheet, max) => `Bladet "${sheet}" har fler än ${max.toLocaleString('sv-SE')} rader; importen läser högst så många.`,
    fileTooLarge: (max) => `Filen är för stor: högst ${max} MB kan importeras.`,
    archiveTooLarge: (max) => `Filen kan inte läsas: uppackad blir den större än ${max} MB, vilket ingen plan är.`,
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
    activityMissing: 'The activity is missing, but the row has other content.',
    noActivityColumn: 'The file has no column for the activity ("Activity").',
    noFocusArea: 'The activity is not under a focus area: there is no heading row (a row with only the first cell filled) above it and no "Focus area" column.',
    noIndicatorColumn: 'The file has no column for the indicator ("Indicator").',
    goalMissing: 'The goal is missing: the indicator is not under a goal (the "Goal" column or a heading row with the strategic goal).',
    indicatorMissing: 'The indicator is missing, but the row has a target or values.',
    unknownTarget: (value) => `Unknown target "${value}". Write e.g. Increase, Decrease, ≥ 100 %, ≤ 3 %, at least 90, at most 3 or Done.`,
    notAValue: (value) => `"${value}" is not a value: write a number, e.g. 3.8 or 86 %.`,
    notADoneValue: (value) => `"${value}" is not a value for a target that is to be done: write Done or Not done (or 1 or 0).`,
    totalMissing: 'The total is missing but women and men are given; give the total (it is only computed for counts).',
    totalDisagrees: (total, women, men) => `The total ${total} does not match women (${women}) and men (${men}).`,
    unassignedColumn: (column) => `The column "${column}" belongs to no value column ("Outcome 2025", "Outcome T1" …) and is not imported.`,
    columnNotUsed: (column, plan) => `The column "${column}" is not used in a plan of the kind ${plan} and is not imported.`,
    computedColumn: (column) => `The column "${column}" is computed from the target and the values; it is not imported.`,
    noItemsOf: (items) => `There are no ${items} below the header row.`,
    noPlanInList: (list) => `The list "${list}" holds no recognisable plan: no column means a risk, an activity or an indicator (such as "Risk", "Activity", "Indicator"). Nothing was saved.`,
    listNotFound: (list) => `There is no list "${list}" among the site's own visible lists.`,
    listTooLarge: (list, max) => `The list "${list}" has more than ${max.toLocaleString('en-US')} items; the import reads at most that many. Split the list with a view or a copy.`,
    tooManyColumns: (list, max) => `The list "${list}" has more than ${max} columns; only the first ${max} are read.`,
    tooManyRows: (sheet, max) => `The sheet "${sheet}" has more than ${max.toLocaleString('en-US')} rows; the import reads at most that many.`,
    fileTooLarge: (max) => `The file is too large: at most ${max} MB can be imported.`,
    archiveTooLarge: (max) => `The file cannot be read: unpacked it is larger than ${max} MB, which no plan is.`,
    methodLabel: 'Method',
    frequencyLabel: 'Frequency',
    reportToLabel: 'Reported to',
    statusNames: { green: 'green', yellow: 'yellow', red: 'red' }
  }
};
