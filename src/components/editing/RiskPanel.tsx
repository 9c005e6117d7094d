/**
 * Adding or editing a risk with its measures in one panel: every field of the register, the risk
 * assessment before and after measures on the configured matrix, and the measures with their
 * responsible roles and due dates. Validates before writing; a concurrent change opens the conflict
 * dialog instead of overwriting.
 */
import * as React from 'react';
import {
  ChoiceGroup, DefaultButton, Dropdown, IconButton, IDropdownOption, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Stack,
  TextField, Toggle
} from '@fluentui/react';
import { ConcurrencyError } from '../../data/errors';
import { defaultRiskMatrix, RiskMatrixConfig } from '../../model/riskMatrix';
import { kindOf, measureKinds } from '../../model/planKinds';
import { Category, HANDLINGS, Measure, Plan, PlanItem, PlanKind, Role, SecurityArea } from '../../model/types';
import { FieldErrors } from '../../model/validation';
import { ItemDraft, newMeasure, saveItem, validateItemDraft } from '../../plans/itemActions';
import { ValidationError } from '../../plans/ValidationError';
import { useApp } from '../app/AppContext';
import { useAsync } from '../app/useAsync';
import { GoalOption, ItemKindFields } from './ItemKindFields';
import { MeasureFields } from './MeasureFields';
import { ConflictDialog } from './ConflictDialog';
import { conflictRows } from './conflictRows';
import { useEditingStrings } from './useEditingStrings';
import { failureText } from '../i18n/failureText';

export interface RiskPanelProps {
  /** The plan's kind: which fields the item and its measures have, and what they are called. */
  kind: PlanKind;
  original: ItemDraft | null;
  draft: ItemDraft;
  roles: Role[];
  categories: Category[];
  /** The security areas in their order, and every plan (the scorecards' goals are what a risk can threaten). */
  areas: SecurityArea[];
  plans: Plan[];
  matrix?: RiskMatrixConfig;
  onSaved: (saved: ItemDraft) => void;
  onDismiss: () => void;
}

type ItemSetter = <K extends keyof PlanItem>(field: K, value: PlanItem[K]) => void;

export function RiskPanel(props: RiskPanelProps): React.ReactElement {
  const { store, env, strings } = useApp();
  const s = useEditingStrings();
  const matrix = props.matrix ?? defaultRiskMatrix;
  const [draft, setDraft] = React.useState<ItemDraft>(props.draft);
  const [original, setOriginal] = React.useState<ItemDraft | null>(props.original);
  const [tried, setTried] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [conflict, setConflict] = React.useState<ItemDraft | null>(null);
  const errors = tried ? validateItemDraft(draft, matrix) : { item: {} as FieldErrors<PlanItem>, measures: [] as Array<FieldErrors<Measure>> };
  const message = (key: string | undefined): string | undefined => (key ? s.errors[key as keyof typeof s.errors] as string : undefined);
  const config = kindOf(props.kind);
  const words = config.vocabulary[env.locale];
  const has = (field: (typeof config.itemFields)[number]): boolean => config.itemFields.includes(field);
  const isRisk = props.kind === 'internalControl';
  // The links across plans: the scorecard goals a risk can threaten (the areas and plans came with the page's data).
  const scorecards = config.assessment ? props.plans.filter((p) => p.kind === 'scorecard') : [];
  const goals = useAsync(async () => {
    const items = scorecards.length ? await store.items.whereAny('planKey', scorecards.map((p) => p.key)) : [];
    const titles = new Map(scorecards.map((p) => [p.key, p.title]));
    return items.map((g): GoalOption => ({ key: g.key, title: g.title, planTitle: titles.get(g.planKey) ?? '' }));
  }, [store, scorecards.map((p) => p.key).join('|')]).data;

  const setItem: ItemSetter = (field, value) => setDraft((d) => ({ ...d, item: { ...d.item, [field]: value } }));
  const setMeasure = (index: number, changes: Partial<Measure>): void =>
    setDraft((d) => ({ ...d, measures: d.measures.map((m, i) => (i === index ? { ...m, ...changes } : m)) }));

  const reload = async (base: ItemDraft): Promise<ItemDraft> => {
    const item = await store.items.byKey(base.item.key);
    const measures = await store.measures.where({ itemKey: base.item.key });
    return { item: item ?? base.item, measures };
  };
  const save = async (base: ItemDraft | null): Promise<void> => {
    setTried(true);
    setSaving(true);
    setFailure(null);
    try {
      props.onSaved(await saveItem(store, draft, base, matrix));
    } catch (error) {
      setSaving(false);
      if (error instanceof ConcurrencyError && base) {
        const fresh = await reload(base);
        setConflict(fresh);
      } else if (!(error instanceof ValidationError)) {
        setFailure(`${s.errors.generic} ${failureText(error, env.locale)}`);
      }
    }
  };

  const options = (type: Category['categoryType']): IDropdownOption[] => [
    { key: '', text: s.risk.none },
    ...props.categories.filter((c) => c.categoryType === type).sort((a, b) => a.sortOrder - b.sortOrder)
      .map((c) => ({ key: c.key, text: type === 'controlObjective' ? `${c.code}: ${env.locale === 'sv-SE' ? c.title : c.titleEn || c.title}` : env.locale === 'sv-SE' ? c.title : c.titleEn || c.title }))
  ];
  const scale = (steps: RiskMatrixConfig['probability']): IDropdownOption[] => [{ key: '', text: s.risk.none },
    ...steps.map((st) => ({ key: String(st.value), text: `${st.value} – ${st.label[env.locale]}` }))];
  const num = (key: string | number | undefined): number | null => (key === '' || key === undefined ? null : Number(key));
  const footer = (): React.ReactElement => (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={saving ? s.risk.saving : s.risk.save} disabled={saving} onClick={() => { save(original).catch(() => undefined); }} />
      <DefaultButton text={s.risk.cancel} onClick={props.onDismiss} />
    </Stack>
  );

  return (
    <Panel isOpen type={PanelType.large} headerText={isRisk ? (props.original ? s.risk.editTitle : s.risk.newTitle) : `${props.original ? s.risk.edit : s.risk.new}: ${words.item.one.toLocaleLowerCase(env.locale)}`} onDismiss={props.onDismiss}
      isFooterAtBottom onRenderFooterContent={footer} closeButtonAriaLabel={s.risk.cancel}>
      <form className="ik-risk-form" noValidate onSubmit={(e) => { e.preventDefault(); save(original).catch(() => undefined); }}>
        {failure && <MessageBar messageBarType={MessageBarType.error}>{failure}</MessageBar>}
        <TextField label={isRisk ? s.risk.risk : words.item.one} multiline autoAdjustHeight required value={draft.item.title} onChange={(_e, v) => setItem('title', v ?? '')}
          errorMessage={message(errors.item.title)} />
        {has('consequence') && <TextField label={s.risk.consequence} multiline autoAdjustHeight value={draft.item.consequence} onChange={(_e, v) => setItem('consequence', v ?? '')} />}
        {has('cause') && <TextField label={s.risk.cause} multiline autoAdjustHeight value={draft.item.cause} onChange={(_e, v) => setItem('cause', v ?? '')} />}
        {has('handling') && <ChoiceGroup label={s.risk.handling} selectedKey={draft.item.handling ?? ''}
          options={[{ key: '', text: s.risk.noHandling }, ...HANDLINGS.map((h) => ({ key: h, text: strings.handlings[h] }))]}
          onChange={(_e, o) => setItem('handling', o && o.key ? (o.key as PlanItem['handling']) : null)} styles={{ flexContainer: { display: 'flex', gap: 16, flexWrap: 'wrap' } }} />}
        {isRisk && <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
          <Dropdown label={s.risk.strategy} options={options('strategy')} selectedKey={draft.item.strategyKey ?? ''} styles={{ root: { minWidth: 260 } }}
            onChange={(_e, o) => setItem('strategyKey', o && o.key ? String(o.key) : null)} />
          <Dropdown label={s.risk.objective} options={options('controlObjective')} selectedKey={draft.item.objectiveKey ?? ''} styles={{ root: { minWidth: 320, maxWidth: 480 } }}
            onChange={(_e, o) => setItem('objectiveKey', o && o.key ? String(o.key) : null)} />
        </Stack>}
        <ItemKindFields config={config} item={draft.item} categories={props.categories} areas={props.areas} goals={goals ?? []}
          threatens={draft.threatens ?? []} onItem={(changes) => setDraft((d) => ({ ...d, item: { ...d.item, ...changes } }))}
          onThreatens={(threatens) => setDraft((d) => ({ ...d, threatens }))} />
        {config.assessment && <><fieldset className="ik-fieldset">
          <legend>{s.risk.inherent}</legend>
          <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
            <Dropdown label={s.risk.probability} options={scale(matrix.probability)} selectedKey={draft.item.probability === null ? '' : String(draft.item.probability)}
              onChange={(_e, o) => setItem('probability', num(o?.key))} errorMessage={message(errors.item.probability)} styles={{ root: { minWidth: 200 } }} />
            <Dropdown label={s.risk.consequence2} options={scale(matrix.consequence)} selectedKey={draft.item.severity === null ? '' : String(draft.item.severity)}
              onChange={(_e, o) => setItem('severity', num(o?.key))} styles={{ root: { minWidth: 200 } }} />
          </Stack>
        </fieldset>
        <fieldset className="ik-fieldset">
          <legend>{s.risk.residual}</legend>
          <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
            <Dropdown label={s.risk.probability} options={scale(matrix.probability)} selectedKey={draft.item.residualProbability === null ? '' : String(draft.item.residualProbability)}
              onChange={(_e, o) => setItem('residualProbability', num(o?.key))} errorMessage={message(errors.item.residualProbability)} styles={{ root: { minWidth: 200 } }} />
            <Dropdown label={s.risk.consequence2} options={scale(matrix.consequence)} selectedKey={draft.item.residualSeverity === null ? '' : String(draft.item.residualSeverity)}
              onChange={(_e, o) => setItem('residualSeverity', num(o?.key))} styles={{ root: { minWidth: 200 } }} />
          </Stack>
        </fieldset>
        </>}
        {has('confidential') && <Toggle label={s.risk.confidential} checked={draft.item.confidential} onChange={(_e, v) => setItem('confidential', Boolean(v))}
          onText={s.risk.confidentialHint} offText=" " />}
        <h3 className="ik-card__subtitle">{words.measure.many}</h3>
        <ol className="ik-measure-editor">
          {draft.measures.map((m, index) => (
            <li key={m.key} className="ik-card">
              <Stack horizontal horizontalAlign="space-between" verticalAlign="center">
                <strong>{`${measureKinds[m.measureKind].label[env.locale].one} ${index + 1}`}</strong>
                <IconButton iconProps={{ iconName: 'Delete' }} title={s.risk.removeMeasure(index + 1)} ariaLabel={s.risk.removeMeasure(index + 1)}
                  onClick={() => setDraft((d) => ({ ...d, measures: d.measures.filter((_, i) => i !== index) }))} />
              </Stack>
              <MeasureFields measure={m} kinds={config.measureKinds} roles={props.roles} errors={errors.measures[index] ?? {}}
                onChange={(changes) => setMeasure(index, changes)} />
            </li>
          ))}
        </ol>
        <DefaultButton iconProps={{ iconName: 'Add' }} text={isRisk ? s.risk.addMeasure : `${s.risk.add} ${words.measure.one.toLocaleLowerCase(env.locale)}`}
          onClick={() => setDraft((d) => ({ ...d, measures: [...d.measures, newMeasure(d.item, config.measureKinds[0])] }))} />
      </form>
      {conflict && (
        <ConflictDialog rows={conflictRows(draft, conflict, s)}
          onKeepMine={() => { setOriginal(conflict); setConflict(null); save(conflict).catch(() => undefined); }}
          onUseTheirs={() => { setDraft(conflict); setOriginal(conflict); setConflict(null); }} />
      )}
    </Panel>
  );
}
