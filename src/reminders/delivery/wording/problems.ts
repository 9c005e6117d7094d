/**
 * What the coordinators' problem digest says, in Swedish (first) and English: one heading for the run's day, an
 * intro, and per kind of problem a section title and one sentence per notice that says what is wrong, what it
 * stopped and what to do. Long lists are cut ("och 12 till") so that a region's worst day still fits a Teams
 * card. Plain text: the card and the mail escape it for their format.
 */
import { Locale } from '../../../model/statusLegend';
import { IsoDate } from '../../../model/types';
import { CoordinatorNotice, NoticeSubject, PermissionUse, ProblemDigestMessage } from '../../types';
import { english } from './english';
import { joinNames, PRODUCT } from './common';
import { swedish } from './swedish';

/** The order of the sections: what stops everyone first, then what stops one subject. */
export const SECTION_ORDER: readonly CoordinatorNotice['kind'][] = [
  'missingPermission', 'undelivered', 'noHolder', 'roleWithoutHolder', 'noManager', 'disabledAccount', 'publication', 'setting'
];

/** Subjects named in one sentence, and sentences in one section, before the rest is counted. */
export const SUBJECTS_NAMED = 5;
export const LINES_PER_SECTION = 10;

export interface ProblemWording {
  heading(date: string): string;
  intro: string;
  sections: Record<CoordinatorNotice['kind'], string>;
  line(notice: CoordinatorNotice): string;
  /** "och 12 till" after the lines a section shows. */
  more(count: number): string;
  date(date: IsoDate): string;
  mailSubject(date: string): string;
  footer: string;
}

function subjectList(subjects: readonly NoticeSubject[], and: string, more: (n: number) => string): string {
  const named = subjects.slice(0, SUBJECTS_NAMED).map((s) => (s.plan ? `${s.title} (${s.plan})` : s.title));
  const rest = subjects.length - named.length;
  return rest > 0 ? `${named.join(', ')} ${more(rest)}` : joinNames(named, and);
}

const svUse: Record<PermissionUse, string> = {
  chat: 'för påminnelser i Teams-chatt',
  activity: 'för aviseringar i Teams aktivitetsflöde',
  mail: 'för e-post',
  directory: 'för att läsa chefer och konton i katalogen',
  chatCheck: 'för att se i chatten om en påminnelse redan kommit fram'
};

/** What waits for the permission, and what to do. */
const svHeld = (held: number): string => {
  const grant = 'när en administratör har gett behörigheten i Microsoft Entra ID.';
  if (held === 0) return `Inga meddelanden kan skickas den vägen förrän ${grant}`;
  return held === 1 ? `1 påminnelse skickades inte och ligger kvar; den skickas en gång vid nästa körning ${grant}`
    : `${held} påminnelser skickades inte och ligger kvar; de skickas en gång vid nästa körning ${grant}`;
};

const svLine = (n: CoordinatorNotice): string => {
  const list = (subjects: readonly NoticeSubject[]): string => subjectList(subjects, 'och', (k) => `och ${k} till`);
  switch (n.kind) {
    case 'missingPermission':
      if (n.use === 'directory') {
        return `Tjänsten saknar behörigheten ${n.permission} i Microsoft Graph ${svUse[n.use]}. Därför skickades inga eskaleringar till chefer, `
          + 'och inaktiverade konton kunde inte upptäckas. En administratör behöver ge behörigheten i Microsoft Entra ID.';
      }
      return `Tjänsten saknar behörigheten ${n.permission} i Microsoft Graph ${svUse[n.use]}. ${svHeld(n.held)}`;
    case 'undelivered':
      return `${n.person} (${n.subjects === 1 ? '1 uppgift' : `${n.subjects} uppgifter`}): påminnelsen kom inte fram. Felet: ${n.error}`;
    case 'noHolder':
      return n.role
        ? `Ingen kan påminnas om ${list(n.subjects)}: rollen ${n.role} har varken innehavare eller ersättare.`
        : `Ingen kan påminnas om ${list(n.subjects)}: uppgiften saknar ansvarig roll.`;
    case 'roleWithoutHolder':
      return `Rollen ${n.role ?? '(okänd roll)'} saknar innehavare. Det gäller ${list(n.subjects)}. Övriga ansvariga har fått påminnelsen.`;
    case 'noManager':
      return `${n.person} har ingen chef i katalogen, så förseningen kunde inte eskaleras: ${list(n.subjects)}.`;
    case 'disabledAccount':
      return `Kontot för ${n.person} är inaktiverat och fick ingen påminnelse om ${list(n.subjects)}. Utse en ny innehavare eller ersättare för rollen.`;
    case 'setting':
      return `${n.detail} Standardvärdet används tills inställningen är rättad.`;
    case 'publication':
      if (n.problem === 'noSetting') {
        return `Ingen är utsedd att få meddelande när handlingar till ${n.board} publiceras: inställningen för nämndsekreterarnas roller saknas eller är felaktig.`;
      }
      return n.problem === 'noBoardSecretary'
        ? `Ingen har rollen ${n.role ?? '(okänd roll)'}, så ingen fick meddelande om de publicerade handlingarna till ${n.board}.`
        : `Rollen ${n.role ?? '(okänd roll)'}, som får meddelande om handlingar till ${n.board}, saknar innehavare.`;
  }
};

const enUse: Record<PermissionUse, string> = {
  chat: 'for reminders in Teams chat',
  activity: 'for notifications in the Teams activity feed',
  mail: 'for e-mail',
  directory: 'to read managers and accounts in the directory',
  chatCheck: 'to see in the chat whether a reminder already arrived'
};

const enHeld = (held: number): string => {
  const grant = 'after an administrator has granted the permission in Microsoft Entra ID.';
  if (held === 0) return 'Nothing can be sent that way until an administrator has granted the permission in Microsoft Entra ID.';
  return held === 1 ? `1 reminder was not sent and is kept; it is sent once on the next run ${grant}`
    : `${held} reminders were not sent and are kept; they are sent once on the next run ${grant}`;
};

const enLine = (n: CoordinatorNotice): string => {
  const list = (subjects: readonly NoticeSubject[]): string => subjectList(subjects, 'and', (k) => `and ${k} more`);
  switch (n.kind) {
    case 'missingPermission':
      if (n.use === 'directory') {
        return `The service lacks the Microsoft Graph permission ${n.permission} ${enUse[n.use]}. No escalations were sent to managers `
          + 'and disabled accounts could not be detected. An administrator needs to grant the permission in Microsoft Entra ID.';
      }
      return `The service lacks the Microsoft Graph permission ${n.permission} ${enUse[n.use]}. ${enHeld(n.held)}`;
    case 'undelivered':
      return `${n.person} (${n.subjects === 1 ? '1 task' : `${n.subjects} tasks`}): the reminder did not arrive. The error: ${n.error}`;
    case 'noHolder':
      return n.role
        ? `Nobody can be reminded of ${list(n.subjects)}: the role ${n.role} has neither a holder nor a delegate.`
        : `Nobody can be reminded of ${list(n.subjects)}: it has no responsible role.`;
    case 'roleWithoutHolder':
      return `The role ${n.role ?? '(unknown role)'} has no holder. This concerns ${list(n.subjects)}. The other responsible people were reminded.`;
    case 'noManager':
      return `${n.person} has no manager in the directory, so the delay could not be escalated: ${list(n.subjects)}.`;
    case 'disabledAccount':
      return `The account of ${n.person} is disabled and got no reminder of ${list(n.subjects)}. Appoint a new holder or delegate for the role.`;
    case 'setting':
      return `${n.detail} The default is used until the setting is corrected.`;
    case 'publication':
      if (n.problem === 'noSetting') {
        return `Nobody is named to be told when papers for ${n.board} are published: the board secretaries' roles setting is missing or invalid.`;
      }
      return n.problem === 'noBoardSecretary'
        ? `Nobody holds the role ${n.role ?? '(unknown role)'}, so nobody was told of the papers published for ${n.board}.`
        : `The role ${n.role ?? '(unknown role)'}, told of papers for ${n.board}, has no holder.`;
  }
};

const sv: ProblemWording = {
  heading: (date) => `Att åtgärda efter påminnelserna ${date}`,
  intro: `Vid dagens utskick hittade ${PRODUCT} följande som behöver åtgärdas. Påminnelser som inte kunde skickas ligger kvar `
    + 'och skickas vid nästa körning när felet är rättat.',
  sections: {
    missingPermission: 'Behörighet saknas i Microsoft Graph',
    undelivered: 'Påminnelser som inte kom fram',
    noHolder: 'Uppgifter som ingen kan påminnas om',
    roleWithoutHolder: 'Roller utan innehavare',
    noManager: 'Chef saknas för eskalering',
    disabledAccount: 'Inaktiverade konton',
    publication: 'Meddelanden om nämndhandlingar',
    setting: 'Inställningar som inte kunde läsas'
  },
  line: svLine,
  more: (count) => `… och ${count} till.`,
  date: swedish.date,
  mailSubject: (date) => `${PRODUCT}: Att åtgärda efter påminnelserna ${date}`,
  footer: `Meddelandet skickades automatiskt av ${PRODUCT} till samordnarna. Samma problem rapporteras högst en gång per dag.`
};

const en: ProblemWording = {
  heading: (date) => `To put right after the reminders of ${date}`,
  intro: `While sending today's reminders ${PRODUCT} found the following that needs attention. Reminders that could not be sent are `
    + 'kept and sent on the next run once the fault is put right.',
  sections: {
    missingPermission: 'Missing Microsoft Graph permissions',
    undelivered: 'Reminders that did not arrive',
    noHolder: 'Tasks nobody can be reminded of',
    roleWithoutHolder: 'Roles without a holder',
    noManager: 'No manager for an escalation',
    disabledAccount: 'Disabled accounts',
    publication: 'Notices of board papers',
    setting: 'Settings that could not be read'
  },
  line: enLine,
  more: (count) => `… and ${count} more.`,
  date: english.date,
  mailSubject: (date) => `${PRODUCT}: To put right after the reminders of ${date}`,
  footer: `This message was sent automatically by ${PRODUCT} to the coordinators. The same problems are reported at most once a day.`
};

export function problemWording(locale: Locale): ProblemWording {
  return locale === 'en-US' ? en : sv;
}

/** The digest as sections of sentences, in the section order, each cut after LINES_PER_SECTION with a count of the rest. */
export function problemSections(message: ProblemDigestMessage): Array<{ title: string; lines: string[] }> {
  const w = problemWording(message.locale);
  const sections: Array<{ title: string; lines: string[] }> = [];
  for (const kind of SECTION_ORDER) {
    const notices = message.notices.filter((n) => n.kind === kind);
    if (notices.length === 0) continue;
    const lines = notices.slice(0, LINES_PER_SECTION).map((n) => w.line(n));
    if (notices.length > LINES_PER_SECTION) lines.push(w.more(notices.length - LINES_PER_SECTION));
    sections.push({ title: w.sections[kind], lines });
  }
  return sections;
}
