/**
 * What the publishing tests share: the publication's dependencies on the seeded product (a clock that ticks a
 * second a call, so each snapshot has its own moment) and a tjänsteskrivelse ready to publish under a Dnr.
 */
import { collectBoardData } from '../../src/board/boardData';
import { caseKey, newCase } from '../../src/board/caseDocument';
import { PublishDeps, Renderers } from '../../src/board/publish';
import { lazyRenderers } from '../../src/board/renderers';
import { Store } from '../../src/data/stores';
import { CaseDocument, Plan } from '../../src/model/types';

export interface Publishing {
  now: () => string;
  deps: (renderers?: Renderers) => PublishDeps;
  /** The plan's case for its open follow-up, as a draft with this Dnr (made, or reset from an earlier publication). */
  draftFor: (diaryNumber: string, changes?: Partial<CaseDocument>) => Promise<CaseDocument>;
}

export function publishing(target: () => { store: Store; plan: Plan }, today: string): Publishing {
  let clock = 0;
  const now = (): string => new Date(Date.UTC(2026, 11, 1, 9, 0, clock++)).toISOString().replace(/\.\d+Z$/, 'Z');
  const deps = (renderers: Renderers = lazyRenderers()): PublishDeps => ({ store: target().store, files: target().store.boardFiles!, renderers, now });
  const draftFor = async (diaryNumber: string, changes: Partial<CaseDocument> = {}): Promise<CaseDocument> => {
    const { store, plan } = target();
    const periods = await store.periods.where({ planKey: plan.key });
    const period = periods.find((p) => p.state === 'open') ?? periods[0];
    const data = await collectBoardData(store, plan.key, period.key);
    const key = caseKey(plan.key, period.key);
    const doc: CaseDocument = {
      ...newCase(data, today, 'sv-SE'), board: 'Regionstyrelsen', meetingDate: '2026-12-15', diaryNumber,
      summary: 'Uppföljningen visar att de flesta åtgärder går enligt plan.', proposals: ['godkänna uppföljningen', 'lägga rapporten till handlingarna'],
      ...changes
    };
    const existing = await store.cases.byKey(key);
    return existing ? store.cases.update(existing, { ...doc, state: 'draft', publishingKey: '' }) : store.cases.add(doc);
  };
  return { now, deps, draftFor };
}
