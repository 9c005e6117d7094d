/**
 * What reminders say, in Swedish (first) and English: headings, intros, what each row asks for, labels,
 * "x dagar kvar", dates and the short texts of activity notifications and mail subjects, for every kind
 * of request (a status, an indicator's value, a chapter) and for a digest that mixes them. Plain text
 * only: each renderer escapes it for its own format (escaping.ts). One place for the words, so card,
 * notification and mail agree. The nouns for measure kinds come from the plan-kind configuration.
 */
import { Locale } from '../../model/statusLegend';
import { ReminderWording } from './wording/common';
import { english } from './wording/english';
import { swedish } from './wording/swedish';

export type { AskedGroup, DigestType, ReminderWording } from './wording/common';

/** Swedish unless the recipient's locale is English. */
export function wordingFor(locale: Locale): ReminderWording {
  return locale === 'en-US' ? english : swedish;
}
