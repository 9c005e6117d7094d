/**
 * Choosing a measure's responsible roles, in order: the first leads. A multi-select keeps the order in
 * which roles were chosen, and any role can be moved up to lead.
 */
import * as React from 'react';
import { Dropdown, IconButton, IDropdownOption } from '@fluentui/react';
import { Role } from '../../model/types';
import { useApp } from '../app/AppContext';
import { kindStrings } from './kindStrings';

export function RolesPicker(props: { roles: Role[]; selected: string[]; placeholder: string; errorMessage?: string;
  onChange: (roleKeys: string[]) => void; }): React.ReactElement {
  const { env } = useApp();
  const k = kindStrings[env.locale];
  const byKey = new Map(props.roles.map((r) => [r.key, r]));
  const options: IDropdownOption[] = props.roles.slice().sort((a, b) => a.title.localeCompare(b.title, 'sv'))
    .map((r) => ({ key: r.key, text: r.holder ? `${r.title} (${r.holder.displayName})` : r.title }));
  const toggle = (key: string, on: boolean): void =>
    props.onChange(on ? [...props.selected.filter((s) => s !== key), key] : props.selected.filter((s) => s !== key));
  const moveUp = (index: number): void => {
    const next = [...props.selected];
    [next[index - 1], next[index]] = [next[index], next[index - 1]];
    props.onChange(next);
  };
  return (
    <div className="ik-roles-picker">
      <Dropdown label={k.roles} placeholder={props.placeholder} multiSelect required options={options} selectedKeys={props.selected}
        onChange={(_e, o) => o && toggle(String(o.key), Boolean(o.selected))} errorMessage={props.errorMessage} styles={{ root: { minWidth: 320 } }} />
      <p className="ik-cell-meta">{k.rolesHint}</p>
      {props.selected.length > 1 && (
        <ol className="ik-roles-order">
          {props.selected.map((key, index) => (
            <li key={key}>
              {byKey.get(key)?.title ?? key}{index === 0 ? ` – ${k.lead}` : ''}
              {index > 0 && <IconButton iconProps={{ iconName: 'Up' }} title={k.moveUp(byKey.get(key)?.title ?? key)}
                ariaLabel={k.moveUp(byKey.get(key)?.title ?? key)} onClick={() => moveUp(index)} />}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
