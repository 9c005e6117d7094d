/**
 * A chapter's state as a word with an icon of its own shape, never colour alone (WCAG 1.4.1).
 */
import * as React from 'react';
import { Icon } from '@fluentui/react';
import { ChapterState } from '../../model/types';
import { useApp } from '../app/AppContext';
import { securityReportStrings } from './securityReportStrings';

const ICONS: Record<ChapterState, string> = {
  notStarted: 'CircleRing', draft: 'Edit', submitted: 'Send', returned: 'Reply', approved: 'CompletedSolid'
};

export function ChapterStateBadge(props: { state: ChapterState }): React.ReactElement {
  const { env } = useApp();
  return (
    <span className={`ik-chapter-state ik-chapter-state--${props.state}`}>
      <Icon iconName={ICONS[props.state]} aria-hidden="true" className="ik-chapter-state__icon" />
      {securityReportStrings[env.locale].states[props.state]}
    </span>
  );
}
