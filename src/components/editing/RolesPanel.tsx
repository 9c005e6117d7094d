/**
 * The responsible roles and who holds them. Choosing a new holder (a people picker over the site's
 * directory) moves every open measure of the role to that person: measures name roles, not people.
 */
import * as React from 'react';
import { DefaultButton, Dropdown, IPersonaProps, Label, MessageBar, MessageBarType, NormalPeoplePicker, Panel, PanelType, Stack, TextField } from '@fluentui/react';
import { OrgUnit, PersonRef, Role } from '../../model/types';
import { changeHolder, saveRole } from '../../plans/followUpActions';
import { ValidationError } from '../../plans/ValidationError';
import { useApp } from '../app/AppContext';
import { useEditingStrings } from './useEditingStrings';
import { failureText } from '../i18n/failureText';

interface PersonaWithRef extends IPersonaProps {
  person: PersonRef;
}

function toPersona(person: PersonRef, secondary = ''): PersonaWithRef {
  return { text: person.displayName, secondaryText: secondary || person.upn, person, key: person.upn };
}

export function RolesPanel(props: { roles: Role[]; units: OrgUnit[]; onChanged: () => void; onDismiss: () => void }): React.ReactElement {
  const { store } = useApp();
  const all = useEditingStrings();
  const s = all.roles;
  const [newTitle, setNewTitle] = React.useState('');
  const [newUnit, setNewUnit] = React.useState<string | null>(null);
  const [titleError, setTitleError] = React.useState<string | undefined>(undefined);
  const [roles, setRoles] = React.useState(props.roles);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const suggest = async (filter: string): Promise<PersonaWithRef[]> =>
    (await store.searchPeople(filter)).map((p) => toPersona(p, p.jobTitle));

  const assign = (role: Role, person: PersonRef | null): void => {
    setFailure(null);
    changeHolder(store, role, person).then((result) => {
      setRoles((all) => all.map((r) => (r.key === role.key ? result.role : r)));
      setNotice(person ? s.moved(role.title, person.displayName, result.openMeasures) : s.vacated(role.title, result.openMeasures));
      props.onChanged();
    }).catch((error: unknown) => setFailure(failureText(error)));
  };

  const setDelegate = (role: Role, person: PersonRef | null): void => {
    setFailure(null);
    saveRole(store, { ...role, delegate: person }, role).then((saved) => {
      setRoles((list) => list.map((r) => (r.key === role.key ? saved : r)));
      props.onChanged();
    }).catch((error: unknown) => setFailure(failureText(error)));
  };
  const addRole = (): void => {
    setTitleError(undefined);
    saveRole(store, { key: '', title: newTitle.trim(), unitKey: newUnit, holder: null, delegate: null }, null).then((saved) => {
      setRoles((list) => [...list, saved]);
      setNewTitle('');
      props.onChanged();
    }).catch((error: unknown) => {
      if (error instanceof ValidationError) setTitleError(all.errors.required);
      else setFailure(failureText(error));
    });
  };
  const unitTitle = (key: string | null): string => props.units.find((u) => u.key === key)?.title ?? '';

  return (
    <Panel isOpen type={PanelType.medium} headerText={s.title} onDismiss={props.onDismiss} closeButtonAriaLabel={s.close}>
      {notice && <MessageBar messageBarType={MessageBarType.success} role="status">{notice}</MessageBar>}
      {failure && <MessageBar messageBarType={MessageBarType.error}>{failure}</MessageBar>}
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" className="ik-card" style={{ maxWidth: 'none', marginBottom: 12 }}>
        <TextField label={s.newRole} value={newTitle} onChange={(_e, v) => setNewTitle(v ?? '')} errorMessage={titleError} placeholder="Avdelningschef …" />
        <Dropdown label={s.unit} selectedKey={newUnit ?? ''} options={[{ key: '', text: '–' }, ...props.units.map((u) => ({ key: u.key, text: u.title }))]}
          onChange={(_e, o) => setNewUnit(o && o.key ? String(o.key) : null)} styles={{ root: { minWidth: 220 } }} />
        <DefaultButton text={s.add} onClick={addRole} />
      </Stack>
      <ul className="ik-role-list">
        {roles.slice().sort((a, b) => a.title.localeCompare(b.title, 'sv')).map((role) => {
          const labelId = `ik-role-${role.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
          return (
            <li key={role.key} className="ik-card">
              <div id={labelId} className="ik-cell-title">{role.title}{role.unitKey ? <span className="ik-cell-meta"> · {unitTitle(role.unitKey)}</span> : null}</div>
              <Label>{s.holder}</Label>
              <NormalPeoplePicker onResolveSuggestions={suggest} getTextFromItem={(p) => p.text ?? ''} itemLimit={1} removeButtonAriaLabel={s.remove}
                selectedItems={role.holder ? [toPersona(role.holder)] : []} pickerSuggestionsProps={{ noResultsFoundText: s.noResults, suggestionsHeaderText: s.search }}
                inputProps={{ 'aria-label': `${s.holder}: ${role.title}`, placeholder: role.holder ? undefined : s.search }}
                onChange={(items) => assign(role, (items?.[0] as PersonaWithRef | undefined)?.person ?? null)} />
              <Label>{s.delegate}</Label>
              <NormalPeoplePicker onResolveSuggestions={suggest} getTextFromItem={(p) => p.text ?? ''} itemLimit={1} removeButtonAriaLabel={s.remove}
                selectedItems={role.delegate ? [toPersona(role.delegate)] : []} pickerSuggestionsProps={{ noResultsFoundText: s.noResults, suggestionsHeaderText: s.search }}
                inputProps={{ 'aria-label': `${s.delegate}: ${role.title}`, placeholder: role.delegate ? undefined : s.search }}
                onChange={(items) => setDelegate(role, (items?.[0] as PersonaWithRef | undefined)?.person ?? null)} />
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
