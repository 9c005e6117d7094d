/**
 * Shown when a save meets someone else's newer version (HTTP 412): both versions side by side, field
 * by field, and the person chooses which applies. Nothing is overwritten without that choice.
 */
import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton } from '@fluentui/react';
import { useEditingStrings } from './useEditingStrings';

export interface ConflictRow {
  label: string;
  mine: string;
  theirs: string;
}

export function ConflictDialog(props: { rows: ConflictRow[]; onKeepMine: () => void; onUseTheirs: () => void }): React.ReactElement {
  const s = useEditingStrings().conflict;
  return (
    <Dialog hidden={false} onDismiss={props.onUseTheirs} minWidth={640}
      dialogContentProps={{ type: DialogType.largeHeader, title: s.title, subText: s.intro }} modalProps={{ isBlocking: true }}>
      <table className="ik-table ik-conflict">
        <thead><tr><th scope="col">{s.field}</th><th scope="col">{s.mine}</th><th scope="col">{s.theirs}</th></tr></thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.label}><th scope="row">{row.label}</th><td>{row.mine}</td><td>{row.theirs}</td></tr>
          ))}
        </tbody>
      </table>
      <DialogFooter>
        <PrimaryButton onClick={props.onKeepMine} text={s.keepMine} />
        <DefaultButton onClick={props.onUseTheirs} text={s.useTheirs} />
      </DialogFooter>
    </Dialog>
  );
}
