/**
 * The item panel's fields that depend on the plan kind: the category the item is filed under (strategy,
 * focus area or foundation, perspective), an action plan's purpose and overarching goals (a foundation's
 * strategies), a scorecard goal's strategic goal, and for risks the links across plans: the security
 * area and the scorecard goals the risk threatens.
 */
import * as React from 'react';
import { Dropdown, DropdownMenuItemType, IDropdownOption, TextField } from '@fluentui/react';
import { PlanKindConfig } from '../../model/planKinds';
import { Category, PlanItem, SecurityArea } from '../../model/types';
import { useApp } from '../app/AppContext';
import { kindStrings } from './kindStrings';

export interface GoalOption {
  key: string;
  title: string;
  planTitle: string;
}

export interface ItemKindFieldsProps {
  config: PlanKindConfig;
  item: PlanItem;
  categories: Category[];
  areas: SecurityArea[];
  goals: GoalOption[];
  threatens: string[];
  onItem: (changes: Partial<PlanItem>) => void;
  onThreatens: (goalKeys: string[]) => void;
}

export function ItemKindFields(props: ItemKindFieldsProps): React.ReactElement {
  const { env } = useApp();
  const k = kindStrings[env.locale];
  const { config, item } = props;
  const has = (field: (typeof config.itemFields)[number]): boolean => config.itemFields.includes(field);
  const name = (c: { title: string; titleEn: string }): string => (env.locale === 'sv-SE' ? c.title : c.titleEn || c.title);
  const categoryOptions: IDropdownOption[] = [{ key: '', text: '–' }];
  for (const type of config.itemCategories) {
    const ofType = props.categories.filter((c) => c.categoryType === type).sort((a, b) => a.sortOrder - b.sortOrder);
    if (config.itemCategories.length > 1) categoryOptions.push({ key: `header:${type}`, text: k.category[type], itemType: DropdownMenuItemType.Header });
    categoryOptions.push(...ofType.map((c) => ({ key: c.key, text: name(c) })));
  }
  const category = props.categories.find((c) => c.key === item.strategyKey);
  const categoryLabel = config.itemCategories.length === 1 ? k.category[config.itemCategories[0]] : config.itemCategories.map((t) => k.category[t]).join(' / ');
  const goalOptions: IDropdownOption[] = props.goals.map((g) => ({ key: g.key, text: `${g.title} (${g.planTitle})` }));
  return (
    <>
      {has('strategyKey') && config.kind !== 'internalControl' && (
        <Dropdown label={categoryLabel} options={categoryOptions} selectedKey={item.strategyKey ?? ''} styles={{ root: { maxWidth: 480 } }}
          onChange={(_e, o) => o && props.onItem({ strategyKey: o.key ? String(o.key) : null })} />
      )}
      {has('strategicGoal') && (
        <TextField label={k.strategicGoal} value={item.strategicGoal} onChange={(_e, v) => props.onItem({ strategicGoal: v ?? '' })} />
      )}
      {has('purpose') && category?.categoryType !== 'foundation' && (
        <TextField label={k.purpose} description={k.purposeHint} multiline autoAdjustHeight value={item.purpose}
          onChange={(_e, v) => props.onItem({ purpose: v ?? '' })} />
      )}
      {has('goals') && (
        <TextField label={category?.categoryType === 'foundation' ? k.strategies : k.goals} description={k.lineHint} multiline autoAdjustHeight
          value={item.goals} onChange={(_e, v) => props.onItem({ goals: v ?? '' })} />
      )}
      {has('securityAreaKey') && (
        <Dropdown label={k.securityArea} options={[{ key: '', text: '–' }, ...props.areas.map((a) => ({ key: a.key, text: name(a) }))]}
          selectedKey={item.securityAreaKey ?? ''} styles={{ root: { maxWidth: 360 } }}
          onChange={(_e, o) => o && props.onItem({ securityAreaKey: o.key ? String(o.key) : null })} />
      )}
      {config.assessment && props.goals.length > 0 && (
        <Dropdown label={k.threatens} title={k.threatensHint} multiSelect options={goalOptions} selectedKeys={props.threatens} styles={{ root: { maxWidth: 640 } }}
          onChange={(_e, o) => o && props.onThreatens(o.selected ? [...props.threatens, String(o.key)] : props.threatens.filter((g) => g !== String(o.key)))} />
      )}
    </>
  );
}
