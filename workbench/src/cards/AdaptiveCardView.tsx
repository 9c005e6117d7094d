/**
 * One Adaptive Card rendered by the `adaptivecards` library, as Teams renders it, with a Teams-like host
 * config for the theme. The card's Action.OpenUrl buttons are handed to `onOpenUrl` instead of opening a
 * browser tab, so the workbench can open its own Teams tab as the recipient.
 */
import * as React from 'react';
import { AdaptiveCard, GlobalSettings, HostConfig, OpenUrlAction } from 'adaptivecards';
import type { TeamsTheme } from '../../../src/components/app/AppContext';
import { cardTextToHtml } from './markdown';
import { teamsHostConfig } from './teamsHostConfig';

// A focusable card root is one more tab stop with nothing to do (the library itself advises turning it off).
GlobalSettings.setTabIndexAtCardRoot = false;
AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = cardTextToHtml(text);
  result.didProcess = true;
};

const hostConfigs = new Map<TeamsTheme, HostConfig>();
function hostConfigFor(theme: TeamsTheme): HostConfig {
  let config = hostConfigs.get(theme);
  if (!config) {
    config = new HostConfig(teamsHostConfig(theme));
    hostConfigs.set(theme, config);
  }
  return config;
}

export interface AdaptiveCardViewProps {
  /** The card JSON as posted to the chat. */
  card: unknown;
  theme: TeamsTheme;
  onOpenUrl: (url: string) => void;
  /** Shown instead of the card if the library cannot render it. */
  fallbackText: string;
}

export function AdaptiveCardView(props: AdaptiveCardViewProps): React.ReactElement {
  const host = React.useRef<HTMLDivElement>(null);
  // The handler may change on every render of the parent; the rendered card keeps calling the latest.
  const onOpenUrl = React.useRef(props.onOpenUrl);
  onOpenUrl.current = props.onOpenUrl;
  React.useEffect(() => {
    const target = host.current;
    if (!target) return;
    const card = new AdaptiveCard();
    card.hostConfig = hostConfigFor(props.theme);
    card.onExecuteAction = (action) => {
      if (action instanceof OpenUrlAction && action.url) onOpenUrl.current(action.url);
    };
    card.parse(props.card);
    const rendered = card.render();
    if (rendered) target.replaceChildren(rendered);
    else target.textContent = props.fallbackText;
  }, [props.card, props.theme, props.fallbackText]);
  return <div ref={host} className={`wb-ac wb-ac--${props.theme}`} />;
}
