/** The words for reports that do not count (FlaggedReports.tsx), Swedish first. */
import { Locale } from '../../model/statusLegend';

export interface FlaggedStrings {
  title: (count: number) => string;
  line: (measure: string, writer: string, when: string) => string;
  more: (count: number) => string;
  unknownWriter: string;
  tag: string;
  why: string;
  /** An import's history: `importers` names who imported, and when. */
  importedTitle: (statuses: number, values: number, importers: string) => string;
  importedWhy: string;
  importedBy: (name: string, date: string) => string;
  importedTag: string;
}

export const flaggedStrings: Record<Locale, FlaggedStrings> = {
  'sv-SE': {
    title: (n) => n === 1
      ? 'En rapport räknas inte: den skrevs av någon som inte var ansvarig eller ersättare för åtgärden då. Den ingår inte i status, påminnelser eller nämndhandlingar.'
      : `${n} rapporter räknas inte: de skrevs av personer som inte var ansvariga eller ersättare för åtgärderna då. De ingår inte i status, påminnelser eller nämndhandlingar.`,
    line: (measure, writer, when) => `${measure}: skriven av ${writer} ${when}`,
    more: (n) => `… och ${n} till.`,
    unknownWriter: 'okänd',
    tag: 'Räknas inte',
    why: 'Skriven av någon som inte var ansvarig eller ersättare för åtgärden då.',
    importedTitle: (statuses, values, importers) => {
      const what = [statuses ? `${statuses} ${statuses === 1 ? 'status' : 'statusar'}` : '', values ? `${values} ${values === 1 ? 'värde' : 'värden'}` : '']
        .filter(Boolean).join(' och ');
      return `${what.charAt(0).toUpperCase()}${what.slice(1)} kommer från en importerad fil (${importers}).`;
    },
    importedWhy: 'Samordnaren som importerade filen registrerade dem, inte de ansvariga själva. De visas i planens vyer som filens historik men ingår inte i nämndhandlingar.',
    importedBy: (name, date) => `importerad av ${name} ${date}`,
    importedTag: 'Importerad'
  },
  'en-US': {
    title: (n) => n === 1
      ? 'One report does not count: it was written by someone who was neither responsible for the measure nor their delegate at the time. It is left out of statuses, reminders and board papers.'
      : `${n} reports do not count: they were written by people who were neither responsible for the measures nor delegates at the time. They are left out of statuses, reminders and board papers.`,
    line: (measure, writer, when) => `${measure}: written by ${writer} on ${when}`,
    more: (n) => `… and ${n} more.`,
    unknownWriter: 'unknown',
    tag: 'Does not count',
    why: 'Written by someone who was neither responsible for the measure nor their delegate at the time.',
    importedTitle: (statuses, values, importers) => {
      const what = [statuses ? `${statuses} ${statuses === 1 ? 'status' : 'statuses'}` : '', values ? `${values} ${values === 1 ? 'value' : 'values'}` : '']
        .filter(Boolean).join(' and ');
      return `${what} ${statuses + values === 1 ? 'comes' : 'come'} from an imported file (${importers}).`;
    },
    importedWhy: 'The coordinator who imported the file recorded them, not the responsible people themselves. The plan\'s views show them as the file\'s history; board papers leave them out.',
    importedBy: (name, date) => `imported by ${name} on ${date}`,
    importedTag: 'Imported'
  }
};
