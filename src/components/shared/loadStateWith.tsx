/**
 * The loading spinner and the error message with a retry button that every view shows while its data is on
 * the way or failed to come, drawn with the message bar and button it is given: Fluent UI's (LoadState) or
 * the lighter ones of the Teams tab (LightLoadState), so that no bundle carries both.
 */
import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';
import { IMessageBarProps, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useApp } from '../app/AppContext';
import { failureText } from '../i18n/failureText';

export interface LoadStateProps {
  loading: boolean;
  error?: Error;
  onRetry: () => void;
}

/** What the load state needs of a message bar and a button. */
export interface LoadStateParts {
  MessageBar: React.ComponentType<Pick<IMessageBarProps, 'messageBarType' | 'isMultiline' | 'actions' | 'children'>>;
  PrimaryButton: React.ComponentType<{ onClick?: (event: React.MouseEvent<HTMLButtonElement>) => void; children?: React.ReactNode }>;
}

export function loadStateWith({ MessageBar, PrimaryButton }: LoadStateParts): (props: LoadStateProps) => React.ReactElement | null {
  return function LoadState(props: LoadStateProps): React.ReactElement | null {
    const { strings, env } = useApp();
    if (props.error) {
      return (
        <MessageBar messageBarType={MessageBarType.error} isMultiline
          actions={<PrimaryButton onClick={props.onRetry}>{strings.retry}</PrimaryButton>}>
          {strings.errorTitle} {failureText(props.error, env.locale)}
        </MessageBar>
      );
    }
    if (props.loading) return <Spinner size={SpinnerSize.large} label={strings.loading} />;
    return null;
  };
}
