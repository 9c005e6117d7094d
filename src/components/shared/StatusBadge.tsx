/**
 * A traffic-light status shown as a coloured swatch plus its word, never colour alone (WCAG 1.4.1).
 */
import * as React from 'react';
import { legendFor } from '../../model/statusLegend';
import { StatusColour } from '../../model/types';
import { useApp } from '../app/AppContext';

export function StatusBadge(props: { status: StatusColour | null; title?: string }): React.ReactElement {
  const { env, strings } = useApp();
  if (!props.status) {
    return <span className="ik-status ik-status--none" title={props.title}>{strings.status.none}</span>;
  }
  const entry = legendFor(props.status);
  return (
    <span className={`ik-status ik-status--${props.status}`} title={props.title}>
      <span aria-hidden="true" className="ik-status__dot" style={{ background: entry.hex }} />
      {entry.label[env.locale]}
    </span>
  );
}
