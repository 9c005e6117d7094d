/**
 * The small dialogs of the plan's life cycle: recording the board's decision, adding a follow-up
 * period, and creating a new plan. Each validates before calling its use case and shows errors by field.
 */
import * as React from 'react';
import { Checkbox, DefaultButton, Dialog, DialogFooter, DialogType, Dropdown, MessageBar, MessageBarType, PrimaryButton, TextField } from '@fluentui/react';
import { FieldErrors } from '../../model/validation';
import { OrgUnit, Plan, PLAN_KINDS, PlanKind } from '../../model/types';
import { ValidationError } from '../../plans/ValidationError';
import { useApp } from '../app/AppContext';
import { useEditingStrings } from './useEditingStrings';
import { failureText } from '../i18n/failureText';

interface FormState<T> {
  errors: FieldErrors<T>;
  failure: string | null;
  busy: boolean;
}

/** Runs a use case, turning a ValidationError into field errors and anything else into a message. */
function useSubmit<T>(): [FormState<T>, (run: () => Promise<void>) => void] {
  const s = useEditingStrings();
  const [state, setState] = React.useState<FormState<T>>({ errors: {}, failure: null, busy: false });
  const submit = (run: () => Promise<void>): void => {
    setState({ errors: {}, failure: null, busy: true });
    run().catch((error: unknown) => {
      if (error instanceof ValidationError) setState({ errors: error.errors as FieldErrors<T>, failure: null, busy: false });
      else setState({ errors: {}, failure: `${s.errors.generic} ${failureText(error)}`, busy: false });
    });
  };
  return [state, submit];
}

export function DecisionDialog(props: { onConfirm: (date: string, diaryNumber: string) => Promise<void>; onDismiss: () => void }): React.ReactElement {
  const s = useEditingStrings();
  const { env } = useApp();
  const [date, setDate] = React.useState(env.today);
  const [dnr, setDnr] = React.useState('');
  const [state, submit] = useSubmit<Plan>();
  return (
    <Dialog hidden={false} onDismiss={props.onDismiss} dialogContentProps={{ type: DialogType.normal, title: s.decision.title, subText: s.decision.intro }}>
      {state.failure && <MessageBar messageBarType={MessageBarType.error}>{state.failure}</MessageBar>}
      <TextField label={s.decision.date} type="date" required value={date} onChange={(_e, v) => setDate(v ?? '')}
        errorMessage={state.errors.decisionDate ? s.errors[state.errors.decisionDate] : undefined} />
      <TextField label={s.decision.diaryNumber} required value={dnr} onChange={(_e, v) => setDnr(v ?? '')} placeholder="RS 2026/123"
        errorMessage={state.errors.diaryNumber ? s.errors[state.errors.diaryNumber] : undefined} />
      <DialogFooter>
        <PrimaryButton text={s.decision.confirm} disabled={state.busy} onClick={() => submit(() => props.onConfirm(date, dnr))} />
        <DefaultButton text={s.decision.cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}

export interface PeriodInput {
  title: string;
  asOfDate: string;
  deadline: string;
  open: boolean;
}

export function PeriodDialog(props: { onConfirm: (input: PeriodInput) => Promise<void>; onDismiss: () => void }): React.ReactElement {
  const s = useEditingStrings();
  const [input, setInput] = React.useState<PeriodInput>({ title: '', asOfDate: '', deadline: '', open: true });
  const [state, submit] = useSubmit<PeriodInput>();
  const set = (changes: Partial<PeriodInput>): void => setInput((i) => ({ ...i, ...changes }));
  const error = (key: keyof PeriodInput): string | undefined => {
    const k = state.errors[key];
    return k ? s.errors[k] : undefined;
  };
  return (
    <Dialog hidden={false} onDismiss={props.onDismiss} dialogContentProps={{ type: DialogType.normal, title: s.period.title }} minWidth={420}>
      {state.failure && <MessageBar messageBarType={MessageBarType.error}>{state.failure}</MessageBar>}
      <TextField label={s.period.name} required value={input.title} placeholder={s.period.namePlaceholder} onChange={(_e, v) => set({ title: v ?? '' })} errorMessage={error('title')} />
      <TextField label={s.period.asOf} type="date" required value={input.asOfDate} onChange={(_e, v) => set({ asOfDate: v ?? '' })} errorMessage={error('asOfDate')} />
      <TextField label={s.period.deadline} type="date" required value={input.deadline} onChange={(_e, v) => set({ deadline: v ?? '' })}
        errorMessage={error('deadline')} description={s.period.deadlineHint} />
      <Checkbox label={s.period.open} checked={input.open} onChange={(_e, v) => set({ open: Boolean(v) })} styles={{ root: { marginTop: 12 } }} />
      <DialogFooter>
        <PrimaryButton text={s.period.confirm} disabled={state.busy} onClick={() => submit(() => props.onConfirm(input))} />
        <DefaultButton text={s.period.cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}

export interface PlanInput {
  title: string;
  kind: PlanKind;
  year: number;
  unitKey: string | null;
}

export function NewPlanDialog(props: { units: OrgUnit[]; onConfirm: (input: PlanInput) => Promise<void>; onDismiss: () => void }): React.ReactElement {
  const s = useEditingStrings();
  const { env, strings } = useApp();
  const [input, setInput] = React.useState<PlanInput>({ title: '', kind: 'internalControl', year: Number(env.today.slice(0, 4)) + 1, unitKey: null });
  const [state, submit] = useSubmit<Plan>();
  const set = (changes: Partial<PlanInput>): void => setInput((i) => ({ ...i, ...changes }));
  return (
    <Dialog hidden={false} onDismiss={props.onDismiss} dialogContentProps={{ type: DialogType.normal, title: s.plan.title }} minWidth={460}>
      {state.failure && <MessageBar messageBarType={MessageBarType.error}>{state.failure}</MessageBar>}
      <TextField label={s.plan.name} required value={input.title} onChange={(_e, v) => set({ title: v ?? '' })}
        errorMessage={state.errors.title ? s.errors[state.errors.title] : undefined} />
      <Dropdown label={s.plan.kind} selectedKey={input.kind} options={PLAN_KINDS.map((k) => ({ key: k, text: strings.planKinds[k] }))}
        onChange={(_e, o) => o && set({ kind: o.key as PlanKind })} />
      <TextField label={s.plan.year} type="number" required value={String(input.year)} onChange={(_e, v) => set({ year: Number(v) })}
        errorMessage={state.errors.year ? s.errors[state.errors.year] : undefined} />
      <Dropdown label={s.plan.unit} selectedKey={input.unitKey ?? ''} options={[{ key: '', text: '–' }, ...props.units.map((u) => ({ key: u.key, text: u.title }))]}
        onChange={(_e, o) => set({ unitKey: o && o.key ? String(o.key) : null })} />
      <DialogFooter>
        <PrimaryButton text={s.plan.confirm} disabled={state.busy} onClick={() => submit(() => props.onConfirm(input))} />
        <DefaultButton text={s.plan.cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
