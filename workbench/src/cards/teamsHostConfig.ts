/**
 * Adaptive Card host configurations that look like Microsoft Teams (Segoe UI, Teams' type sizes and
 * spacing, its light, dark and high-contrast colours), so the workbench shows a reminder card as the
 * recipient sees it in a Teams chat. Every text colour is legible (contrast ≥ 4.5:1) on every container
 * style of its theme, whatever colour a card asks for; cardStyles.ts styles the buttons to match.
 */
import type { TeamsTheme } from '../../../src/components/app/AppContext';

export interface CardPalette {
  /** Container backgrounds by style. */
  backgrounds: Record<'default' | 'emphasis' | 'accent' | 'good' | 'attention' | 'warning', string>;
  /** Text colours by name: the normal and the subtle shade. */
  text: Record<'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention', { default: string; subtle: string }>;
  separator: string;
}

const light: CardPalette = {
  backgrounds: { default: '#FFFFFF', emphasis: '#F5F5F5', accent: '#E8EBFA', good: '#F1FAF1', attention: '#FDE7E9', warning: '#FBF6D9' },
  text: {
    default: { default: '#242424', subtle: '#616161' }, dark: { default: '#242424', subtle: '#616161' }, light: { default: '#424242', subtle: '#616161' },
    accent: { default: '#5B5FC7', subtle: '#4F52B2' }, good: { default: '#0E700E', subtle: '#0E700E' },
    warning: { default: '#835B00', subtle: '#835B00' }, attention: { default: '#B10E1C', subtle: '#B10E1C' }
  },
  separator: '#E0E0E0'
};

const dark: CardPalette = {
  backgrounds: { default: '#292929', emphasis: '#1F1F1F', accent: '#2F2F4A', good: '#0D260D', attention: '#3E1F25', warning: '#332600' },
  text: {
    default: { default: '#FFFFFF', subtle: '#D6D6D6' }, dark: { default: '#D6D6D6', subtle: '#D6D6D6' }, light: { default: '#FFFFFF', subtle: '#D6D6D6' },
    accent: { default: '#9EA2FF', subtle: '#9EA2FF' }, good: { default: '#9FD89F', subtle: '#9FD89F' },
    warning: { default: '#F8DA6E', subtle: '#F8DA6E' }, attention: { default: '#FF9AA2', subtle: '#FF9AA2' }
  },
  separator: '#3D3D3D'
};

const contrast: CardPalette = {
  backgrounds: { default: '#000000', emphasis: '#000000', accent: '#000000', good: '#000000', attention: '#000000', warning: '#000000' },
  text: {
    default: { default: '#FFFFFF', subtle: '#FFFFFF' }, dark: { default: '#FFFFFF', subtle: '#FFFFFF' }, light: { default: '#FFFFFF', subtle: '#FFFFFF' },
    accent: { default: '#FFFF00', subtle: '#FFFF00' }, good: { default: '#3FF23F', subtle: '#3FF23F' },
    warning: { default: '#FFFF00', subtle: '#FFFF00' }, attention: { default: '#FFFF00', subtle: '#FFFF00' }
  },
  separator: '#FFFFFF'
};

export const cardPalettes: Record<TeamsTheme, CardPalette> = { default: light, dark, contrast };

/** Teams' font: Segoe UI first, then what a machine without it has. */
export const TEAMS_FONT = "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";

const fontType = (fontFamily: string): Record<string, unknown> => ({
  fontFamily,
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 }
});

/** The host config JSON (as `new HostConfig(json)` takes it) for a Teams theme. */
export function teamsHostConfig(theme: TeamsTheme): Record<string, unknown> {
  const palette = cardPalettes[theme];
  const containerStyles = Object.fromEntries(Object.entries(palette.backgrounds).map(([style, backgroundColor]) =>
    [style, { backgroundColor, foregroundColors: palette.text }]));
  return {
    supportsInteractivity: true,
    fontTypes: { default: fontType(TEAMS_FONT), monospace: fontType("Consolas, 'Courier New', monospace") },
    spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: palette.separator },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles,
    actions: {
      maxActions: 6, spacing: 'Default', buttonSpacing: 8, actionsOrientation: 'Horizontal', actionAlignment: 'Left',
      showCard: { actionMode: 'Inline', inlineTopMargin: 16, style: 'emphasis' }, allowTitleToWrap: true
    },
    adaptiveCard: { allowCustomStyle: false },
    factSet: {
      title: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Bolder', wrap: true, maxWidth: 150 },
      value: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Default', wrap: true },
      spacing: 16
    }
  };
}
