/**
 * The tjänsteskrivelse as a document, in the order every Swedish board paper follows (BOARD-NOTES.md):
 * the header (board, meeting, Dnr, date, department, manager, handläggare), the numbered proposals as the
 * minutes will read them, the summary, the case, the consequences (equality first), the economy, the dated
 * list of what the decision rests on (this paper first, then the plan report and any other attachment),
 * the signatures and who is to receive the decision.
 */
import { Block, ReportDocument } from '../../documents/model';
import { Locale } from '../../model/statusLegend';
import { CaseDocument } from '../../model/types';
import { PaperFacts } from './planReport';

interface CaseWords {
  kind: string; board: string; meeting: string; diaryNumber: string; date: string; department: string; manager: string; officer: string;
  proposals: string; decides: (board: string) => string; summary: string; caseText: string; consequences: string; equality: string;
  other: string; economy: string; basis: string; paper: (date: string) => string; attachment: (n: number, title: string) => string;
  confidentialAppendix: string; distribution: string; signatures: string;
}

const words: Record<Locale, CaseWords> = {
  'sv-SE': {
    kind: 'Tjänsteskrivelse', board: 'Nämnd', meeting: 'Sammanträdesdatum', diaryNumber: 'Dnr', date: 'Datum', department: 'Ansvarig avdelning',
    manager: 'Ansvarig chef', officer: 'Handläggare', proposals: 'Förslag till beslut', decides: (board) => `${board || 'Nämnden'} beslutar att`,
    summary: 'Sammanfattning', caseText: 'Ärendet', consequences: 'Konsekvensbeskrivning', equality: 'Beslutsförslagets påverkan avseende jämställdhet',
    other: 'Övriga konsekvenser', economy: 'Ekonomiska konsekvenser', basis: 'Beslutsunderlag', paper: (date) => `Tjänsteskrivelse ${date}`,
    attachment: (n, title) => `Bilaga ${n}: ${title}`, confidentialAppendix: 'Sekretessbelagd bilaga (sekretess enligt OSL; lämnas endast till den som har behörighet)',
    distribution: 'Expedieras till', signatures: 'Underskrifter'
  },
  'en-US': {
    kind: 'Officer\'s report', board: 'Board', meeting: 'Meeting date', diaryNumber: 'Ref.', date: 'Date', department: 'Responsible department',
    manager: 'Responsible manager', officer: 'Case officer', proposals: 'Proposed decision', decides: (board) => `${board || 'The board'} decides to`,
    summary: 'Summary', caseText: 'The case', consequences: 'Consequences', equality: 'Effect of the proposal on gender equality',
    other: 'Other consequences', economy: 'Financial consequences', basis: 'Decision basis', paper: (date) => `Officer's report ${date}`,
    attachment: (n, title) => `Attachment ${n}: ${title}`, confidentialAppendix: 'Confidential attachment (confidential under OSL; given only to those entitled)',
    distribution: 'To be sent to', signatures: 'Signatures'
  }
};

function prose(heading: string, text: string, level: 2 | 3 = 2): Block[] {
  return text.trim() ? [{ type: 'heading', level, text: heading }, { type: 'paragraph', text: text.trim() }] : [];
}

/**
 * The tjänsteskrivelse; `planReportTitle` is the generated plan report, listed as its first attachment,
 * `confidentialAppendix` whether a confidential appendix exists (listed without its content).
 */
export function caseReport(doc: CaseDocument, locale: Locale, facts: PaperFacts, planReportTitle: string, confidentialAppendix: boolean): ReportDocument {
  const w = words[locale];
  const date = doc.documentDate ?? facts.createdAt.slice(0, 10);
  const header = [
    { label: w.board, value: doc.board }, { label: w.meeting, value: doc.meetingDate ?? '' }, { label: w.diaryNumber, value: doc.diaryNumber },
    { label: w.date, value: date }, { label: w.department, value: doc.department }, { label: w.manager, value: doc.manager },
    { label: w.officer, value: doc.officer.trim() }
  ].filter((row) => row.value.trim() !== '');
  const attachments = [planReportTitle, ...doc.attachments, ...(confidentialAppendix ? [w.confidentialAppendix] : [])];
  const blocks: Block[] = [
    { type: 'paragraph', style: 'small', text: w.kind },
    { type: 'facts', rows: header },
    { type: 'heading', level: 2, text: w.proposals },
    { type: 'paragraph', text: w.decides(doc.board) },
    { type: 'list', ordered: true, items: doc.proposals },
    ...prose(w.summary, doc.summary),
    ...prose(w.caseText, doc.caseText)
  ];
  if (doc.equality.trim() || doc.otherConsequences.trim()) {
    blocks.push({ type: 'heading', level: 2, text: w.consequences }, ...prose(w.equality, doc.equality, 3), ...prose(w.other, doc.otherConsequences, 3));
  }
  blocks.push(...prose(w.economy, doc.economy));
  blocks.push({ type: 'heading', level: 2, text: w.basis },
    { type: 'list', ordered: false, items: [w.paper(date), ...attachments.map((title, i) => w.attachment(i + 1, title))] });
  if (doc.signatories.length) blocks.push({ type: 'heading', level: 2, text: w.signatures }, { type: 'paragraph', text: doc.signatories.join('\n\n') });
  if (doc.distribution.length) blocks.push({ type: 'heading', level: 2, text: w.distribution }, { type: 'list', ordered: false, items: doc.distribution });
  return {
    meta: {
      title: doc.title, subject: w.kind, organisation: facts.organisation, language: locale, diaryNumber: doc.diaryNumber, board: doc.board,
      meetingDate: doc.meetingDate ?? '', author: facts.publishedBy, createdAt: facts.createdAt,
      footer: [doc.diaryNumber && `${w.diaryNumber} ${doc.diaryNumber}`, w.kind].filter(Boolean).join(' · ')
    },
    orientation: 'portrait',
    blocks
  };
}
