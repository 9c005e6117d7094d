/**
 * The tjänsteskrivelse as the product's own document kind: a new draft prefilled from the plan (heading,
 * a first proposal, the plan report as attachment, figures by sex for the equality consequences — only
 * figures the data holds, never invented), and the checks a board secretary applies before accepting it.
 */
import { isIsoDate } from '../model/calendar';
import { formatValue } from '../model/numbers';
import { CaseDocument, IsoDate } from '../model/types';
import { Locale } from '../model/statusLegend';
import { planHeading } from '../export/exportPlan';
import { BoardData } from './boardData';

export const CASE_LIMITS = { line: 255, text: 20_000, proposals: 20, lines: 40 } as const;

export function caseKey(planKey: string, periodKey: string | null): string {
  return `case:${planKey}:${periodKey ?? 'plan'}`;
}

/** A diary number as regions write them: `RS 2026/123`, `KS-2014/742.912`, `RS210993`: letters, then digits. */
const DIARY_NUMBER = /^[A-Za-zÅÄÖåäö]{1,10}[ -]?\d{2,6}([/-]\d{1,6})?([.:]\d{1,6})*$/;

export function isDiaryNumber(value: string): boolean {
  return DIARY_NUMBER.test(value.trim());
}

export type CaseMessage = 'required' | 'tooLong' | 'invalidDate' | 'invalidDiaryNumber' | 'emptyProposal' | 'tooMany';
export type CaseErrors = Partial<Record<keyof CaseDocument, CaseMessage>>;

export function hasCaseErrors(errors: CaseErrors): boolean {
  return Object.keys(errors).length > 0;
}

/**
 * What stops publication: no board, meeting date or Dnr; no numbered proposal or an empty one; no summary;
 * texts too long. A draft may be saved with these gaps (`forPublication` false checks lengths and dates only).
 */
export function validateCase(doc: CaseDocument, forPublication: boolean): CaseErrors {
  const errors: CaseErrors = {};
  const line = (field: 'board' | 'diaryNumber' | 'title' | 'department' | 'manager', required: boolean): void => {
    const value = doc[field].trim();
    if (required && forPublication && !value) errors[field] = 'required';
    else if (value.length > CASE_LIMITS.line) errors[field] = 'tooLong';
  };
  line('board', true);
  line('title', true);
  line('diaryNumber', true);
  line('department', false);
  line('manager', false);
  if (!errors.diaryNumber && doc.diaryNumber.trim() && !isDiaryNumber(doc.diaryNumber)) errors.diaryNumber = 'invalidDiaryNumber';
  const dates: Array<'meetingDate' | 'documentDate'> = ['meetingDate', 'documentDate'];
  for (const field of dates) {
    const value = doc[field];
    if (value && !isIsoDate(value)) errors[field] = 'invalidDate';
    else if (!value && forPublication && field === 'meetingDate') errors[field] = 'required';
  }
  for (const field of ['summary', 'caseText', 'equality', 'otherConsequences', 'economy', 'officer'] as const) {
    if (doc[field].length > CASE_LIMITS.text) errors[field] = 'tooLong';
  }
  if (!errors.summary && forPublication && !doc.summary.trim()) errors.summary = 'required';
  if (doc.proposals.length > CASE_LIMITS.proposals) errors.proposals = 'tooMany';
  else if (doc.proposals.some((p) => p.length > CASE_LIMITS.text)) errors.proposals = 'tooLong';
  else if (forPublication && doc.proposals.length === 0) errors.proposals = 'required';
  else if (forPublication && doc.proposals.some((p) => !p.trim())) errors.proposals = 'emptyProposal';
  for (const field of ['attachments', 'distribution', 'signatories'] as const) {
    if (doc[field].length > CASE_LIMITS.lines) errors[field] = 'tooMany';
    else if (doc[field].some((l) => l.length > CASE_LIMITS.line)) errors[field] = 'tooLong';
  }
  return errors;
}

/** The same lines without blanks and surrounding spaces, as they are stored. */
export function cleanLines(lines: readonly string[]): string[] {
  return lines.map((l) => l.trim()).filter((l) => l !== '');
}

const sexWords = {
  'sv-SE': { women: 'kvinnor', men: 'män', none: 'Underlaget redovisar inga uppgifter uppdelade på kön.', intro: 'Uppgifter uppdelade på kön i underlaget:' },
  'en-US': { women: 'women', men: 'men', none: 'The data holds no figures split by sex.', intro: 'Figures split by sex in the data:' }
} as const;

/**
 * The figures by sex the board data holds, one line each: indicators split by sex with a value in the
 * period, and a security report's incidents with women and men counted. Nothing else is claimed.
 */
export function figuresBySex(data: BoardData, locale: Locale): string[] {
  const w = sexWords[locale];
  const lines: string[] = [];
  const period = data.period;
  if (period) {
    for (const m of data.measures) {
      if (m.measureKind !== 'indicator' || !m.splitBySex || !m.title) continue;
      const r = data.reports.find((x) => x.measureKey === m.key && x.periodKey === period.key);
      if (!r || r.valueWomen === null || r.valueMen === null) continue;
      const f = (v: number): string => formatValue(v, m.unitOfMeasure, locale);
      const total = r.value === null ? '' : `${f(r.value)} `;
      lines.push(`${m.title}: ${total}(${w.women} ${f(r.valueWomen)}, ${w.men} ${f(r.valueMen)})`);
    }
  }
  const areaTitle = new Map(data.areas.map((a) => [a.key, locale === 'sv-SE' ? a.title : a.titleEn || a.title]));
  for (const chapter of [...data.chapters].sort((a, b) => a.areaKey.localeCompare(b.areaKey))) {
    for (const incident of chapter.incidents) {
      if (incident.women === null || incident.men === null) continue;
      lines.push(`${areaTitle.get(chapter.areaKey) ?? chapter.areaKey}, ${incident.kind}: ${incident.count} (${w.women} ${incident.women}, ${w.men} ${incident.men})`);
    }
  }
  return lines;
}

export function equalityText(data: BoardData, locale: Locale): string {
  const lines = figuresBySex(data, locale);
  const w = sexWords[locale];
  return lines.length ? [w.intro, ...lines.map((l) => `• ${l}`)].join('\n') : w.none;
}

/** The plan report's name in the attachment list and the library. */
export function planReportTitle(data: BoardData, locale: Locale): string {
  const heading = planHeading(data.plan);
  if (!data.period) return heading;
  const period = data.period.title.trim();
  return `${heading}, ${locale === 'sv-SE' ? period.charAt(0).toLocaleLowerCase('sv') + period.slice(1) : period}`;
}

/** A new draft for the plan and period, prefilled from the data where the data knows the answer. */
export function newCase(data: BoardData, today: IsoDate, locale: Locale): CaseDocument {
  const report = planReportTitle(data, locale);
  const sv = locale === 'sv-SE';
  return {
    key: caseKey(data.plan.key, data.period?.key ?? null),
    planKey: data.plan.key, periodKey: data.period?.key ?? '',
    board: '', meetingDate: null, diaryNumber: '', documentDate: today,
    title: report, department: '', manager: '', officer: '',
    proposals: [sv ? `godkänna ${report.charAt(0).toLocaleLowerCase('sv') + report.slice(1)}` : `approve the ${report}`],
    summary: '', caseText: '', equality: equalityText(data, locale), otherConsequences: '', economy: '',
    attachments: [], distribution: [], signatories: [],
    state: 'draft', publishingKey: '', lastSnapshotKey: ''
  };
}

/** The case as it is frozen in a snapshot: cleaned lines, no draft bookkeeping. */
export function frozenCase(doc: CaseDocument): CaseDocument {
  const copy: CaseDocument = {
    ...doc, proposals: doc.proposals.map((p) => p.trim()).filter((p) => p !== ''),
    attachments: cleanLines(doc.attachments), distribution: cleanLines(doc.distribution), signatories: cleanLines(doc.signatories),
    diaryNumber: doc.diaryNumber.trim(), board: doc.board.trim(), publishingKey: '', lastSnapshotKey: '', state: 'published'
  };
  delete copy.id;
  delete copy.etag;
  delete copy.created;
  return copy;
}
