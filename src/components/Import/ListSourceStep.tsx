/**
 * The wizard's first step for a list of the site: choose one of the site's own lists and read it.
 * The lists load when this source is chosen; an empty site or an unavailable source says so.
 */
import * as React from 'react';
import { DefaultButton, Dropdown, IDropdownOption, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack } from '@fluentui/react';
import { useApp } from '../app/AppContext';
import { importStrings } from './importStrings';
import { ListImportModel } from './useListImport';

export interface ListSourceStepProps {
  list: ListImportModel;
  onRead: () => void;
  onCancel: () => void;
}

export function ListSourceStep(props: ListSourceStepProps): React.ReactElement {
  const { env } = useApp();
  const s = importStrings[env.locale];
  const { list } = props;
  const options: IDropdownOption[] = (list.lists ?? []).map((l) => ({ key: l.id, text: s.listOption(l.title, l.itemCount) }));
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <p>{s.listIntro}</p>
      {!list.available ? <MessageBar messageBarType={MessageBarType.warning}>{s.listsUnavailable}</MessageBar> : null}
      {list.loading ? <Spinner label={s.loadingLists} /> : null}
      {list.lists !== null && list.lists.length === 0 ? <MessageBar messageBarType={MessageBarType.info}>{s.noLists}</MessageBar> : null}
      {list.lists !== null && list.lists.length > 0 ? (
        <Dropdown label={s.listLabel} placeholder={s.listPlaceholder} options={options} selectedKey={list.selectedId || null}
          onChange={(_e, option) => option && list.select(String(option.key))} styles={{ root: { maxWidth: 480 } }}
          aria-describedby="ik-import-list-hint" disabled={list.reading} />
      ) : null}
      <p id="ik-import-list-hint" className="ik-cell-meta">{s.listHint}</p>
      {list.reading ? <Spinner label={s.readingList} /> : null}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={s.readList} onClick={props.onRead} disabled={!list.selectedId || list.reading} />
        <DefaultButton text={s.cancel} onClick={props.onCancel} />
      </Stack>
    </Stack>
  );
}
