/**
 * Fluent UI themes matching Teams' dark and high-contrast themes, so Fluent's own controls (labels,
 * radio buttons, text fields) keep AA contrast inside a dark or high-contrast Teams client.
 */
import { createTheme, Theme } from '@fluentui/react';
import { TeamsTheme } from './AppContext';

const dark: Theme = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#7f85f5', themeLighterAlt: '#05050a', themeLighter: '#141527', themeLight: '#262849', themeTertiary: '#4c5093',
    themeSecondary: '#7076d7', themeDarkAlt: '#8c91f6', themeDark: '#9ea3f7', themeDarker: '#b8bbf9',
    neutralLighterAlt: '#2b2b2b', neutralLighter: '#333333', neutralLight: '#414141', neutralQuaternaryAlt: '#4a4a4a',
    neutralQuaternary: '#515151', neutralTertiaryAlt: '#6f6f6f', neutralTertiary: '#c8c8c8', neutralSecondary: '#d0d0d0',
    neutralPrimaryAlt: '#dadada', neutralPrimary: '#ffffff', neutralDark: '#f4f4f4', black: '#f8f8f8', white: '#1f1f1f'
  }
});

const contrast: Theme = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#ffff00', themeLighterAlt: '#000000', themeLighter: '#000000', themeLight: '#333300', themeTertiary: '#999900',
    themeSecondary: '#e6e600', themeDarkAlt: '#ffff33', themeDark: '#ffff66', themeDarker: '#ffff99',
    neutralLighterAlt: '#000000', neutralLighter: '#000000', neutralLight: '#000000', neutralQuaternaryAlt: '#000000',
    neutralQuaternary: '#ffffff', neutralTertiaryAlt: '#ffffff', neutralTertiary: '#ffffff', neutralSecondary: '#ffffff',
    neutralPrimaryAlt: '#ffffff', neutralPrimary: '#ffffff', neutralDark: '#ffffff', black: '#ffffff', white: '#000000'
  },
  semanticColors: { primaryButtonText: '#000000', primaryButtonTextHovered: '#000000', inputBorder: '#ffffff', inputPlaceholderText: '#ffffff' }
});

/** The Fluent theme for a Teams theme, or undefined to keep the host's theme. */
export function fluentThemeFor(theme: TeamsTheme | undefined): Theme | undefined {
  return theme === 'dark' ? dark : theme === 'contrast' ? contrast : undefined;
}
