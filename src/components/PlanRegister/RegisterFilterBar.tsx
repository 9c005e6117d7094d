/**
 * The register's filter bar: multi-select choices for strategy, objective, handling, responsible role
 * and status, the grouping, and a button that clears the selection. Every control is labelled.
 */
import * as React from 'react';
import { DefaultButton, Dropdown, IDropdownOption, Stack } from '@fluentui/react';
import { kindOf } from '../../model/planKinds';
import { HANDLINGS, PlanKind } from '../../model/types';
import { useApp } from '../app/AppContext';
import { kindStrings } from '../editing/kindStrings';
import type { PlanView } from '../shared/usePlanData';
import { GROUP_BYS, GroupBy, noFilter, RegisterFilter, STATUS_FILTERS } from './registerRows';
import { registerStrings } from './registerStrings';

type ListKey = 'strategies' | 'objectives' | 'handlings' | 'roles' | 'statuses';

function toggled(current: readonly string[], option: IDropdownOption | undefined): string[] {
  if (!option) return [...current];
  const key = String(option.key);
  return option.selected ? [...current.filter((k) => k !== key), key] : current.filter((k) => k !== key);
}

/** The choices a plan offers: only categories and roles that occur in it. */
function useOptions(view: PlanView): Record<ListKey, IDropdownOption[]> {
  const { strings, env } = useApp();
  const r = registerStrings[env.locale];
  return React.useMemo(() => {
    const used = (keys: Array<string | null>): IDropdownOption[] => [...new Set(keys.filter((k): k is string => k !== null))]
      .map((key) => view.categories.get(key))
      .filter((c): c is NonNullable<typeof c> => c !== undefined)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
      .map((c) => ({ key: c.key, text: c.categoryType === 'controlObjective' ? `${c.code}: ${c.title}` : c.title }));
    const roleKeys = [...new Set(view.measures.map((m) => m.roleKey).filter((k): k is string => k !== null))];
    return {
      strategies: used(view.items.map((i) => i.strategyKey)),
      objectives: used(view.items.map((i) => i.objectiveKey)),
      handlings: HANDLINGS.map((h) => ({ key: h, text: strings.handlings[h] })),
      roles: roleKeys.map((key) => ({ key, text: view.roles.get(key)?.title ?? key }))
        .sort((a, b) => a.text.localeCompare(b.text, 'sv')),
      statuses: STATUS_FILTERS.map((st) => ({ key: st, text: r.statusFilters[st] }))
    };
  }, [view, strings, r]);
}

export function RegisterFilterBar(props: { kind: PlanKind; view: PlanView; filter: RegisterFilter; onFilter: (filter: RegisterFilter) => void;
  groupBy: GroupBy; onGroupBy: (groupBy: GroupBy) => void; }): React.ReactElement {
  const { strings, env } = useApp();
  const r = registerStrings[env.locale];
  const options = useOptions(props.view);
  const { filter, onFilter } = props;
  const labels: Record<ListKey, string> = {
    strategies: props.kind === 'internalControl' ? strings.register.strategy
      : kindOf(props.kind).itemCategories.map((t) => kindStrings[env.locale].category[t]).join(' / '),
    objectives: strings.register.objective, handlings: strings.register.handling,
    roles: strings.register.responsible, statuses: strings.register.status
  };
  // Only the filters whose fields the plan's kind has (an action plan has no objective or handling).
  const config = kindOf(props.kind);
  const lists: ListKey[] = (['strategies', 'objectives', 'handlings', 'roles', 'statuses'] as ListKey[]).filter((key) =>
    (key !== 'objectives' || config.itemFields.includes('objectiveKey')) && (key !== 'handlings' || config.itemFields.includes('handling'))
    && (key !== 'strategies' || config.itemCategories.length > 0));
  const active = lists.some((k) => filter[k].length > 0);
  return (
    <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }} className="ik-filterbar" role="group" aria-label={r.filters}>
      {lists.map((key) => (
        <Dropdown key={key} label={labels[key]} multiSelect placeholder={r.all} options={options[key]}
          selectedKeys={[...filter[key]]} data-filter={key}
          onChange={(_e, option) => onFilter({ ...filter, [key]: toggled(filter[key], option) })} />
      ))}
      <Dropdown label={r.groupBy} selectedKey={props.groupBy} data-filter="groupBy"
        options={GROUP_BYS.map((g) => ({ key: g, text: r.groupBys[g] }))}
        onChange={(_e, option) => option && props.onGroupBy(option.key as GroupBy)} />
      {active && (
        <DefaultButton text={r.clearFilters}
          onClick={() => onFilter({ ...noFilter, search: filter.search, cell: filter.cell, residual: filter.residual })} />
      )}
    </Stack>
  );
}
