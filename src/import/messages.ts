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
  /** Hostile and broken files (guards.ts): each says what the file is or what is wrong, and what to do. */
  notAWorkbook: (what: string) => string;
  textAsWorkbook: string;
  notACsv: (what: string) => string;
  oldExcel: string;
  encrypted: string;
  nestedArchive: (inner: string) => string;
  truncated: string;
  tooManyParts: (max: number) => string;
  unsupportedMethod: (method: number) => string;
  damagedPart: (part: string) => string;
  damagedWorkbook: (reason: string) => string;
  dtd: (part: string) => string;
  textTooLong: (max: number) => string;
  cellTooLong: (max: number, length: number | null) => string;
  partTooComplex: (part: string, max: number) => string;
  tooManyCells: (max: number) => string;
  formattedRows: (sheet: string, max: number, read: number) => string;
  sharedStringOutOfRange: (index: number, count: number) => string;
  tooManySheets: (count: number, max: number) => string;
  sheetNameTooLong: (length: number, max: number) => string;
  macrosNotRun: string;
  formulaWithoutValue: (formula: string) => string;
  controlCharacter: (code: string) => string;
  bidiCharacter: (code: string) => string;
  sheetTooWide: (sheet: string, max: number) => string;
  mergedHeader: (column: string, master: string) => string;
  unnamedColumn: (column: string) => string;
  duplicateHeader: (column: string, first: string, second: string) => string;
  utf16WithoutBom: string;
  nulCharacter: (row: number) => string;
  invalidUtf8: (row: number, position: number, byte: string) => string;
  unterminatedQuote: (row: number) => string;
  lineTooLong: (row: number, max: number) => string;
  moreOfTheSame: (count: number) => string;
  /** What a file is, in the sentence "The file is no workbook but …". */
  kindNames: Record<string, string>;
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
    notAWorkbook: (what) => `Filen är ingen Excel-arbetsbok utan ${what}. Spara planen i Excel som Excel-arbetsbok (.xlsx) och välj den filen.`,
    textAsWorkbook: 'Filen är en textfil, inte en Excel-arbetsbok. Är den en CSV-fil, ge den filändelsen .csv; annars spara planen i Excel som Excel-arbetsbok (.xlsx).',
    notACsv: (what) => `Filen är ingen CSV-fil utan ${what}. Spara planen som CSV (semikolonavgränsad) eller som Excel-arbetsbok (.xlsx) och välj den filen.`,
    oldExcel: 'Filen är en Excel-fil i det gamla formatet (.xls, Excel 97–2003), som importen inte läser. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).',
    encrypted: 'Filen är lösenordsskyddad (krypterad) och kan inte läsas. Öppna den i Excel, ta bort lösenordet (Arkiv > Info > Skydda arbetsbok > Kryptera med lösenord) och spara, eller be den som satte lösenordet om en kopia utan lösenord.',
    nestedArchive: (inner) => `Filen är ett zip-arkiv med andra filer i (${inner}), inte en Excel-arbetsbok. Packa upp arkivet och importera arbetsboken direkt.`,
    truncated: 'Filen är ofullständig: den tar slut innan zip-arkivet är komplett. Den kan ha avbrutits vid nedladdning eller kopiering; hämta eller spara den på nytt.',
    tooManyParts: (max) => `Filen består av fler än ${max.toLocaleString('sv-SE')} delar (filer i zip-arkivet); en Excel-arbetsbok har några tiotal. Spara planen i en ny arbetsbok.`,
    unsupportedMethod: (method) => `Filen är packad med en metod (nr ${method}) som Excel inte använder och kan inte läsas. Öppna den i Excel och spara den på nytt.`,
    damagedPart: (part) => `Filen är skadad: delen ${part} går inte att packa upp. Öppna den i Excel och spara den på nytt, eller hämta en ny kopia.`,
    damagedWorkbook: (reason) => `Filen är skadad eller inte sparad av Excel och kunde inte läsas (${reason}). Öppna den i Excel och spara den på nytt.`,
    dtd: (part) => `Filen innehåller en dokumenttypsdeklaration (<!DOCTYPE> eller <!ENTITY>) i delen ${part}. Sådana finns aldrig i filer från Excel och kan användas för att angripa system, så filen läses inte. Spara planen på nytt i Excel.`,
    textTooLong: (max) => `En cell i filen har mer än ${max.toLocaleString('sv-SE')} tecken, som är det mesta en cell i Excel rymmer. Korta texten och försök igen.`,
    cellTooLong: (max, length) => `Cellen har ${length === null ? 'mer än ' : ''}${(length ?? max).toLocaleString('sv-SE')} tecken, men en cell i Excel rymmer högst ${max.toLocaleString('sv-SE')}. Korta texten.`,
    partTooComplex: (part, max) => `Filen är orimligt stor inuti: fler än ${max.toLocaleString('sv-SE')} XML-element, flest i delen ${part}. Det beror ofta på format som kopierats i många lager; kopiera planens celler till en ny arbetsbok och försök igen.`,
    formattedRows: (sheet, max, read) => `Bladet "${sheet}" har fler än ${max.toLocaleString('sv-SE')} rader, de flesta utan innehåll men med format eller radhöjd; importen läser högst ${read.toLocaleString('sv-SE')}. Ta bort de tomma raderna under planen och spara filen igen.`,
    tooManyCells: (max) => `Filen har fler än ${max.toLocaleString('sv-SE')} celler med innehåll eller format, långt fler än en plan har. Ta bort tomma rader och kolumner som har format, eller dela upp planen.`,
    sharedStringOutOfRange: (index, count) => `Filen är skadad: en cell hänvisar till text nummer ${(index + 1).toLocaleString('sv-SE')}, men filen har bara ${count.toLocaleString('sv-SE')} texter. Öppna filen i Excel och spara den på nytt.`,
    tooManySheets: (count, max) => `Filen har ${count.toLocaleString('sv-SE')} blad; importen läser högst ${max}. Spara planens blad i en egen arbetsbok.`,
    sheetNameTooLong: (length, max) => `Ett blad har ett namn på ${length.toLocaleString('sv-SE')} tecken; Excel tillåter högst ${max}. Byt namn på bladet.`,
    macrosNotRun: 'Filen innehåller makron (VBA). De körs inte och följer inte med; bara cellernas innehåll läses.',
    formulaWithoutValue: (formula) => `Cellen innehåller formeln ${formula} men inget sparat värde, och importen räknar aldrig ut formler. Öppna filen i Excel och spara den (då sparas värdet), eller ersätt formeln med sitt värde.`,
    controlCharacter: (code) => `Texten innehåller ett osynligt styrtecken (${code}) som inte hör hemma i en plan. Ta bort tecknet.`,
    bidiCharacter: (code) => `Texten innehåller ett osynligt tecken (${code}) som vänder textens riktning, så att den visas annorlunda än den är skriven. Ta bort tecknet.`,
    sheetTooWide: (sheet, max) => `Bladet "${sheet}" har innehåll i fler än ${max} kolumner; importen läser högst ${max}. Ta bort eller flytta kolumnerna längst till höger.`,
    mergedHeader: (column, master) => `Rubrikcellen i kolumn ${column} är sammanfogad med kolumn ${master}, men kolumn ${column} har eget innehåll som då inte skulle importeras. Dela upp de sammanfogade rubrikcellerna och ge kolumn ${column} en egen rubrik.`,
    unnamedColumn: (column) => `Kolumn ${column} saknar rubrik men har innehåll; den importeras inte. Ge den en rubrik om den ska med.`,
    duplicateHeader: (column, first, second) => `Kolumnen "${column}" finns två gånger (kolumn ${first} och ${second}) med olika innehåll, och importen kan inte veta vilken som gäller. Ge kolumnerna olika rubriker eller ta bort den ena.`,
    utf16WithoutBom: 'Filen är sparad som UTF-16 utan byteordningsmärke (BOM), så tecknen kan inte läsas säkert. Spara den i Excel som "CSV UTF-8 (kommaavgränsad)" eller "CSV (semikolonavgränsad)".',
    nulCharacter: (row) => `Filen innehåller nolltecken (NUL) på rad ${row}, vilket en CSV-fil aldrig har. Den är troligen ingen textfil eller sparad med fel teckenkodning; spara den som CSV UTF-8.`,
    invalidUtf8: (row, position, byte) => `Rad ${row} har en ogiltig UTF-8-kod (byte ${byte} vid tecken ${position}), fast resten av filen är UTF-8. Filen kan vara skadad eller ha blandade teckenkodningar; spara den på nytt som CSV UTF-8.`,
    unterminatedQuote: (row) => `Citattecknet (") som inleder ett fält på rad ${row} avslutas aldrig, så resten av filen skulle bli en enda cell. Lägg till det avslutande citattecknet eller ta bort det inledande.`,
    lineTooLong: (row, max) => `Rad ${row} är längre än ${max.toLocaleString('sv-SE')} tecken; en rad i en plan är aldrig så lång. Kontrollera att filen har radbrytningar mellan raderna.`,
    moreOfTheSame: (count) => `… och ${count.toLocaleString('sv-SE')} celler till med samma slags fel.`,
    kindNames: {
      zip: 'ett zip-arkiv', oldWord: 'ett Word-dokument i det gamla formatet (.doc)', oldPowerPoint: 'en PowerPoint-presentation i det gamla formatet (.ppt)',
      compoundFile: 'en Office-fil i det gamla binära formatet', pdf: 'en PDF-fil', png: 'en PNG-bild', jpeg: 'en JPEG-bild', gif: 'en GIF-bild',
      gzip: 'ett gzip-arkiv', html: 'en webbsida (HTML)', binary: 'en binär fil av okänt slag', word: 'ett Word-dokument (.docx)',
      powerpoint: 'en PowerPoint-presentation (.pptx)', openDocument: 'ett OpenDocument-dokument (t.ex. .ods från LibreOffice)',
      other: 'ett zip-arkiv som inte innehåller någon arbetsbok (xl/workbook.xml saknas)', workbook: 'en Excel-arbetsbok eller ett annat zip-arkiv',
      oldExcel: 'en Excel-fil i det gamla formatet (.xls)', encryptedOffice: 'en lösenordsskyddad (krypterad) Office-fil'
    },
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
    notAWorkbook: (what) => `The file is no Excel workbook but ${what}. Save the plan in Excel as an Excel workbook (.xlsx) and choose that file.`,
    textAsWorkbook: 'The file is a text file, not an Excel workbook. If it is a CSV file, give it the extension .csv; otherwise save the plan in Excel as an Excel workbook (.xlsx).',
    notACsv: (what) => `The file is no CSV file but ${what}. Save the plan as CSV (semicolon delimited) or as an Excel workbook (.xlsx) and choose that file.`,
    oldExcel: 'The file is an Excel file in the old format (.xls, Excel 97–2003), which the import does not read. Open it in Excel and save it as an Excel workbook (.xlsx).',
    encrypted: 'The file is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save, or ask whoever set the password for a copy without it.',
    nestedArchive: (inner) => `The file is a zip archive holding other files (${inner}), not an Excel workbook. Unpack the archive and import the workbook itself.`,
    truncated: 'The file is incomplete: it ends before the zip archive is complete. It may have been cut off while downloading or copying; download or save it again.',
    tooManyParts: (max) => `The file consists of more than ${max.toLocaleString('en-US')} parts (files in the zip archive); an Excel workbook has a few dozen. Save the plan in a new workbook.`,
    unsupportedMethod: (method) => `The file is packed with a method (no. ${method}) that Excel does not use and cannot be read. Open it in Excel and save it again.`,
    damagedPart: (part) => `The file is damaged: its part ${part} cannot be unpacked. Open it in Excel and save it again, or get a new copy.`,
    damagedWorkbook: (reason) => `The file is damaged or was not saved by Excel and could not be read (${reason}). Open it in Excel and save it again.`,
    dtd: (part) => `The file holds a document type declaration (<!DOCTYPE> or <!ENTITY>) in its part ${part}. Files from Excel never have one and it can be used to attack systems, so the file is not read. Save the plan again in Excel.`,
    textTooLong: (max) => `A cell in the file has more than ${max.toLocaleString('en-US')} characters, the most an Excel cell holds. Shorten the text and try again.`,
    cellTooLong: (max, length) => `The cell has ${length === null ? 'more than ' : ''}${(length ?? max).toLocaleString('en-US')} characters, but an Excel cell holds at most ${max.toLocaleString('en-US')}. Shorten the text.`,
    partTooComplex: (part, max) => `The file is unreasonably large inside: more than ${max.toLocaleString('en-US')} XML elements, most of them in its part ${part}. This usually comes from formats copied many times over; copy the plan's cells to a new workbook and try again.`,
    formattedRows: (sheet, max, read) => `The sheet "${sheet}" has more than ${max.toLocaleString('en-US')} rows, most of them without content but with a format or height; the import reads at most ${read.toLocaleString('en-US')}. Delete the empty rows below the plan and save the file again.`,
    tooManyCells: (max) => `The file has more than ${max.toLocaleString('en-US')} cells with content or formatting, far more than a plan has. Remove empty formatted rows and columns, or split the plan.`,
    sharedStringOutOfRange: (index, count) => `The file is damaged: a cell refers to text number ${(index + 1).toLocaleString('en-US')}, but the file has only ${count.toLocaleString('en-US')} texts. Open the file in Excel and save it again.`,
    tooManySheets: (count, max) => `The file has ${count.toLocaleString('en-US')} sheets; the import reads at most ${max}. Save the plan's sheet in a workbook of its own.`,
    sheetNameTooLong: (length, max) => `A sheet has a name of ${length.toLocaleString('en-US')} characters; Excel allows at most ${max}. Rename the sheet.`,
    macrosNotRun: 'The file contains macros (VBA). They are not run and not kept; only the cells\' contents are read.',
    formulaWithoutValue: (formula) => `The cell holds the formula ${formula} but no saved value, and the import never calculates formulas. Open the file in Excel and save it (which saves the value), or replace the formula with its value.`,
    controlCharacter: (code) => `The text contains an invisible control character (${code}) that does not belong in a plan. Remove the character.`,
    bidiCharacter: (code) => `The text contains an invisible character (${code}) that reverses the text's direction, so that it shows differently from how it is written. Remove the character.`,
    sheetTooWide: (sheet, max) => `The sheet "${sheet}" has content in more than ${max} columns; the import reads at most ${max}. Remove or move the rightmost columns.`,
    mergedHeader: (column, master) => `The header cell of column ${column} is merged with column ${master}, but column ${column} has content of its own that would then not be imported. Unmerge the header cells and give column ${column} a header of its own.`,
    unnamedColumn: (column) => `Column ${column} has no header but has content; it is not imported. Give it a header if it is to be imported.`,
    duplicateHeader: (column, first, second) => `The column "${column}" appears twice (columns ${first} and ${second}) with different content, and the import cannot know which applies. Give the columns different headers or remove one.`,
    utf16WithoutBom: 'The file is saved as UTF-16 without a byte order mark (BOM), so its characters cannot be read safely. Save it in Excel as "CSV UTF-8 (comma delimited)" or "CSV (semicolon delimited)".',
    nulCharacter: (row) => `The file contains NUL characters on line ${row}, which a CSV file never has. It is probably not a text file, or saved in the wrong encoding; save it as CSV UTF-8.`,
    invalidUtf8: (row, position, byte) => `Line ${row} has an invalid UTF-8 code (byte ${byte} at character ${position}), although the rest of the file is UTF-8. The file may be damaged or mix encodings; save it again as CSV UTF-8.`,
    unterminatedQuote: (row) => `The quotation mark (") that opens a field on line ${row} is never closed, so the rest of the file would become a single cell. Add the closing quotation mark or remove the opening one.`,
    lineTooLong: (row, max) => `Line ${row} is longer than ${max.toLocaleString('en-US')} characters; no line of a plan is that long. Check that the file has line breaks between its lines.`,
    moreOfTheSame: (count) => `… and ${count.toLocaleString('en-US')} more cells with the same kind of problem.`,
    kindNames: {
      zip: 'a zip archive', oldWord: 'a Word document in the old format (.doc)', oldPowerPoint: 'a PowerPoint presentation in the old format (.ppt)',
      compoundFile: 'an Office file in the old binary format', pdf: 'a PDF file', png: 'a PNG image', jpeg: 'a JPEG image', gif: 'a GIF image',
      gzip: 'a gzip archive', html: 'a web page (HTML)', binary: 'a binary file of unknown kind', word: 'a Word document (.docx)',
      powerpoint: 'a PowerPoint presentation (.pptx)', openDocument: 'an OpenDocument document (such as .ods from LibreOffice)',
      other: 'a zip archive with no workbook (xl/workbook.xml is missing)', workbook: 'an Excel workbook or another zip archive',
      oldExcel: 'an Excel file in the old format (.xls)', encryptedOffice: 'a password-protected (encrypted) Office file'
    },
    methodLabel: 'Method',
    frequencyLabel: 'Frequency',
    reportToLabel: 'Reported to',
    statusNames: { green: 'green', yellow: 'yellow', red: 'red' }
  }
};
