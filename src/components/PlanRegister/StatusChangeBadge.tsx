/**
 * A measure's status change since the previous follow-up: an arrow and a word ("Bättre", "Sämre" …),
 * never colour alone (WCAG 1.4.1); the tooltip names both statuses.
 */
import * as React from 'react';
import { legendFor } from '../../model/statusLegend';
import { StatusChange } from '../../model/statusChange';
import { StatusColour } from '../../model/types';
import { useApp } from '../app/AppContext';
import { registerStrings } from './registerStrings';

const arrows: Record<StatusChange, string> = { better: '↑', worse: '↓', same: '→', new: '+', none: '–' };

export function StatusChangeBadge(props: { change: StatusChange; latest: StatusColour | null; previous: StatusColour | null }): React.ReactElement {
  const { env, strings } = useApp();
  const s = registerStrings[env.locale];
  const name = (colour: StatusColour | null): string => (colour ? legendFor(colour).label[env.locale] : strings.status.none);
  return (
    <span className={`ik-change ik-change--${props.change}`} title={s.changeTitle(name(props.previous), name(props.latest))}>
      <span aria-hidden="true" className="ik-change__arrow">{arrows[props.change]}</span>
      <span className="ik-visually-hidden">{s.change}: </span>{s.changes[props.change]}
    </span>
  );
}
