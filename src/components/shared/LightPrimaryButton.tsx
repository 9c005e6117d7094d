/**
 * Fluent UI's PrimaryButton for a plain action (a label, a click or a form's submit), drawn with Fluent's
 * own button styles and class names, as a native button. Fluent's buttons all share BaseButton, which
 * brings menus, split buttons and keytips (ContextualMenu, Callout, FocusZone) that a plain action never
 * needs and the Teams tab's bundle cannot carry.
 */
import * as React from 'react';
import type { IButtonStyles } from '@fluentui/react/lib/Button';
import { getStyles as getDefaultButtonStyles } from '@fluentui/react/lib/components/Button/DefaultButton/DefaultButton.styles';
import { getGlobalClassNames, ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { FocusRects, memoizeFunction } from '@fluentui/react/lib/Utilities';

export interface LightPrimaryButtonProps {
  text?: string;
  children?: React.ReactNode;
  type?: 'button' | 'submit';
  disabled?: boolean;
  onClick?: (event: React.MouseEvent<HTMLButtonElement>) => void;
}

const GLOBAL = {
  root: 'ms-Button', flexContainer: 'ms-Button-flexContainer', textContainer: 'ms-Button-textContainer', label: 'ms-Button-label'
};

// The subset of Fluent's getBaseButtonClassNames for a button without menu, icon or checked state.
const classNamesFor = memoizeFunction((theme: ITheme, disabled: boolean) => {
  const styles: IButtonStyles = getDefaultButtonStyles(theme, undefined, true);
  const names = getGlobalClassNames(GLOBAL, theme);
  return mergeStyleSets({
    root: [
      names.root, styles.root, 'ms-Button--primary',
      disabled && ['is-disabled', styles.rootDisabled],
      !disabled && {
        selectors: {
          ':hover': styles.rootHovered, [`:hover .${names.label}`]: styles.labelHovered,
          ':focus': styles.rootFocused, ':active': styles.rootPressed
        }
      }
    ],
    flexContainer: [names.flexContainer, styles.flexContainer],
    textContainer: [names.textContainer, styles.textContainer],
    label: [names.label, styles.label, disabled && styles.labelDisabled]
  });
});

export function LightPrimaryButton(props: LightPrimaryButtonProps): React.ReactElement {
  const c = classNamesFor(useTheme(), Boolean(props.disabled));
  return (
    <>
      <button type={props.type ?? 'button'} className={c.root} disabled={props.disabled} aria-disabled={props.disabled}
        data-is-focusable={!props.disabled} onClick={props.onClick}>
        <span className={c.flexContainer}><span className={c.textContainer}><span className={c.label}>{props.text ?? props.children}</span></span></span>
      </button>
      {/* As Fluent's buttons: shows focus outlines once the keyboard is used. */}
      <FocusRects />
    </>
  );
}
