/**
 * What the Adaptive Cards renderer leaves to the host: the frame of a chat card and its buttons, styled
 * like Teams in light, dark and high contrast, with a visible keyboard focus. Scoped to `.wb-ac`.
 */
import { cardPalettes, TEAMS_FONT } from './teamsHostConfig';

const buttons = {
  default: { border: '#8A8A8A', text: '#242424', background: '#FFFFFF', hover: '#F0F0F0', focus: '#242424', frame: '#E0E0E0' },
  dark: { border: '#8A8A8A', text: '#FFFFFF', background: '#292929', hover: '#3D3D3D', focus: '#FFFFFF', frame: '#3D3D3D' },
  contrast: { border: '#FFFFFF', text: '#FFFF00', background: '#000000', hover: '#1AEBFF', focus: '#1AEBFF', frame: '#FFFFFF' }
} as const;

export const cardStyles = (Object.keys(buttons) as Array<keyof typeof buttons>).map((theme) => {
  const b = buttons[theme];
  const card = `.wb-ac--${theme}`;
  return [
    `${card} { font-family: ${TEAMS_FONT}; border: 1px solid ${b.frame}; border-radius: 4px; overflow: hidden; background: ${cardPalettes[theme].backgrounds.default}; max-width: 560px; }`,
    `${card} .ac-pushButton { font: 600 14px ${TEAMS_FONT}; min-height: 32px; padding: 4px 12px; border: 1px solid ${b.border}; border-radius: 4px;`
      + ` background: ${b.background}; color: ${b.text}; cursor: pointer; overflow: hidden; text-overflow: ellipsis; }`,
    `${card} .ac-pushButton:hover { background: ${b.hover};${theme === 'contrast' ? ' color: #000000;' : ''} }`,
    `${card} .ac-pushButton:focus-visible { outline: 2px solid ${b.focus}; outline-offset: 2px; }`
  ].join('\n');
}).join('\n');
