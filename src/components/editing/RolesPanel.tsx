/**
 * The responsible roles and who holds them. Choosing a new holder (a people picker over the site's
 * directory) moves every open measure of the role to that person: measures name roles, not people.
 */
import * as React from 'react';
import { IPersonaProps, MessageBar, MessageBarType, NormalPeoplePicker, Panel, PanelType } from '@fluentui/react';
import { PersonRef, Role } from '../../model/types';
import { changeHolder } from '../../plans/followUpActions';
import { useApp } from '../app/AppContext';
import { useEditingStrings } from './useEditingStrings';

interface PersonaWithRef extends IPersonaProps {
  person: PersonRef;
}

function toPersona(person: PersonRef, secondary = ''): PersonaWithRef {
  return { text: person.displayName, secondaryText: secondary || person.upn, person, key: person.upn };
}

export function RolesPanel(props: { roles: Role[]; onChanged: () => void; onDismiss: () => void }): React.ReactElement {
  const { store } = useApp();
  const s = useEditingStrings().roles;
  const [roles, setRoles] = React.useState(props.roles);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const suggest = async (filter: string): Promise<PersonaWithRef[]> =>
    (await store.searchPeople(filter)).map((p) => toPersona(p, p.jobTitle));

  const assign = (role: Role, person: PersonRef | null): void => {
    setFailure(null);
    changeHolder(store, role, person).then((result) => {
      setRoles((all) => all.map((r) => (r.key === role.key ? result.role : r)));
      setNotice(s.moved(role.title, person?.displayName ?? s.vacant, result.openMeasures));
      props.onChanged();
    }).catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  };

  return (
    <Panel isOpen type={PanelType.medium} headerText={s.title} onDismiss={props.onDismiss} closeButtonAriaLabel={s.close}>
      {notice && <MessageBar messageBarType={MessageBarType.success} role="status">{notice}</MessageBar>}
      {failure && <MessageBar messageBarType={MessageBarType.error}>{failure}</MessageBar>}
      <ul className="ik-role-list">
        {roles.slice().sort((a, b) => a.title.localeCompare(b.title, 'sv')).map((role) => {
          const labelId = `ik-role-${role.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
          return (
            <li key={role.key} className="ik-card">
              <div id={labelId} className="ik-cell-title">{role.title}</div>
              <NormalPeoplePicker onResolveSuggestions={suggest} getTextFromItem={(p) => p.text ?? ''} itemLimit={1}
                selectedItems={role.holder ? [toPersona(role.holder)] : []} pickerSuggestionsProps={{ noResultsFoundText: s.noResults, suggestionsHeaderText: s.search }}
                inputProps={{ 'aria-label': `${s.holder}: ${role.title}`, placeholder: role.holder ? undefined : s.search }}
                onChange={(items) => assign(role, (items?.[0] as PersonaWithRef | undefined)?.person ?? null)} />
              {role.delegate && <div className="ik-cell-meta">{s.delegate}: {role.delegate.displayName}</div>}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
