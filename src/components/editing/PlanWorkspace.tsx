/**
 * The coordinator's plan page: the register with the plan's actions above it — new risk, new
 * follow-up, record the decision, start the follow-up, close, copy to next year, roles, import,
 * export — and the panels and dialogs those actions open. Everything writes through the use cases.
 */
import * as React from 'react';
import { CommandBar, ICommandBarItemProps, MessageBar, MessageBarType } from '@fluentui/react';
import { Measure, OrgUnit } from '../../model/types';
import { allowedTransitions } from '../../model/planLifecycle';
import { kindOf } from '../../model/planKinds';
import { closePlan, copyPlanToNextYear, createPlan, decidePlan, reopenDraft, startFollowUp } from '../../plans/planActions';
import { addPeriod, setPeriodState } from '../../plans/followUpActions';
import { ItemDraft, newItem, newMeasure } from '../../plans/itemActions';
import { useApp } from '../app/AppContext';
import { PlanRegister } from '../PlanRegister/PlanRegister';
import { REGISTER_DATA, usePlanData } from '../shared/usePlanData';
import { useAsync } from '../app/useAsync';
import { RISK_MATRIX } from '../app/viewStarts';
import { takeEarly } from '../../data/earlyLoads';
import { may } from '../../data/permissions';
import { MeasureHistoryPanel } from './MeasureHistoryPanel';
import { RiskPanel } from './RiskPanel';
import { RolesPanel } from './RolesPanel';
import { DecisionDialog, NewPlanDialog, PeriodDialog } from './SimpleDialogs';
import { useEditingStrings } from './useEditingStrings';
import { WorkspaceExtras, WorkspaceExtrasProps } from './WorkspaceExtras';
import { failureText } from '../i18n/failureText';

export interface PlanWorkspaceProps {
  planKey?: string;
  periodKey?: string;
  onNavigate?: (state: { planKey?: string; periodKey?: string }) => void;
}

type Open =
  | { kind: 'risk'; draft: ItemDraft; original: ItemDraft | null }
  | { kind: 'history'; measure: Measure }
  | { kind: 'decision' | 'period' | 'import' }
  | { kind: 'roles'; units: OrgUnit[] }
  | { kind: 'newPlan'; units: OrgUnit[] };

export function PlanWorkspace(props: PlanWorkspaceProps): React.ReactElement {
  const { store, env } = useApp();
  const s = useEditingStrings();
  const [token, setToken] = React.useState(0);
  const [open, setOpen] = React.useState<Open | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const state = usePlanData(props.planKey, props.periodKey, token, false, REGISTER_DATA);
  const matrix = useAsync(() => takeEarly(store, RISK_MATRIX, () => store.riskMatrix()), [store]).data;
  const view = state.data;
  const refresh = (message?: string): void => {
    setOpen(null);
    setNotice(message ?? null);
    setToken((t) => t + 1);
  };
  const act = (run: () => Promise<string | undefined | void>): void => {
    setFailure(null);
    run().then((message) => refresh(message ?? undefined)).catch((error: unknown) => setFailure(`${s.errors.generic} ${failureText(error, env.locale)}`));
  };

  const openItem = (itemKey: string | null): void => {
    if (!view) return;
    if (itemKey === null) {
      const item = newItem(view.plan.key, view.items.reduce((m, i) => Math.max(m, i.sortOrder), 0) + 1);
      setOpen({ kind: 'risk', draft: { item, measures: [newMeasure(item, kindOf(view.plan.kind).measureKinds[0])], threatens: [] }, original: null });
      return;
    }
    const item = view.items.find((i) => i.key === itemKey);
    if (!item) return;
    const measures = view.measures.filter((m) => m.itemKey === itemKey && !m.closed);
    const threatens = view.links.filter((l) => l.linkType === 'threatens' && l.fromKey === itemKey).map((l) => l.toKey);
    setOpen({ kind: 'risk', draft: { item, measures, threatens }, original: { item, measures, threatens } });
  };

  // Only what the person may do is offered (SharePoint refuses the rest anyway): a reader gets the register, not its tools.
  const permissions = view?.permissions;
  const mayEdit = may(permissions, 'IkItems', 'edit');
  const plan = mayEdit ? view?.plan : undefined;
  const period = view?.period ?? null;
  const can = (to: Parameters<typeof allowedTransitions>[0]): boolean => Boolean(plan && allowedTransitions(plan.state).includes(to));
  const items: ICommandBarItemProps[] = plan ? [
    { key: 'newRisk', text: plan.kind === 'internalControl' ? s.actions.newRisk : `${s.risk.new} ${kindOf(plan.kind).vocabulary[env.locale].item.one.toLocaleLowerCase(env.locale)}`, iconProps: { iconName: 'Add' }, disabled: plan.state === 'closed', onClick: () => openItem(null) },
    { key: 'newPeriod', text: s.actions.newPeriod, iconProps: { iconName: 'Calendar' }, disabled: plan.state === 'closed', onClick: () => setOpen({ kind: 'period' }) },
    ...(can('decided') ? [{ key: 'decide', text: s.actions.decide, iconProps: { iconName: 'Stamp' }, onClick: () => setOpen({ kind: 'decision' }) }] : []),
    ...(can('followUp') ? [{ key: 'start', text: s.actions.startFollowUp, iconProps: { iconName: 'Play' }, onClick: () => act(async () => { await startFollowUp(store, plan); }) }] : []),
    ...(can('closed') ? [{ key: 'close', text: s.actions.close, iconProps: { iconName: 'Lock' }, onClick: () => act(async () => { await closePlan(store, plan); }) }] : []),
    ...(can('draft') ? [{ key: 'reopen', text: s.actions.reopen, iconProps: { iconName: 'Undo' }, onClick: () => act(async () => { await reopenDraft(store, plan); }) }] : []),
    ...(period && plan.state !== 'closed' ? [period.state === 'open'
      ? { key: 'closePeriod', text: s.actions.closePeriod, iconProps: { iconName: 'CalendarReply' }, onClick: () => act(async () => { await setPeriodState(store, period, 'closed'); }) }
      : { key: 'openPeriod', text: s.actions.openPeriod, iconProps: { iconName: 'CalendarWeek' }, onClick: () => act(async () => { await setPeriodState(store, period, 'open'); }) }] : []),
    { key: 'copy', text: s.actions.copyNextYear, iconProps: { iconName: 'Copy' }, onClick: () => act(async () => {
      const result = await copyPlanToNextYear(store, plan.key);
      props.onNavigate?.({ planKey: result.planKey });
      return s.plan.copied(plan.title.split(String(plan.year)).join(String(plan.year + 1)), result.items, result.measures);
    }) }
  ] : [];
  const farItems: ICommandBarItemProps[] = !may(permissions, 'IkRoles', 'edit') ? [] : [
    { key: 'roles', text: s.actions.roles, iconProps: { iconName: 'People' }, disabled: !view, onClick: () => {
      store.orgUnits.all().then((units) => setOpen({ kind: 'roles', units })).catch((error: unknown) => setFailure(failureText(error, env.locale)));
    } },
    { key: 'newPlan', text: s.actions.newPlan, iconProps: { iconName: 'NewFolder' }, onClick: () => {
      store.orgUnits.all().then((units) => setOpen({ kind: 'newPlan', units })).catch((error: unknown) => setFailure(failureText(error, env.locale)));
    } },
    { key: 'import', text: s.actions.importPlan, iconProps: { iconName: 'Upload' }, onClick: () => setOpen({ kind: 'import' }) }
  ];
  const extras: WorkspaceExtrasProps | null = view ? { view, importOpen: open?.kind === 'import', onImportDone: (planKey) => { refresh(); props.onNavigate?.({ planKey }); },
    onImportCancel: () => setOpen(null) } : null;

  const toolbar = (
    <div className="ik-no-print">
      <CommandBar items={items} farItems={farItems} ariaLabel={s.actions.newRisk} />
      {extras && <WorkspaceExtras {...extras} />}
      {notice && <MessageBar messageBarType={MessageBarType.success} role="status" onDismiss={() => setNotice(null)}>{notice}</MessageBar>}
      {failure && <MessageBar messageBarType={MessageBarType.error} onDismiss={() => setFailure(null)}>{failure}</MessageBar>}
    </div>
  );

  return (
    <>
      <PlanRegister data={state} planKey={props.planKey} periodKey={props.periodKey} onNavigate={props.onNavigate} toolbar={toolbar} reloadToken={token}
        onOpenItem={mayEdit ? (key) => openItem(key) : undefined} onOpenMeasure={(key) => { const m = view?.measures.find((x) => x.key === key); if (m) setOpen({ kind: 'history', measure: m }); }} />
      {open?.kind === 'risk' && view && (
        <RiskPanel kind={view.plan.kind} draft={open.draft} original={open.original} roles={[...view.roles.values()]} categories={[...view.categories.values()]} areas={view.areas} plans={view.plans} matrix={matrix}
          onSaved={(saved) => refresh(saved.secrecy === 'notApplied' ? s.risk.savedNotSecured : s.risk.saved)} onDismiss={() => setOpen(null)} />
      )}
      {open?.kind === 'history' && view && (
        <MeasureHistoryPanel measure={open.measure} periods={view.periods} reports={view.reports} flagged={view.flaggedReports} imported={view.importedReports} roles={view.roles}
          onDismiss={() => setOpen(null)} />
      )}
      {open?.kind === 'decision' && plan && (
        <DecisionDialog onDismiss={() => setOpen(null)} onConfirm={async (date, dnr) => { await decidePlan(store, plan, date, dnr); refresh(); }} />
      )}
      {open?.kind === 'period' && plan && (
        <PeriodDialog onDismiss={() => setOpen(null)} onConfirm={async (input) => {
          const created = await addPeriod(store, { planKey: plan.key, title: input.title.trim(), asOfDate: input.asOfDate, deadline: input.deadline, state: input.open ? 'open' : 'planned' });
          refresh();
          props.onNavigate?.({ planKey: plan.key, periodKey: created.key });
        }} />
      )}
      {open?.kind === 'newPlan' && (
        <NewPlanDialog units={open.units} onDismiss={() => setOpen(null)} onConfirm={async (input) => {
          const created = await createPlan(store, { title: input.title.trim(), kind: input.kind, year: input.year, unitKey: input.unitKey });
          refresh();
          props.onNavigate?.({ planKey: created.key });
        }} />
      )}
      {open?.kind === 'roles' && view && <RolesPanel roles={[...view.roles.values()]} units={open.units} onChanged={() => setToken((t) => t + 1)} onDismiss={() => setOpen(null)} />}
    </>
  );
}
