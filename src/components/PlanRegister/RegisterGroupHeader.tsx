/**
 * The header of a group in the register: the group's name and count on a button that collapses and
 * expands it. Fluent's own header puts aria-expanded on the grid row, which ARIA allows only in a
 * tree grid (axe: aria-conditional-attr); here the row holds one cell and the button carries it.
 */
import * as React from 'react';
import { IDetailsGroupDividerProps } from '@fluentui/react';

export function RegisterGroupHeader(props: IDetailsGroupDividerProps | undefined): React.ReactElement | null {
  const group = props?.group;
  if (!props || !group) return null;
  const collapsed = Boolean(group.isCollapsed);
  return (
    <div role="row" className="ik-group-header" aria-rowindex={props.ariaRowIndex}>
      <div role="gridcell" aria-colspan={props.ariaColSpan ?? props.columns?.length}>
        <button type="button" className="ik-group-header__button" aria-expanded={!collapsed}
          onClick={() => props.onToggleCollapse?.(group)}>
          <span aria-hidden="true" className="ik-group-header__chevron">{collapsed ? '▸' : '▾'}</span>
          {group.name} ({group.count})
        </button>
      </div>
    </div>
  );
}
