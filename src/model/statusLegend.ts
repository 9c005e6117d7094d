/**
 * The traffic-light legend of the internal control plan, with the fixed meanings the boards use.
 * One source of truth for the colours' meaning, hex values and order, in Swedish and English.
 */
import { StatusColour } from './types';

export type Locale = 'sv-SE' | 'en-US';

export interface StatusLegendEntry {
  colour: StatusColour;
  /** Fill colour for exports and the UI's swatch; text on it must use `textColour`. */
  hex: string;
  textColour: string;
  label: Record<Locale, string>;
  /** The fixed meaning; `subject` names what is followed up ("Aktiviteten"), by default the measure. */
  meaning: (year: number, locale: Locale, subject?: string) => string;
}

export const statusLegend: readonly StatusLegendEntry[] = [
  {
    colour: 'green', hex: '#107C10', textColour: '#FFFFFF',
    label: { 'sv-SE': 'Grön', 'en-US': 'Green' },
    meaning: (_year, locale, subject) => (locale === 'sv-SE' ? `${subject ?? 'Åtgärden'} är genomförd och klar` : `${subject ?? 'The measure'} is carried out and done`)
  },
  {
    colour: 'yellow', hex: '#FCE100', textColour: '#201F1E',
    label: { 'sv-SE': 'Gul', 'en-US': 'Yellow' },
    meaning: (year, locale, subject) => (locale === 'sv-SE'
      ? `${subject ?? 'Åtgärden'} är delvis genomförd och beräknas vara helt genomförd under ${year}`
      : `${subject ?? 'The measure'} is partly carried out and is expected to be fully done during ${year}`)
  },
  {
    colour: 'red', hex: '#C50F1F', textColour: '#FFFFFF',
    label: { 'sv-SE': 'Röd', 'en-US': 'Red' },
    meaning: (year, locale, subject) => (locale === 'sv-SE'
      ? `${subject ?? 'Åtgärden'} är inte genomförd, eller delvis genomförd, och bedöms inte bli klar under ${year}`
      : `${subject ?? 'The measure'} is not, or only partly, carried out and is not expected to be done during ${year}`)
  }
];

export function legendFor(colour: StatusColour): StatusLegendEntry {
  const entry = statusLegend.find((e) => e.colour === colour);
  if (!entry) throw new Error(`Unknown status colour: ${colour}`);
  return entry;
}

/** Worse statuses sort first: red, yellow, green. */
export function statusSeverity(colour: StatusColour | null): number {
  return colour === 'red' ? 3 : colour === 'yellow' ? 2 : colour === 'green' ? 1 : 0;
}
