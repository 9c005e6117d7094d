/**
 * The board papers' model on the demo region: masking leaves no confidential text anywhere in a snapshot,
 * the snapshot's hash is stable and detects any change, the tjänsteskrivelse is checked as a board secretary
 * checks it and prefilled only with figures the data holds, and each kind's plan report names everything
 * the plan holds and what changed since the previous follow-up.
 */
import { documentText, ReportDocument } from '../../documents/model';
import { CaseDocument, PlanKind } from '../../model/types';
import { maskConfidential } from '../boardData';
import { equalityText, figuresBySex, isDiaryNumber, newCase, validateCase } from '../caseDocument';
import { periodChanges } from '../changes';
import { caseReport } from '../report/caseReport';
import { confidentialAppendix } from '../report/confidentialAppendix';
import { PaperFacts, planReport } from '../report/planReport';
import { BoardSnapshot, canonicalJson, decodeSnapshot, encodeSnapshot, SNAPSHOT_FORMAT, SnapshotError } from '../snapshot';
import { demoBoardData, TODAY } from './demoBoard';

const KINDS: PlanKind[] = ['internalControl', 'patientSafety', 'scorecard', 'securityReport'];
const FACTS: PaperFacts = {
  organisation: 'Region Norrvik', diaryNumber: 'RS 2026/123', board: 'Regionstyrelsen', meetingDate: '2026-12-15',
  frozenAt: '2026-12-01T09:30:00Z', publishedBy: 'Maria Lindqvist', createdAt: '2026-12-01T09:30:00Z'
};

function text(doc: ReportDocument): string {
  return documentText(doc).join('\n');
}

function filledCase(kind: PlanKind): CaseDocument {
  const data = maskConfidential(demoBoardData(kind)).published;
  return {
    ...newCase(data, TODAY, 'sv-SE'), board: 'Regionstyrelsen', meetingDate: '2026-12-15', diaryNumber: 'RS 2026/123',
    summary: 'Uppföljningen visar att arbetet går enligt plan med två undantag.', proposals: ['godkänna uppföljningen', 'lägga rapporten till handlingarna'],
    distribution: ['Regiondirektören', 'Förvaltningscheferna']
  };
}

function snapshotOf(kind: PlanKind): BoardSnapshot {
  const data = maskConfidential(demoBoardData(kind)).published;
  return {
    format: SNAPSHOT_FORMAT, key: 'snapshot:rs-2026-123:v1', version: 1, diaryNumber: 'RS 2026/123', board: 'Regionstyrelsen',
    meetingDate: '2026-12-15', publishedAt: FACTS.createdAt, publishedBy: FACTS.publishedBy, locale: 'sv-SE', organisation: 'Region Norrvik',
    data, caseDocument: filledCase(kind), hasConfidentialAppendix: data.confidentialItems > 0
  };
}

describe('masking confidential items', () => {
  it.each(['internalControl', 'securityReport'] as const)('leaves no text of a confidential %s item, its measures or answers in the snapshot', async (kind) => {
    const live = demoBoardData(kind);
    const secret = live.items.filter((i) => i.confidential);
    expect(secret.length).toBeGreaterThan(0);
    const secretMeasure = (m: (typeof live.measures)[number]): boolean => m.confidential === true || secret.some((i) => i.key === m.itemKey);
    const secretTexts = [
      ...secret.flatMap((i) => [i.title, i.consequence, i.cause, i.purpose, i.goals]),
      ...live.measures.filter(secretMeasure).flatMap((m) => [m.title, m.method, m.goal]),
      ...live.reports.filter((r) => live.measures.some((m) => m.key === r.measureKey && secretMeasure(m))).map((r) => r.comment)
    ].filter((t) => t.trim().length > 3);
    expect(secretTexts.length).toBeGreaterThan(0);
    const { published, confidential } = maskConfidential(live);
    expect(published.confidentialItems).toBe(secret.length);
    expect(confidential.items.map((i) => i.key)).toEqual(secret.map((i) => i.key));
    const json = new TextDecoder().decode((await encodeSnapshot(snapshotOf(kind))).bytes);
    for (const t of secretTexts) expect(json).not.toContain(t);
    const paper = text(planReport(published, 'sv-SE', FACTS));
    for (const t of secretTexts) expect(paper).not.toContain(t);
    expect(paper).toContain('sekretess enligt offentlighets- och sekretesslagen (OSL)');
  });

  it('masks a measure secret on its own under a public risk, counts it, and gives it in the confidential appendix only', () => {
    const live = demoBoardData('internalControl');
    const own = live.measures.filter((m) => m.confidential === true && !live.items.find((i) => i.key === m.itemKey)?.confidential);
    expect(own).toHaveLength(1);
    const [measure] = own;
    const risk = live.items.find((i) => i.key === measure.itemKey)!;
    const { published, confidential } = maskConfidential(live);
    expect(published.confidentialMeasures).toBe(1);
    expect(published.measures.find((m) => m.key === measure.key)).toMatchObject({ title: '', confidential: true });
    const paper = text(planReport(published, 'sv-SE', FACTS));
    expect(paper).toContain(risk.title);
    expect(paper).not.toContain(measure.title);
    expect(paper).toContain('1 åtgärd omfattas av sekretess enligt offentlighets- och sekretesslagen (OSL). Dess text är maskerad');
    const snapshot = { ...snapshotOf('internalControl'), data: published, hasConfidentialAppendix: true };
    const appendix = text(confidentialAppendix(confidential, snapshot, FACTS));
    expect(appendix).toContain(measure.title);
    expect(appendix).toContain(risk.title);
  });

  it('keeps people by name only: no UPN or object id of anyone', () => {
    const data = demoBoardData('internalControl');
    const json = canonicalJson(data);
    expect(json).not.toMatch(/@regionnorrvik\.onmicrosoft\.com/);
    expect(data.roles.some((r) => r.holder?.displayName)).toBe(true);
  });
});

describe('the snapshot', () => {
  it('is canonical JSON: the same content gives the same bytes and hash whatever the key order', async () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'å' }], e: undefined })).toBe('{"a":[{"c":"å","d":null}],"b":1}');
    const one = await encodeSnapshot(snapshotOf('scorecard'));
    const two = await encodeSnapshot(JSON.parse(JSON.stringify(snapshotOf('scorecard'))) as BoardSnapshot);
    expect(two.sha256).toBe(one.sha256);
    expect(one.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads back only with the hash it was published with', async () => {
    const { bytes, sha256 } = await encodeSnapshot(snapshotOf('securityReport'));
    await expect(decodeSnapshot(bytes, sha256)).resolves.toMatchObject({ key: 'snapshot:rs-2026-123:v1', diaryNumber: 'RS 2026/123' });
    const tampered = new Uint8Array(bytes);
    tampered[tampered.length - 3] ^= 1;
    await expect(decodeSnapshot(tampered, sha256)).rejects.toMatchObject({ reason: 'hashMismatch' });
    await expect(decodeSnapshot(new TextEncoder().encode('{"format":"other"}'))).rejects.toBeInstanceOf(SnapshotError);
    await expect(decodeSnapshot(new TextEncoder().encode('not json'))).rejects.toMatchObject({ reason: 'notJson' });
  });
});

describe('the tjänsteskrivelse', () => {
  it('is refused for publication without Dnr, meeting date, proposal or summary, and says which', () => {
    const draft = newCase(demoBoardData('internalControl'), TODAY, 'sv-SE');
    expect(validateCase(draft, false)).toEqual({});
    expect(validateCase(draft, true)).toEqual({ board: 'required', diaryNumber: 'required', meetingDate: 'required', summary: 'required' });
    expect(validateCase({ ...filledCase('internalControl'), proposals: [] }, true)).toEqual({ proposals: 'required' });
    expect(validateCase({ ...filledCase('internalControl'), proposals: ['godkänna', ' '] }, true)).toEqual({ proposals: 'emptyProposal' });
    expect(validateCase({ ...filledCase('internalControl'), diaryNumber: 'se bilaga' }, true)).toEqual({ diaryNumber: 'invalidDiaryNumber' });
    expect(validateCase({ ...filledCase('internalControl'), meetingDate: '2026-02-30' }, true)).toEqual({ meetingDate: 'invalidDate' });
    expect(validateCase(filledCase('internalControl'), true)).toEqual({});
  });

  it('knows diary numbers as regions write them', () => {
    for (const ok of ['RS 2026/123', 'KS-2014/742.912', 'RS210993', 'HSN 2025/41']) expect(isDiaryNumber(ok)).toBe(true);
    for (const bad of ['', '2026/123', 'RS', 'RS 2026/123; DROP']) expect(isDiaryNumber(bad)).toBe(false);
  });

  it('prefills equality with the figures by sex the data holds, and says so when it holds none', () => {
    const security = figuresBySex(demoBoardData('securityReport'), 'sv-SE');
    expect(security.length).toBeGreaterThan(0);
    expect(security.every((line) => /kvinnor \d/.test(line) && /män \d/.test(line))).toBe(true);
    const scorecard = figuresBySex(demoBoardData('scorecard'), 'sv-SE');
    expect(scorecard.some((line) => line.includes('kvinnor'))).toBe(true);
    expect(equalityText(demoBoardData('internalControl'), 'sv-SE')).toBe('Underlaget redovisar inga uppgifter uppdelade på kön.');
  });

  it('reads in the order of a board paper, with every proposal numbered and the plan report listed', () => {
    const doc = caseReport(filledCase('internalControl'), 'sv-SE', FACTS, 'Internkontrollplan 2026, uppföljning november', true);
    const lines = documentText(doc);
    const order = ['Tjänsteskrivelse', 'RS 2026/123', 'Förslag till beslut', 'Regionstyrelsen beslutar att', 'godkänna uppföljningen',
      'lägga rapporten till handlingarna', 'Sammanfattning', 'Beslutsunderlag', 'Bilaga 1: Internkontrollplan 2026, uppföljning november', 'Expedieras till'];
    let at = -1;
    for (const wanted of order) {
      const next = lines.findIndex((l, i) => i > at && l.includes(wanted));
      expect({ wanted, found: next > at }).toEqual({ wanted, found: true });
      at = next;
    }
    expect(doc.blocks.find((b) => b.type === 'list' && b.ordered)).toMatchObject({ items: ['godkänna uppföljningen', 'lägga rapporten till handlingarna'] });
    expect(lines.join('\n')).toContain('Sekretessbelagd bilaga');
    expect(doc.meta).toMatchObject({ diaryNumber: 'RS 2026/123', board: 'Regionstyrelsen', meetingDate: '2026-12-15' });
  });
});

describe('the plan report of every kind', () => {
  it.each(KINDS)('%s names every item and measure that is not confidential, and the period', (kind) => {
    const data = maskConfidential(demoBoardData(kind)).published;
    const paper = text(planReport(data, 'sv-SE', FACTS));
    expect(paper).toContain(data.period!.title);
    for (const item of data.items.filter((i) => !i.confidential)) expect(paper).toContain(item.title);
    for (const m of data.measures.filter((x) => !data.items.find((i) => i.key === x.itemKey)?.confidential)) expect(paper).toContain(m.title);
  });

  it('the security report has its summary of the 14 areas and a chapter for each', () => {
    const data = maskConfidential(demoBoardData('securityReport')).published;
    const doc = planReport(data, 'sv-SE', FACTS);
    expect(data.areas).toHaveLength(14);
    const summary = doc.blocks.find((b) => b.type === 'table' && b.caption.startsWith('Säkerhetsområden'));
    expect(summary && summary.type === 'table' && summary.rows).toHaveLength(14);
    const chapterHeadings = doc.blocks.filter((b) => b.type === 'heading' && b.level === 2).map((b) => (b.type === 'heading' ? b.text : ''));
    for (const area of data.areas) expect(chapterHeadings).toContain(area.title);
  });

  it('the internal control plan has the risk map and its tables in a landscape section, with status fills', () => {
    const doc = planReport(maskConfidential(demoBoardData('internalControl')).published, 'sv-SE', FACTS);
    expect(doc.blocks.some((b) => b.type === 'table' && b.caption === 'Antal risker per sannolikhet och konsekvens')).toBe(true);
    expect(doc.blocks.some((b) => b.type === 'section' && b.orientation === 'landscape')).toBe(true);
    const fills = doc.blocks.flatMap((b) => (b.type === 'table' ? b.rows.flatMap((r) => r.cells.map((c) => c.fill)) : []));
    expect(new Set(fills)).toEqual(new Set([undefined, 'green', 'yellow', 'red', 'grey']));
  });

  it('says what changed since the previous follow-up', () => {
    const data = demoBoardData('scorecard');
    const changes = periodChanges(data);
    expect(changes.previous).not.toBeNull();
    expect(changes.improved.length + changes.worsened.length + changes.newReds.length).toBeGreaterThan(0);
    const paper = text(planReport(data, 'sv-SE', FACTS));
    expect(paper).toContain(`Förändringar sedan ${changes.previous!.title}`);
    const first = demoBoardData('scorecard', data.periods[0].key);
    expect(text(planReport(first, 'sv-SE', FACTS))).toContain('planens första uppföljning');
  });

  it('counts an item as new only when the SharePoint dates can tell: the plan existed at the previous follow-up', () => {
    const data = demoBoardData('internalControl');
    const previous = data.periods[data.periods.length - 2];
    const [added, ...rest] = data.items;
    const old = `${previous.asOfDate.slice(0, 4)}-01-15T08:00:00Z`;
    const dated = { ...data, plan: { ...data.plan, created: old }, items: [{ ...added, created: `${data.period!.asOfDate}T08:00:00Z` }, ...rest.map((i) => ({ ...i, created: old }))] };
    expect(periodChanges(dated).newItems.map((i) => i.key)).toEqual([added.key]);
    const imported = { ...dated, plan: { ...dated.plan, created: `${data.period!.asOfDate}T08:00:00Z` } };
    expect(periodChanges(imported).newItems).toEqual([]);
  });

  it('speaks English too', () => {
    const paper = text(planReport(maskConfidential(demoBoardData('internalControl')).published, 'en-US', FACTS));
    expect(paper).toContain('Risk map');
    expect(paper).toContain('Confidential (OSL)');
  });
});
