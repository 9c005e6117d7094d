/**
 * What the board secretary is told when papers are published, in Swedish (first) and English: a heading,
 * one sentence that says who published what for which meeting, the labels of the facts, the notice of a
 * confidential appendix and the short texts of activity notifications and mail subjects. Plain text:
 * each renderer escapes it for its own format.
 */
import { Locale } from '../../../model/statusLegend';
import { IsoDate, IsoDateTime } from '../../../model/types';
import { PublicationMessage } from '../../types';
import { english } from './english';
import { PRODUCT } from './common';
import { swedish } from './swedish';

export interface PublicationWording {
  heading: string;
  /** "Maria Lindqvist har publicerat handlingarna … till Regionstyrelsen inför sammanträdet 15 december 2026." */
  intro(message: PublicationMessage): string;
  /** The paper's subject: "Internkontrollplan 2026 – Uppföljning november". */
  subject(message: PublicationMessage): string;
  labels: {
    board: string; meeting: string; diaryNumber: string; version: string; publishedAt: string; publishedBy: string;
    documents: string; openPage: string; openLibrary: string;
  };
  confidential: string;
  date(date: IsoDate): string;
  /** The instant in Stockholm: "1 december 2026 kl. 10.05". */
  instant(at: IsoDateTime): string;
  preview(message: PublicationMessage): string;
  mailSubject(message: PublicationMessage): string;
  mailFooter: string;
}

/** Hours and minutes of an instant on the wall clock in Stockholm. */
function stockholmTime(at: IsoDateTime): { hour: string; minute: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(at));
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return { hour: part('hour'), minute: part('minute') };
}

function stockholmDay(at: IsoDateTime): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(at));
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** An instant as the day in Stockholm followed by the wall-clock time there, in the language's forms. */
function inStockholm(date: (day: IsoDate) => string, clock: (hour: string, minute: string) => string): (at: IsoDateTime) => string {
  return (at) => {
    const { hour, minute } = stockholmTime(at);
    return `${date(stockholmDay(at))} ${clock(hour, minute)}`;
  };
}

const subject = (m: PublicationMessage): string => (m.periodTitle ? `${m.planTitle} – ${m.periodTitle}` : m.planTitle);

const sv: PublicationWording = {
  heading: 'Nämndhandlingar har publicerats',
  intro: (m) => {
    const meeting = m.meetingDate ? ` inför sammanträdet ${swedish.date(m.meetingDate)}` : '';
    return `${m.publishedBy || 'Samordnaren'} har publicerat handlingarna i ärendet ${subject(m)} till ${m.board}${meeting}. `
      + 'Handlingarna är frysta och ändras inte om planen ändras senare.';
  },
  subject,
  labels: {
    board: 'Nämnd', meeting: 'Sammanträde', diaryNumber: 'Dnr', version: 'Version', publishedAt: 'Publicerad', publishedBy: 'Publicerad av',
    documents: 'Handlingar', openPage: 'Öppna nämndsidan', openLibrary: 'Öppna Nämndhandlingar'
  },
  confidential: 'Det finns en sekretessbilaga. Den visas bara för den som är behörig att läsa den.',
  date: swedish.date,
  instant: inStockholm(swedish.date, (hour, minute) => `kl. ${hour}.${minute}`),
  preview: (m) => `Dnr ${m.diaryNumber}, version ${m.version}: ${subject(m)} till ${m.board}${m.meetingDate ? ` ${swedish.date(m.meetingDate)}` : ''}.`,
  mailSubject: (m) => `${PRODUCT}: Nämndhandlingar publicerade, Dnr ${m.diaryNumber}`,
  mailFooter: `Länkarna öppnar den publicerade versionen. Meddelandet skickades automatiskt av ${PRODUCT}.`
};

const en: PublicationWording = {
  heading: 'Board papers have been published',
  intro: (m) => {
    const meeting = m.meetingDate ? ` for the meeting on ${english.date(m.meetingDate)}` : '';
    return `${m.publishedBy || 'The coordinator'} has published the papers of the case ${subject(m)} to ${m.board}${meeting}. `
      + 'The papers are frozen and do not change when the plan changes later.';
  },
  subject,
  labels: {
    board: 'Board', meeting: 'Meeting', diaryNumber: 'Reference', version: 'Version', publishedAt: 'Published', publishedBy: 'Published by',
    documents: 'Papers', openPage: 'Open the board page', openLibrary: 'Open the board papers library'
  },
  confidential: 'There is a confidential appendix. Only those entitled to read it can see it.',
  date: english.date,
  instant: inStockholm(english.date, (hour, minute) => `at ${hour}:${minute}`),
  preview: (m) => `Ref. ${m.diaryNumber}, version ${m.version}: ${subject(m)} to ${m.board}${m.meetingDate ? ` on ${english.date(m.meetingDate)}` : ''}.`,
  mailSubject: (m) => `${PRODUCT}: Board papers published, ref. ${m.diaryNumber}`,
  mailFooter: `The links open the published version. This message was sent automatically by ${PRODUCT}.`
};

export function publicationWording(locale: Locale): PublicationWording {
  return locale === 'en-US' ? en : sv;
}
