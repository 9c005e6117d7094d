/**
 * The editing views' strings (panels, dialogs, plan actions), Swedish first and English second.
 */
import { Locale } from '../../model/statusLegend';
import { MessageKey } from '../../model/validation';

export interface EditingStrings {
  actions: {
    newRisk: string; newPeriod: string; decide: string; startFollowUp: string; close: string; reopen: string; copyNextYear: string;
    newPlan: string; roles: string; importPlan: string; loadingImport: string; export: string; openPeriod: string; closePeriod: string;
  };
  risk: {
    newTitle: string; editTitle: string; risk: string; consequence: string; cause: string; handling: string; noHandling: string;
    strategy: string; objective: string; none: string; inherent: string; residual: string; probability: string; consequence2: string;
    confidential: string; confidentialHint: string; measures: string; measure: string; responsible: string; due: string; addMeasure: string;
    removeMeasure: (n: number) => string; chooseRole: string; save: string; saving: string; cancel: string; saved: string; savedNotSecured: string; measureN: (n: number) => string;
    add: string; new: string; edit: string;
  };
  conflict: {
    title: string; intro: string; field: string; mine: string; theirs: string; keepMine: string; useTheirs: string; measure: (title: string) => string;
  };
  decision: { title: string; intro: string; date: string; diaryNumber: string; confirm: string; cancel: string };
  period: { title: string; name: string; namePlaceholder: string; asOf: string; deadline: string; deadlineHint: string; open: string; confirm: string; cancel: string };
  plan: { title: string; name: string; kind: string; year: string; unit: string; confirm: string; cancel: string; copied: (title: string, items: number, measures: number) => string };
  roles: { title: string; role: string; holder: string; delegate: string; search: string; noResults: string; moved: (role: string, person: string, n: number) => string; close: string; vacant: string; newRole: string; unit: string; add: string; remove: string; vacated: (role: string, n: number) => string };
  history: {
    title: string; none: string; correction: string; by: (name: string, at: string) => string; close: string;
    statusTitle: string; changesTitle: string; changesNone: string; created: string; oldestKept: string; loading: string; failed: string;
    empty: string; yes: string; no: string; changedBy: (name: string, at: string) => string;
    /** The measure's columns, by property, in the view's words. */
    fields: Record<string, string>;
  };
  errors: Record<MessageKey, string> & { generic: string };
}

const sv: EditingStrings = {
  actions: {
    newRisk: 'Ny risk', newPeriod: 'Ny uppföljning', decide: 'Registrera beslut', startFollowUp: 'Starta uppföljning', close: 'Avsluta planen',
    reopen: 'Gör till utkast', copyNextYear: 'Kopiera till nästa år', newPlan: 'Ny plan', roles: 'Ansvarsroller', importPlan: 'Importera', loadingImport: 'Importen öppnas …',
    export: 'Exportera till Excel', openPeriod: 'Öppna uppföljningen', closePeriod: 'Stäng uppföljningen'
  },
  risk: {
    newTitle: 'Ny risk', editTitle: 'Redigera risk', risk: 'Beskrivning av risk', consequence: 'Beskrivning av konsekvens',
    cause: 'Bakomliggande orsak', handling: 'Hantering av risk', noHandling: 'Inte bestämd', strategy: 'Koppling till strategi',
    objective: 'Internkontrollmål', none: '(ingen)', inherent: 'Bedömning före åtgärder', residual: 'Bedömning efter åtgärder',
    probability: 'Sannolikhet', consequence2: 'Konsekvens', confidential: 'Omfattas av sekretess',
    confidentialHint: 'Risken visas inte i det som publiceras för nämnden eller allmänheten.', measures: 'Åtgärder', measure: 'Åtgärd',
    responsible: 'Ansvarig för genomförande', due: 'Klart senast', addMeasure: 'Lägg till åtgärd', removeMeasure: (n) => `Ta bort åtgärd ${n}`,
    chooseRole: 'Välj roll', save: 'Spara', saving: 'Sparar …', cancel: 'Avbryt', saved: 'Risken är sparad.', savedNotSecured: 'Risken är sparad, men SharePoint lät dig inte begränsa vem som får läsa den. Be en webbplatsägare köra provisioneringen, så att bara behöriga kan läsa den.', measureN: (n) => `Åtgärd ${n}`,
    add: 'Lägg till', new: 'Ny', edit: 'Redigera'
  },
  conflict: {
    title: 'Någon annan har ändrat risken', intro: 'Risken ändrades av någon annan medan du redigerade. Jämför och välj vilken version som ska gälla.',
    field: 'Uppgift', mine: 'Din version', theirs: 'Sparad version', keepMine: 'Spara min version', useTheirs: 'Använd den sparade versionen',
    measure: (t) => `Åtgärd: ${t}`
  },
  decision: { title: 'Registrera beslut', intro: 'Ange när nämnden beslutade om planen och ärendets diarienummer.', date: 'Beslutsdatum', diaryNumber: 'Diarienummer (Dnr)', confirm: 'Registrera', cancel: 'Avbryt' },
  period: {
    title: 'Ny uppföljning', name: 'Benämning', namePlaceholder: 't.ex. Delår augusti', asOf: 'Status per', deadline: 'Sista svarsdag',
    deadlineHint: 'Infaller dagen på en helg eller helgdag flyttas den till vardagen före.', open: 'Öppna direkt för svar', confirm: 'Skapa', cancel: 'Avbryt'
  },
  plan: { title: 'Ny plan', name: 'Planens namn', kind: 'Typ av plan', year: 'År', unit: 'Ansvarig enhet', confirm: 'Skapa', cancel: 'Avbryt',
    copied: (t, i, m) => `${t} är skapad som utkast med ${i} risker och ${m} åtgärder.` },
  roles: { title: 'Ansvarsroller', role: 'Roll', holder: 'Innehavare', delegate: 'Ersättare', search: 'Sök person', noResults: 'Ingen träff',
    moved: (r, p, n) => `${p} har nu rollen ${r} och ansvarar för ${n} öppna åtgärder.`, close: 'Stäng', vacant: 'Vakant',
    newRole: 'Ny roll', unit: 'Enhet', add: 'Lägg till roll', remove: 'Ta bort',
    vacated: (r, n) => `Rollen ${r} är vakant: ${n} öppna åtgärder saknar nu någon som svarar.` },
  history: {
    title: 'Historik', none: 'Ingen status är lämnad ännu.', correction: 'Rättelse', by: (n, a) => `${n}, ${a}`, close: 'Stäng',
    statusTitle: 'Status per uppföljning', changesTitle: 'Ändringar av åtgärden', changesNone: 'Åtgärden har inte ändrats sedan den lades till.',
    created: 'Lades till', oldestKept: 'Äldsta sparade versionen', loading: 'Hämtar ändringarna …',
    failed: 'Ändringarna kunde inte hämtas.', empty: '(tomt)', yes: 'Ja', no: 'Nej', changedBy: (n, a) => `${n}, ${a}`,
    fields: {
      title: 'Benämning', measureKind: 'Typ', roleKey: 'Ansvarig roll', roleKeys: 'Ansvariga roller', dueDate: 'Klart senast', method: 'Metod',
      closed: 'Avslutad', goal: 'Mål', targetRule: 'Mått för måluppfyllelse', targetValue: 'Målvärde', unitOfMeasure: 'Måttenhet',
      splitBySex: 'Könsuppdelad', tolerance: 'Tolerans', confidential: 'Sekretess', itemKey: 'Risk eller mål', securityAreaKey: 'Säkerhetsområde'
    }
  },
  errors: {
    required: 'Uppgiften måste fyllas i.', tooLong: 'Texten är för lång (högst 255 tecken).', invalidDate: 'Ange ett giltigt datum (ÅÅÅÅ-MM-DD).',
    deadlineBeforeAsOf: 'Sista svarsdag kan inte vara före datumet som statusen avser.', duplicateTitle: 'Det finns redan en uppföljning med samma namn.',
    yearOutOfRange: 'Ange ett år mellan 2000 och 2100.', assessmentIncomplete: 'Ange både sannolikhet och konsekvens, eller ingen av dem.',
    assessmentOutOfRange: 'Värdet ligger utanför riskmatrisen.', roleRequired: 'Välj vem som ansvarar för åtgärden.', notANonNegativeNumber: 'Ange ett tal som är noll eller större.',
    generic: 'Det gick inte att spara.'
  }
};

const en: EditingStrings = {
  actions: {
    newRisk: 'New risk', newPeriod: 'New follow-up', decide: 'Record decision', startFollowUp: 'Start follow-up', close: 'Close the plan',
    reopen: 'Back to draft', copyNextYear: 'Copy to next year', newPlan: 'New plan', roles: 'Responsible roles', importPlan: 'Import', loadingImport: 'Opening the import…',
    export: 'Export to Excel', openPeriod: 'Open the follow-up', closePeriod: 'Close the follow-up'
  },
  risk: {
    newTitle: 'New risk', editTitle: 'Edit risk', risk: 'Risk description', consequence: 'Consequence', cause: 'Underlying cause',
    handling: 'Risk handling', noHandling: 'Not decided', strategy: 'Strategy', objective: 'Internal control objective', none: '(none)',
    inherent: 'Assessment before measures', residual: 'Assessment after measures', probability: 'Probability', consequence2: 'Consequence',
    confidential: 'Confidential', confidentialHint: 'The risk is left out of what is published for the board or the public.', measures: 'Measures',
    measure: 'Measure', responsible: 'Responsible', due: 'Due', addMeasure: 'Add measure', removeMeasure: (n) => `Remove measure ${n}`,
    chooseRole: 'Choose role', save: 'Save', saving: 'Saving …', cancel: 'Cancel', saved: 'The risk is saved.', savedNotSecured: 'The risk is saved, but SharePoint did not let you limit who may read it. Ask a site owner to run provisioning, so that only those entitled can read it.', measureN: (n) => `Measure ${n}`,
    add: 'Add', new: 'New', edit: 'Edit'
  },
  conflict: {
    title: 'Someone else changed the risk', intro: 'The risk was changed by someone else while you were editing. Compare and choose which version applies.',
    field: 'Field', mine: 'Your version', theirs: 'Saved version', keepMine: 'Save my version', useTheirs: 'Use the saved version', measure: (t) => `Measure: ${t}`
  },
  decision: { title: 'Record decision', intro: 'Enter when the board decided on the plan and the case reference number.', date: 'Decision date', diaryNumber: 'Reference no. (Dnr)', confirm: 'Record', cancel: 'Cancel' },
  period: { title: 'New follow-up', name: 'Name', namePlaceholder: 'e.g. Interim report August', asOf: 'Status as of', deadline: 'Deadline',
    deadlineHint: 'A deadline on a weekend or public holiday moves to the working day before.', open: 'Open for answers now', confirm: 'Create', cancel: 'Cancel' },
  plan: { title: 'New plan', name: 'Plan name', kind: 'Kind of plan', year: 'Year', unit: 'Responsible unit', confirm: 'Create', cancel: 'Cancel',
    copied: (t, i, m) => `${t} is created as a draft with ${i} risks and ${m} measures.` },
  roles: { title: 'Responsible roles', role: 'Role', holder: 'Holder', delegate: 'Delegate', search: 'Search person', noResults: 'No match',
    moved: (r, p, n) => `${p} now holds ${r} and is responsible for ${n} open measures.`, close: 'Close', vacant: 'Vacant',
    newRole: 'New role', unit: 'Unit', add: 'Add role', remove: 'Remove',
    vacated: (r, n) => `The role ${r} is vacant: ${n} open measures now have no one to answer.` },
  history: {
    title: 'History', none: 'No status has been reported yet.', correction: 'Correction', by: (n, a) => `${n}, ${a}`, close: 'Close',
    statusTitle: 'Status per follow-up', changesTitle: 'Changes to the measure', changesNone: 'The measure has not been changed since it was added.',
    created: 'Added', oldestKept: 'Oldest version kept', loading: 'Reading the changes …',
    failed: 'The changes could not be read.', empty: '(empty)', yes: 'Yes', no: 'No', changedBy: (n, a) => `${n}, ${a}`,
    fields: {
      title: 'Title', measureKind: 'Kind', roleKey: 'Responsible role', roleKeys: 'Responsible roles', dueDate: 'Due', method: 'Method',
      closed: 'Closed', goal: 'Goal', targetRule: 'Target rule', targetValue: 'Target value', unitOfMeasure: 'Unit',
      splitBySex: 'Split by sex', tolerance: 'Tolerance', confidential: 'Confidential', itemKey: 'Risk or goal', securityAreaKey: 'Security area'
    }
  },
  errors: {
    required: 'This is required.', tooLong: 'The text is too long (at most 255 characters).', invalidDate: 'Enter a valid date (YYYY-MM-DD).',
    deadlineBeforeAsOf: 'The deadline cannot be before the status date.', duplicateTitle: 'There is already a follow-up with that name.',
    yearOutOfRange: 'Enter a year between 2000 and 2100.', assessmentIncomplete: 'Enter both probability and consequence, or neither.',
    assessmentOutOfRange: 'The value is outside the risk matrix.', roleRequired: 'Choose who is responsible for the measure.', notANonNegativeNumber: 'Enter a number that is zero or greater.', generic: 'Could not save.'
  }
};

export const editingStrings: Record<Locale, EditingStrings> = { 'sv-SE': sv, 'en-US': en };
