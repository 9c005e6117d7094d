/**
 * What the tjänsteskrivelse editor says about a field in error, in a board secretary's words, and where
 * the editor puts the focus after a refused save or publication: the first field in error in the order
 * the form reads.
 */
import { CASE_LIMITS, CaseErrors, CaseMessage } from '../../board/caseDocument';
import { CaseDocument } from '../../model/types';
import { CaseEditorStrings } from '../i18n/boardStrings';

/** The fields the form shows, in the order it shows them. */
export const CASE_FIELDS = [
  'board', 'meetingDate', 'diaryNumber', 'documentDate', 'title', 'department', 'manager', 'officer', 'proposals',
  'summary', 'caseText', 'equality', 'otherConsequences', 'economy', 'attachments', 'distribution', 'signatories'
] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

/** Fields that hold one line per entry (stored as lists). */
export const LINE_FIELDS = ['attachments', 'distribution', 'signatories'] as const;
export type LineField = (typeof LINE_FIELDS)[number];

const ONE_LINE: ReadonlyArray<keyof CaseDocument> = ['board', 'diaryNumber', 'title', 'department', 'manager'];
const REQUIRED = ['board', 'meetingDate', 'diaryNumber', 'title', 'summary', 'proposals'] as const;

function isRequiredField(field: keyof CaseDocument): field is (typeof REQUIRED)[number] {
  return (REQUIRED as ReadonlyArray<keyof CaseDocument>).includes(field);
}

/** The message for a field as a whole; a proposal's own error is `proposalError`. */
export function caseErrorText(field: keyof CaseDocument, message: CaseMessage | undefined, s: CaseEditorStrings): string | undefined {
  const e = s.errors;
  if (!message) return undefined;
  switch (message) {
    case 'required': return isRequiredField(field) ? e.required[field] : undefined;
    case 'invalidDate': return e.invalidDate;
    case 'invalidDiaryNumber': return e.invalidDiaryNumber;
    case 'emptyProposal': return undefined;
    case 'tooMany': return field === 'proposals' ? e.tooManyProposals(CASE_LIMITS.proposals) : e.tooManyLines(CASE_LIMITS.lines);
    case 'tooLong':
      if (field === 'proposals') return undefined;
      if ((LINE_FIELDS as ReadonlyArray<keyof CaseDocument>).includes(field)) return e.tooLongLines(CASE_LIMITS.line);
      return ONE_LINE.includes(field) ? e.tooLongLine(CASE_LIMITS.line) : e.tooLongText(CASE_LIMITS.text);
  }
}

/** The error of one proposal: empty when publication asks for text, or too long. */
export function proposalError(errors: CaseErrors, text: string, s: CaseEditorStrings): string | undefined {
  if (errors.proposals === 'emptyProposal' && !text.trim()) return s.errors.emptyProposal;
  if (errors.proposals === 'tooLong' && text.length > CASE_LIMITS.text) return s.errors.tooLongText(CASE_LIMITS.text);
  return undefined;
}

/** The element id of a field's input (proposals: the numbered point, from 0). */
export function fieldId(field: CaseField, index = 0): string {
  return field === 'proposals' ? `ik-case-proposal-${index}` : `ik-case-${field}`;
}

export const ADD_PROPOSAL_ID = 'ik-case-add-proposal';

/** Where to move the focus after a refusal: the first field in error, or null when there is none. */
export function firstErrorId(errors: CaseErrors, doc: CaseDocument): string | null {
  const field = CASE_FIELDS.find((f) => errors[f] !== undefined);
  if (!field) return null;
  if (field !== 'proposals') return fieldId(field);
  const message = errors.proposals;
  const at = message === 'emptyProposal' ? doc.proposals.findIndex((p) => !p.trim())
    : message === 'tooLong' ? doc.proposals.findIndex((p) => p.length > CASE_LIMITS.text) : -1;
  return at >= 0 ? fieldId('proposals', at) : ADD_PROPOSAL_ID;
}
