/**
 * The loading spinner and the error message with a retry button that every view shows while its data
 * is on the way or failed to come.
 */
import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize } from '@fluentui/react';
import { useApp } from '../app/AppContext';

export function LoadState(props: { loading: boolean; error?: Error; onRetry: () => void }): React.ReactElement | null {
  const { strings } = useApp();
  if (props.error) {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline
        actions={<PrimaryButton onClick={props.onRetry}>{strings.retry}</PrimaryButton>}>
        {strings.errorTitle} {props.error.message}
      </MessageBar>
    );
  }
  if (props.loading) return <Spinner size={SpinnerSize.large} label={strings.loading} />;
  return null;
}
