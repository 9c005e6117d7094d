/**
 * Asked when the Dnr has been published before: publishing again makes a new version, and both are kept
 * (the published papers are official documents and never change).
 */
import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton } from '@fluentui/react';
import { BoardSnapshotRecord } from '../../model/types';
import { useApp } from '../app/AppContext';
import { boardStrings } from '../i18n/boardStrings';
import { stockholmDay } from './boardDates';

export function NewVersionDialog(props: { existing: BoardSnapshotRecord[]; onConfirm: () => void; onCancel: () => void }): React.ReactElement {
  const { env } = useApp();
  const s = boardStrings[env.locale].editor.newVersion;
  const latest = props.existing.reduce((a, b) => (b.version > a.version ? b : a));
  return (
    <Dialog hidden={false} onDismiss={props.onCancel} modalProps={{ isBlocking: true }}
      dialogContentProps={{ type: DialogType.normal, title: s.title, subText: s.text(latest.diaryNumber, latest.version, stockholmDay(latest.publishedAt)) }}>
      <DialogFooter>
        <PrimaryButton text={s.confirm} onClick={props.onConfirm} />
        <DefaultButton text={s.cancel} onClick={props.onCancel} />
      </DialogFooter>
    </Dialog>
  );
}
