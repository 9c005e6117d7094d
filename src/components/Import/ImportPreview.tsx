/**
 * The wizard's review step: the plan (title, year and kind editable), how each column of the file is
 * read (unknown columns flagged), the first risks with their measures and statuses, warnings, and the
 * errors with row and column that must be fixed before anything can be imported.
 */
import * as React from 'react';
import { Dropdown, IDropdownOption, MessageBar, MessageBarType, Stack, TextField } from '@fluentui/react';
import { ImportItem, ImportProblem, ImportResult } from '../../import/types';
import { StatusBadge } from '../shared/StatusBadge';
import { useApp } from '../app/AppContext';
import { importStrings } from './importStrings';
import { ImportKind, PlanEdits } from './useImportWizard';

const PREVIEW_RISKS = 10;

function Problems(props: { heading: string; problems: ImportProblem[]; type: MessageBarType }): React.ReactElement | null {
  const { env } = useApp();
  const s = importStrings[env.locale];
  if (props.problems.length === 0) return null;
  return (
    <MessageBar messageBarType={props.type} isMultiline>
      <strong>{props.heading}</strong>
      <ul className="ik-import__problems">
        {props.problems.map((p, i) => {
          const where = s.where(p.row, p.column);
          return <li key={i}>{where ? `${where}: ` : ''}{p.message}</li>;
        })}
      </ul>
    </MessageBar>
  );
}

function RiskRow(props: { item: ImportItem }): React.ReactElement {
  const { env } = useApp();
  const s = importStrings[env.locale];
  const { item } = props;
  return (
    <tr>
      <td>{item.row}</td>
      <td>{item.risk}</td>
      <td>
        {item.measures.length === 0 ? <em>{s.noMeasures}</em> : (
          <ul className="ik-import__measures">
            {item.measures.map((m, i) => (
              <li key={i}>
                {m.text}
                {m.responsible ? <span className="ik-cell-meta"> · {m.responsible}</span> : null}
                {m.due ? <span className="ik-cell-meta"> · {s.due} {m.due}</span> : null}
                {' '}<StatusBadge status={m.status} />
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
}

export function ImportPreview(props: ImportPreviewProps): React.ReactElement {
  const { env } = useApp();
  const s = importStrings[env.locale];
  const { result, edits } = props;
  const kinds: IDropdownOption[] = [
    { key: 'internalControl', text: s.kinds.internalControl },
    { key: 'patientSafety', text: s.kinds.patientSafety }
  ];
  const shown = result.items.slice(0, PREVIEW_RISKS);
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <section aria-labelledby="ik-import-plan">
        <h3 id="ik-import-plan" className="ik-card__subtitle">{s.planHeading}</h3>
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          <TextField label={s.planTitle} value={edits.title} onChange={(_e, v) => props.onEdit({ title: v ?? '' })} styles={{ root: { minWidth: 320 } }} />
          <TextField label={s.planYear} type="number" value={edits.year} onChange={(_e, v) => props.onEdit({ year: v ?? '' })} styles={{ root: { width: 100 } }} />
          <Dropdown label={s.planKind} options={kinds} selectedKey={edits.kind} styles={{ root: { minWidth: 220 } }}
            onChange={(_e, option) => option && props.onEdit({ kind: option.key as ImportKind })} />
        </Stack>
        <p className="ik-plan-meta">{s.formatLabel}: {s.formats[result.format]} · {s.sheetLabel(result.sheet, result.headerRow)}</p>
      </section>

      <Problems heading={s.errorsHeading(result.errors.length)} problems={result.errors} type={MessageBarType.error} />
      <Problems heading={s.warningsHeading(result.warnings.length)} problems={result.warnings} type={MessageBarType.warning} />

      {result.mapping.length > 0 ? (
        <table className="ik-import__table">
          <caption className="ik-card__subtitle">{s.mappingHeading}</caption>
          <thead><tr><th scope="col">{s.mappingColumn}</th><th scope="col" aria-hidden="true" /><th scope="col">{s.mappingField}</th></tr></thead>
          <tbody>
            {result.mapping.map((m) => (
              <tr key={m.columnIndex} className={m.field ? undefined : 'ik-import__unknown'}>
                <td>{m.column}</td>
                <td aria-hidden="true">→</td>
                <td>{m.field ? s.fields[m.field] : <strong>{s.unknownColumn}</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {shown.length > 0 ? (
        <table className="ik-import__table">
          <caption className="ik-card__subtitle">{s.risksHeading(shown.length, result.items.length)}</caption>
          <thead><tr><th scope="col">#</th><th scope="col">{s.risk}</th><th scope="col">{s.measures}</th></tr></thead>
          <tbody>{shown.map((item) => <RiskRow key={item.row} item={item} />)}</tbody>
        </table>
      ) : null}
    </Stack>
  );
}
