/**
 * How each column is read. For a file the table only shows it (unknown columns flagged); for a list each
 * column has a dropdown of fields, so the user can correct the proposal before anything is saved.
 */
import * as React from 'react';
import { Dropdown, IDropdownOption } from '@fluentui/react';
import { ColumnMapping, ImportField, MappingOverrides } from '../../import/types';
import { useApp } from '../app/AppContext';
import { importStrings } from './importStrings';

export interface MappingTableProps {
  mapping: ColumnMapping[];
  /** For a list: the user's choices, and how to change one. Without it the table is read-only. */
  overrides?: MappingOverrides;
  onChange?: (internalName: string, field: ImportField | null) => void;
}

const NONE = '-';

export function MappingTable(props: MappingTableProps): React.ReactElement {
  const { env } = useApp();
  const s = importStrings[env.locale];
  const fields = (Object.keys(s.fields) as ImportField[]).filter((f) => f !== 'computed');
  const options: IDropdownOption[] = [{ key: NONE, text: s.notImported }, ...fields.map((f) => ({ key: f, text: s.fields[f] }))];
  const editable = props.onChange !== undefined;
  const chosen = (m: ColumnMapping): string => {
    const override = m.internalName && props.overrides && Object.prototype.hasOwnProperty.call(props.overrides, m.internalName)
      ? props.overrides[m.internalName] : m.field;
    return override ?? NONE;
  };
  return (
    <table className="ik-import__table">
      <caption className="ik-card__subtitle">{s.mappingHeading}</caption>
      <thead><tr><th scope="col">{s.mappingColumn}</th><th scope="col" aria-hidden="true" /><th scope="col">{s.mappingField}</th></tr></thead>
      <tbody>
        {props.mapping.map((m) => (
          <tr key={m.columnIndex} className={m.field ? undefined : 'ik-import__unknown'}>
            <td>{m.column}</td>
            <td aria-hidden="true">→</td>
            <td>
              {editable && m.internalName ? (
                <Dropdown ariaLabel={s.mappingFieldFor(m.column)} options={options} selectedKey={chosen(m)} styles={{ root: { minWidth: 220 } }}
                  onChange={(_e, option) => option && props.onChange!(m.internalName!, option.key === NONE ? null : (option.key as ImportField))} />
              ) : m.field ? s.fields[m.field] : <strong>{s.unknownColumn}</strong>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
