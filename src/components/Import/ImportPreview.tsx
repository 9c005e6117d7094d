/**
 * The wizard's review step: the plan (title, year and, for a risk table, kind editable), how each column
 * is read (for a list: changeable), the first items with their measures in the kind's own words (risks
 * and measures, focus areas and activities, goals and indicators with target and values), warnings, and
 * the errors with row (or list item) and column that must be fixed before anything can be imported.
 */
import * as React from 'react';
import { Dropdown, IDropdownOption, MessageBar, MessageBarType, Stack, TextField } from '@fluentui/react';
import { isGoal, itemTitle } from '../../import/importKeys';
import { ImportField, ImportIndicator, ImportItem, ImportProblem, ImportResult, MappingOverrides } from '../../import/types';
import { targetText } from '../../model/fulfilment';
import { planKinds } from '../../model/planKinds';
import { StatusBadge } from '../shared/StatusBadge';
import { useApp } from '../app/AppContext';
import { importStrings } from './importStrings';
import { MappingTable } from './MappingTable';
import { ImportKind, PlanEdits } from './useImportWizard';

const PREVIEW_ITEMS = 10;

function Problems(props: { heading: string; problems: ImportProblem[]; type: MessageBarType; list: boolean }): React.ReactElement | null {
  const { env } = useApp();
  const s = importStrings[env.locale];
  if (props.problems.length === 0) return null;
  return (
    <MessageBar messageBarType={props.type} isMultiline>
      <strong>{props.heading}</strong>
      <ul className="ik-import__problems">
        {props.problems.map((p, i) => {
          const where = props.list ? s.whereItem(p.row, p.column) : s.where(p.row, p.column);
          return <li key={i}>{where ? `${where}: ` : ''}{p.message}</li>;
        })}
      </ul>
    </MessageBar>
  );
}

function IndicatorLine(props: { indicator: ImportIndicator }): React.ReactElement {
  const { env } = useApp();
  const s = importStrings[env.locale];
  const { indicator } = props;
  const target = indicator.target ? targetText({ targetRule: indicator.target.rule, targetValue: indicator.target.value, unitOfMeasure: indicator.unit }, env.locale) : '';
  const number = (n: number | null): string => (n === null ? '–' : n.toLocaleString(env.locale));
  const values = indicator.values.map((v) => `${v.period}: ${number(v.value)}${v.women !== null || v.men !== null
    ? ` (${s.women} ${number(v.women)}, ${s.men} ${number(v.men)})` : ''}`).join('; ');
  return (
    <>
      {indicator.text}
      {target ? <span className="ik-cell-meta"> · {s.target}: {target}</span> : null}
      {values ? <span className="ik-cell-meta"> · {s.values}: {values}</span> : null}
    </>
  );
}

function ItemRow(props: { item: ImportItem }): React.ReactElement {
  const { env } = useApp();
  const s = importStrings[env.locale];
  const { item } = props;
  const context = isGoal(item) ? [item.perspective, item.strategicGoal].filter((t) => t).join(' · ') : '';
  return (
    <tr>
      <td>{item.row}</td>
      <td>{itemTitle(item)}{context ? <div className="ik-cell-meta">{context}</div> : null}</td>
      <td>
        {item.measures.length === 0 ? <em>{s.noMeasures}</em> : (
          <ul className="ik-import__measures">
            {item.measures.map((m, i) => (
              <li key={i}>
                {'values' in m ? <IndicatorLine indicator={m} /> : m.text}
                {m.responsible ? <span className="ik-cell-meta"> · {m.responsibles ? m.responsibles.join(', ') : m.responsible}</span> : null}
                {'due' in m && m.due ? <span className="ik-cell-meta"> · {s.due} {m.due}</span> : null}
                {'values' in m ? null : <>{' '}<StatusBadge status={m.status ?? null} /></>}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

export interface ImportPreviewProps {
  result: ImportResult;
  edits: PlanEdits;
  onEdit: (changes: Partial<PlanEdits>) => void;
  /** For a list: the user's field choices and how to change one. */
  overrides?: MappingOverrides;
  onField?: (internalName: string, field: ImportField | null) => void;
}

export function ImportPreview(props: ImportPreviewProps): React.ReactElement {
  const { env } = useApp();
  const s = importStrings[env.locale];
  const { result, edits } = props;
  const list = result.source.type === 'list';
  const fixedKind: ImportKind | null = result.format === 'actionPlan' ? 'patientSafety' : result.format === 'scorecard' ? 'scorecard' : null;
  const kinds: IDropdownOption[] = fixedKind ? [{ key: fixedKind, text: s.kinds[fixedKind] }]
    : [{ key: 'internalControl', text: s.kinds.internalControl }, { key: 'patientSafety', text: s.kinds.patientSafety }];
  const kind = fixedKind ?? edits.kind;
  const vocabulary = planKinds[kind].vocabulary[env.locale];
  const shown = result.items.slice(0, PREVIEW_ITEMS);
  const where = list ? s.listSource(result.sheet) : s.sheetLabel(result.sheet, result.headerRow);
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <section aria-labelledby="ik-import-plan">
        <h3 id="ik-import-plan" className="ik-card__subtitle">{s.planHeading}</h3>
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          <TextField label={s.planTitle} value={edits.title} onChange={(_e, v) => props.onEdit({ title: v ?? '' })} styles={{ root: { minWidth: 320 } }} />
          <TextField label={s.planYear} type="number" value={edits.year} onChange={(_e, v) => props.onEdit({ year: v ?? '' })} styles={{ root: { width: 100 } }} />
          <Dropdown label={s.planKind} options={kinds} selectedKey={kind} styles={{ root: { minWidth: 220 } }} disabled={fixedKind !== null}
            onChange={(_e, option) => option && props.onEdit({ kind: option.key as ImportKind })} />
        </Stack>
        <p className="ik-plan-meta">{s.formatLabel}: {s.formats[result.format]} · {where}</p>
      </section>

      <Problems heading={s.errorsHeading(result.errors.length)} problems={result.errors} type={MessageBarType.error} list={list} />
      <Problems heading={s.warningsHeading(result.warnings.length)} problems={result.warnings} type={MessageBarType.warning} list={list} />

      {result.mapping.length > 0 ? (
        <>
          {props.onField ? <p className="ik-cell-meta">{s.mappingHint}</p> : null}
          <MappingTable mapping={result.mapping} overrides={props.overrides} onChange={props.onField} />
        </>
      ) : null}

      {shown.length > 0 ? (
        <table className="ik-import__table">
          <caption className="ik-card__subtitle">
            {kind === 'internalControl' ? s.risksHeading(shown.length, result.items.length)
              : s.itemsHeading(vocabulary.item.many, vocabulary.measure.many.toLowerCase(), shown.length, result.items.length)}
          </caption>
          <thead><tr><th scope="col">{list ? s.listRowNumber : '#'}</th><th scope="col">{vocabulary.item.one}</th><th scope="col">{vocabulary.measure.many}</th></tr></thead>
          <tbody>{shown.map((item) => <ItemRow key={`${item.row}-${itemTitle(item)}`} item={item} />)}</tbody>
        </table>
      ) : null}
    </Stack>
  );
}
