/**
 * The fields in which a person's draft and the saved version differ, labelled for the conflict dialog.
 */
import { Measure, PlanItem } from '../../model/types';
import { ItemDraft } from '../../plans/itemActions';
import { ConflictRow } from './ConflictDialog';
import { EditingStrings } from './editingStrings';

function show(value: unknown): string {
  return value === null || value === undefined ? '–' : typeof value === 'boolean' ? (value ? '✓' : '–') : String(value);
}

export function conflictRows(mine: ItemDraft, theirs: ItemDraft, s: EditingStrings): ConflictRow[] {
  const r = s.risk;
  const itemFields: Array<[keyof PlanItem, string]> = [['title', r.risk], ['consequence', r.consequence], ['cause', r.cause],
    ['handling', r.handling], ['probability', r.probability], ['severity', r.consequence2], ['residualProbability', `${r.residual}: ${r.probability}`],
    ['residualSeverity', `${r.residual}: ${r.consequence2}`], ['confidential', r.confidential]];
  const rows: ConflictRow[] = itemFields.filter(([f]) => show(mine.item[f]) !== show(theirs.item[f]))
    .map(([f, label]) => ({ label, mine: show(mine.item[f]), theirs: show(theirs.item[f]) }));
  const measureFields: Array<[keyof Measure, string]> = [['title', r.measure], ['roleKey', r.responsible], ['dueDate', r.due], ['closed', '✕']];
  for (const m of mine.measures) {
    const t = theirs.measures.find((x) => x.key === m.key);
    if (!t) continue;
    for (const [f, label] of measureFields) {
      if (show(m[f]) !== show(t[f])) rows.push({ label: `${s.conflict.measure(t.title)} – ${label}`, mine: show(m[f]), theirs: show(t[f]) });
    }
  }
  return rows;
}
