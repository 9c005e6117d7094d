/**
 * The roll-up over a unit: choose an organisational unit and a year, and see the heat map over every
 * plan owned by the unit or a unit below it (inherent or residual assessment), with the plans listed.
 */
import * as React from 'react';
import { ChoiceGroup, Dropdown, IDropdownOption, Stack, Text } from '@fluentui/react';
import { plansUnder, rollupHeatMap, unitTree } from '../../model/rollup';
import { PlanItem } from '../../model/types';
import { useApp } from '../app/AppContext';
import { useAsync } from '../app/useAsync';
import { LoadState } from '../shared/LoadState';
import { HeatMap } from '../PlanRegister/HeatMap';
import { registerStyles } from '../PlanRegister/registerStyles';
import { rollupStrings } from './rollupStrings';

export interface RollupViewProps {
  unitKey?: string;
  onNavigate?: (state: { unitKey?: string }) => void;
}

export function RollupView(props: RollupViewProps): React.ReactElement {
  const { store, env, strings } = useApp();
  const s = rollupStrings[env.locale];
  const base = useAsync(async () => {
    const [units, plans] = await Promise.all([store.orgUnits.all(), store.plans.all()]);
    return { units, plans };
  }, [store]);
  const [chosenUnit, setChosenUnit] = React.useState<string | undefined>(props.unitKey);
  React.useEffect(() => setChosenUnit(props.unitKey), [props.unitKey]);
  const [chosenYear, setChosenYear] = React.useState<number | undefined>(undefined);
  const [residual, setResidual] = React.useState(false);
  const tree = React.useMemo(() => unitTree(base.data?.units ?? []), [base.data]);
  const unit = tree.find((t) => t.unit.key === chosenUnit)?.unit ?? tree[0]?.unit;
  const years = React.useMemo(() => [...new Set((base.data?.plans ?? []).map((p) => p.year))].sort((a, b) => b - a), [base.data]);
  const thisYear = Number(env.today.slice(0, 4));
  const year = chosenYear ?? (years.includes(thisYear) ? thisYear : years[0]);
  const included = React.useMemo(() => (unit && base.data
    ? plansUnder(base.data.units, unit.key, base.data.plans.filter((p) => p.year === year))
      .sort((a, b) => a.title.localeCompare(b.title, 'sv'))
    : []), [base.data, unit, year]);
  const includedKeys = included.map((p) => p.key).join('|');
  const items = useAsync(async () => {
    const lists = await Promise.all(included.map((p) => store.items.where({ planKey: p.key })));
    return ([] as PlanItem[]).concat(...lists);
  }, [store, includedKeys]);
  const counts = React.useMemo(() => (unit && base.data && items.data
    ? rollupHeatMap(base.data.units, unit.key, included, items.data, residual) : new Map<string, number>()),
  [unit, base.data, included, items.data, residual]);
  if (!base.data) return <LoadState loading={base.loading} error={base.error} onRetry={base.reload} />;
  if (!unit) return <Text>{s.noUnits}</Text>;
  const unitOptions: IDropdownOption[] = tree.map((t) => ({ key: t.unit.key, text: t.unit.title, data: { depth: t.depth } }));
  const itemsOf = (planKey: string): PlanItem[] => (items.data ?? []).filter((i) => i.planKey === planKey);
  const assessed = (list: PlanItem[]): number => list.filter((i) => (residual
    ? i.residualProbability !== null && i.residualSeverity !== null : i.probability !== null && i.severity !== null)).length;
  return (
    <div className="ik-view ik-rollup">
      <style>{registerStyles}</style>
      <h1 className="ik-view__title">{s.title}</h1>
      <p className="ik-plan-meta">{year !== undefined ? s.scope(unit.title, year) : unit.title}</p>
      <Stack horizontal wrap tokens={{ childrenGap: 16 }} className="ik-pickers">
        <Dropdown label={s.unit} options={unitOptions} selectedKey={unit.key} styles={{ root: { minWidth: 320 } }}
          onRenderOption={(option) => (
            <span style={{ paddingLeft: ((option?.data as { depth: number } | undefined)?.depth ?? 0) * 16 }}>{option?.text}</span>)}
          onChange={(_e, o) => { if (o) { setChosenUnit(String(o.key)); props.onNavigate?.({ unitKey: String(o.key) }); } }} />
        <Dropdown label={s.year} options={years.map((y) => ({ key: y, text: String(y) }))} selectedKey={year} styles={{ root: { minWidth: 120 } }}
          onChange={(_e, o) => o && setChosenYear(Number(o.key))} />
      </Stack>
      <LoadState loading={base.loading || items.loading} error={base.error ?? items.error} onRetry={() => { base.reload(); items.reload(); }} />
      <Stack horizontal wrap tokens={{ childrenGap: 32 }}>
        <div>
          <HeatMap counts={counts} subtitle={s.heatMapOf(residual)} />
          <ChoiceGroup label={s.assessment} selectedKey={residual ? 'residual' : 'inherent'} styles={{ flexContainer: { display: 'flex', gap: 16 } }}
            options={[{ key: 'inherent', text: s.inherent }, { key: 'residual', text: s.residual }]}
            onChange={(_e, o) => o && setResidual(o.key === 'residual')} />
        </div>
        <section aria-labelledby="ik-rollup-plans" className="ik-card">
          <h2 id="ik-rollup-plans" className="ik-card__title">{s.plans(included.length)}</h2>
          {included.length === 0 ? <p>{s.noPlans}</p> : (
            <ul className="ik-rollup__plans">
              {included.map((plan) => {
                const owner = base.data?.units.find((u) => u.key === plan.unitKey);
                const list = itemsOf(plan.key);
                return (
                  <li key={plan.key}>
                    <strong>{plan.title}</strong>
                    <div className="ik-cell-meta">
                      {strings.planKinds[plan.kind]} · {owner?.title ?? ''} · {strings.planStates[plan.state]}
                      {items.data ? ` · ${s.assessed(assessed(list), list.length)}` : ''}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </Stack>
    </div>
  );
}
