/**
 * One measure's fields in the item panel, as its kind declares them (planKinds.ts): an activity's goal and
 * method, an indicator's target rule, target, unit, split by sex and tolerance, a due date; and for every
 * kind the responsible roles in order and whether it is secret on its own (OSL).
 */
import * as React from 'react';
import { Dropdown, IDropdownOption, Stack, TextField, Toggle } from '@fluentui/react';
import { parseNumber } from '../../model/numbers';
import { measureKinds, withRoles } from '../../model/planKinds';
import { Measure, MeasureKind, Role, TARGET_RULES, TargetRule } from '../../model/types';
import { FieldErrors } from '../../model/validation';
import { useApp } from '../app/AppContext';
import { kindStrings } from './kindStrings';
import { RolesPicker } from './RolesPicker';
import { useEditingStrings } from './useEditingStrings';

export interface MeasureFieldsProps {
  measure: Measure;
  kinds: readonly MeasureKind[];
  roles: Role[];
  errors: FieldErrors<Measure>;
  onChange: (changes: Partial<Measure>) => void;
}

export function MeasureFields(props: MeasureFieldsProps): React.ReactElement {
  const { env } = useApp();
  const s = useEditingStrings();
  const k = kindStrings[env.locale];
  const { measure, errors } = props;
  const config = measureKinds[measure.measureKind];
  const has = (field: (typeof config.fields)[number]): boolean => config.fields.includes(field);
  const message = (key: string | undefined): string | undefined => (key ? s.errors[key as keyof typeof s.errors] as string : undefined);
  // Numbers are edited as text so "3,5" can be typed; the measure holds the parsed value.
  const [numbers, setNumbers] = React.useState({ targetValue: measure.targetValue?.toString() ?? '', tolerance: measure.tolerance?.toString() ?? '' });
  const setNumber = (field: 'targetValue' | 'tolerance', text: string): void => {
    setNumbers((n) => ({ ...n, [field]: text }));
    const value = parseNumber(text);
    props.onChange({ [field]: value === null ? null : value });
  };
  const kindOptions: IDropdownOption[] = props.kinds.map((kind) => ({ key: kind, text: k.measureKinds[kind] }));
  const ruleOptions: IDropdownOption[] = TARGET_RULES.map((rule) => ({ key: rule, text: k.targetRules[rule] }));
  const roleKeys = measure.roleKeys.length ? measure.roleKeys : measure.roleKey ? [measure.roleKey] : [];
  return (
    <>
      {props.kinds.length > 1 && (
        <Dropdown label={k.measureKind} options={kindOptions} selectedKey={measure.measureKind} styles={{ root: { maxWidth: 280 } }}
          onChange={(_e, o) => o && props.onChange({ measureKind: o.key as MeasureKind })} />
      )}
      <TextField label={config.label[env.locale].one} multiline autoAdjustHeight required value={measure.title}
        onChange={(_e, v) => props.onChange({ title: v ?? '' })} errorMessage={message(errors.title)} />
      {has('goal') && <TextField label={k.goal} multiline autoAdjustHeight value={measure.goal} onChange={(_e, v) => props.onChange({ goal: v ?? '' })} />}
      {has('method') && <TextField label={k.method} multiline autoAdjustHeight value={measure.method} onChange={(_e, v) => props.onChange({ method: v ?? '' })} />}
      {has('targetRule') && (
        <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
          <Dropdown label={k.targetRule} required options={ruleOptions} selectedKey={measure.targetRule ?? null} styles={{ root: { minWidth: 280 } }}
            onChange={(_e, o) => o && props.onChange({ targetRule: o.key as TargetRule })} errorMessage={message(errors.targetRule)} />
          {(measure.targetRule === 'atLeast' || measure.targetRule === 'atMost') && (
            <TextField label={k.targetValue} required inputMode="decimal" value={numbers.targetValue} onChange={(_e, v) => setNumber('targetValue', v ?? '')}
              errorMessage={message(errors.targetValue)} />
          )}
          <TextField label={k.unitOfMeasure} value={measure.unitOfMeasure} onChange={(_e, v) => props.onChange({ unitOfMeasure: v ?? '' })}
            errorMessage={message(errors.unitOfMeasure)} />
          {measure.targetRule !== 'done' && (
            <TextField label={k.tolerance} description={k.toleranceHint} inputMode="decimal" value={numbers.tolerance}
              onChange={(_e, v) => setNumber('tolerance', v ?? '')} errorMessage={message(errors.tolerance)} />
          )}
        </Stack>
      )}
      {has('splitBySex') && <Toggle label={k.splitBySex} checked={measure.splitBySex} onChange={(_e, v) => props.onChange({ splitBySex: Boolean(v) })} />}
      <Toggle label={k.confidential} checked={measure.confidential === true} onText={k.confidentialHint} offText=" "
        onChange={(_e, v) => props.onChange({ confidential: Boolean(v) })} />
      <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
        <RolesPicker roles={props.roles} selected={roleKeys} placeholder={s.risk.chooseRole} errorMessage={message(errors.roleKey)}
          onChange={(keys) => props.onChange(withRoles(measure, keys))} />
        {has('dueDate') && (
          <TextField label={s.risk.due} type="date" value={measure.dueDate ?? ''} onChange={(_e, v) => props.onChange({ dueDate: v ? v : null })}
            errorMessage={message(errors.dueDate)} />
        )}
      </Stack>
    </>
  );
}
