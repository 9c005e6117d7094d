/**
 * "Förslag till beslut" as the minutes will read it: the board's sentence ("Regionstyrelsen beslutar att")
 * and the numbered points under it, each its own field, with points added and removed. An empty point is
 * named where it stands; a missing proposal is said once for the whole list.
 */
import * as React from 'react';
import { DefaultButton, IconButton, TextField } from '@fluentui/react';
import { CaseDocument } from '../../model/types';
import { useApp } from '../app/AppContext';
import { boardStrings } from '../i18n/boardStrings';
import { ADD_PROPOSAL_ID, caseErrorText, fieldId, proposalError } from './caseErrors';
import { CaseEditor } from './useCaseEditor';

const LIST_ERROR_ID = 'ik-case-proposals-error';

export function ProposalFields(props: { editor: CaseEditor; doc: CaseDocument }): React.ReactElement {
  const { env } = useApp();
  const s = boardStrings[env.locale].editor;
  const { editor, doc } = props;
  const listError = caseErrorText('proposals', editor.errors.proposals, s);
  return (
    <fieldset className="ik-fieldset ik-case__proposals">
      <legend>{s.proposals}</legend>
      <p className="ik-case__decides">{s.decides(doc.board)}</p>
      <ol className="ik-case__points">
        {doc.proposals.map((text, index) => (
          // The points are plain strings; their place is their identity, as in the minutes.
          <li key={index} className="ik-case__point">
            <div className="ik-case__point-row">
              <TextField id={fieldId('proposals', index)} ariaLabel={s.proposalName(index + 1)} multiline autoAdjustHeight rows={2}
                value={text} onChange={(_e, v) => editor.setProposal(index, v ?? '')} errorMessage={proposalError(editor.errors, text, s)}
                className="ik-case__point-text" />
              <IconButton iconProps={{ iconName: 'Delete' }} title={s.removeProposal(index + 1)} ariaLabel={s.removeProposal(index + 1)}
                onClick={() => editor.removeProposal(index)} />
            </div>
          </li>
        ))}
      </ol>
      {listError && <p id={LIST_ERROR_ID} className="ik-case__error" role="alert">{listError}</p>}
      <DefaultButton id={ADD_PROPOSAL_ID} iconProps={{ iconName: 'Add' }} text={s.addProposal} onClick={editor.addProposal}
        aria-describedby={listError ? LIST_ERROR_ID : undefined} />
    </fieldset>
  );
}
