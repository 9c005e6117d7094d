/**
 * Fluent UI's MessageBar as the views use it (a type, an optional role, optional actions), drawn with
 * Fluent's own styles, class names, icons and announcements, but without a dismiss or expand button:
 * Fluent's MessageBar imports its IconButton, and with it menus, callouts and focus zones that a
 * message never needs and the Teams tab's bundle cannot carry.
 */
import * as React from 'react';
import { getStyles } from '@fluentui/react/lib/components/MessageBar/MessageBar.styles';
import { Icon } from '@fluentui/react/lib/Icon';
import { IMessageBarProps, IMessageBarStyleProps, IMessageBarStyles, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { classNamesFunction, DelayedRender, getId, styled } from '@fluentui/react/lib/Utilities';

export type LightMessageBarProps = Pick<IMessageBarProps, 'messageBarType' | 'role' | 'className' | 'actions' | 'isMultiline' | 'children' | 'styles' | 'theme'>;

// As Fluent's MessageBar: the icon per type, and errors announced assertively as alerts.
const ICONS: Record<MessageBarType, string> = {
  [MessageBarType.info]: 'Info',
  [MessageBarType.warning]: 'Info',
  [MessageBarType.error]: 'ErrorBadge',
  [MessageBarType.blocked]: 'Blocked2',
  [MessageBarType.severeWarning]: 'Warning',
  [MessageBarType.success]: 'Completed'
};
const isUrgent = (type: MessageBarType): boolean =>
  type === MessageBarType.error || type === MessageBarType.blocked || type === MessageBarType.severeWarning;

const getClassNames = classNamesFunction<IMessageBarStyleProps, IMessageBarStyles>();

function LightMessageBarBase(props: LightMessageBarProps): React.ReactElement {
  const labelId = React.useState(() => getId('MessageBar'))[0];
  const type = props.messageBarType ?? MessageBarType.info;
  const isMultiline = props.isMultiline ?? true;
  const c = getClassNames(props.styles, {
    theme: props.theme!, messageBarType: type, onDismiss: false, actions: props.actions !== undefined, truncated: false,
    isMultiline, expandSingleLine: false, className: props.className
  });
  const actions = props.actions ? <div className={c.actions}>{props.actions}</div> : null;
  return (
    <div className={c.root} aria-describedby={actions ? labelId : undefined} role={actions ? 'region' : undefined}>
      <div className={c.content}>
        <div className={c.iconContainer} aria-hidden={true}><Icon iconName={ICONS[type]} className={c.icon} /></div>
        <div className={c.text} id={labelId} role={props.role ?? (isUrgent(type) ? 'alert' : 'status')} aria-live={isUrgent(type) ? 'assertive' : 'polite'}>
          <span className={c.innerText}><DelayedRender><span>{props.children}</span></DelayedRender></span>
        </div>
        {!isMultiline && actions}
      </div>
      {isMultiline && actions}
    </div>
  );
}

export const LightMessageBar: React.FunctionComponent<LightMessageBarProps> = styled<LightMessageBarProps, IMessageBarStyleProps, IMessageBarStyles>(
  LightMessageBarBase, getStyles, undefined, { scope: 'MessageBar' });
export { MessageBarType };
