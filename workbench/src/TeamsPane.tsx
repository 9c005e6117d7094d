/**
 * The workbench's "Teams" pane: runs the reminders now (or as a dry run) against the emulators and
 * shows what each person received from the Graph emulator's delivery log. A chat card is rendered by the
 * Adaptive Cards library with a Teams-like host config in the Teams theme, so it looks as it does in the
 * recipient's chat; activity notifications and e-mail are shown as text. A reminder's "Öppna i Teams"
 * opens the workbench's Teams tab on that subject, as the recipient, so a newcomer sees the loop:
 * deadline → reminder → answer → coordinator's overview.
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack } from '@fluentui/react';
import { TeamsTheme, useApp } from '../../src/components/app/AppContext';
import { subEntityIdOf } from '../../src/reminders/delivery/deepLink';
import { AdaptiveCardView } from './cards/AdaptiveCardView';
import { cardStyles } from './cards/cardStyles';

/** The subject (measure, indicator or chapter) a link points to, if it is a Teams deep link. */
const subjectOf = (link: string | null | undefined): string | null => (link ? subEntityIdOf(link) : null);

/**
 * A link into this workbench (a publication notice's board page) opened as the recipient; null for links
 * elsewhere. In a tenant the same link opens the SharePoint page as whoever is signed in.
 */
function workbenchLinkAs(link: string | null | undefined, recipient: string | undefined): string | null {
  if (!link || !recipient) return null;
  let url: URL;
  try {
    url = new URL(link, window.location.href);
  } catch {
    return null;
  }
  if (url.origin !== window.location.origin || url.pathname !== '/') return null;
  url.searchParams.set('user', recipient);
  return `${url.pathname}${url.search}`;
}

interface Delivery {
  id: string;
  kind: 'chatMessage' | 'activityNotification' | 'mail';
  at: string;
  to: string[];
  subject: string | null;
  previewText: string | null;
  text: string;
  deepLink: string | null;
  webUrl: string | null;
  card: unknown;
}

interface RunSummary {
  planned: Array<{ recipient: string; channel: string; stage: string; measures: string[] }>;
  sent: number;
  skipped: number;
  failed: number;
  problems: Array<{ kind: string; measureKey: string; upn: string | null }>;
  publications: { sent: number; problems: unknown[] };
}

const t = {
  'sv-SE': {
    title: 'Teams – påminnelser och aviseringar', run: 'Kör påminnelserna nu', dryRun: 'Provkör (skickar inget)', running: 'Kör …',
    result: (r: RunSummary) => `Planerade mottagare: ${r.planned.length}. Skickade påminnelser: ${r.sent}, redan skickade: ${r.skipped}, misslyckade: ${r.failed}.`
      + (r.publications.sent > 0 ? ` Meddelanden om publicerade nämndhandlingar: ${r.publications.sent}.` : ''),
    problems: (n: number) => `${n} saker att åtgärda (roll utan innehavare, chef saknas, avstängt konto).`,
    none: 'Inga meddelanden har levererats ännu. Kör påminnelserna.', open: 'Öppna i Teams', kinds: { chatMessage: 'Chatt', activityNotification: 'Aktivitet', mail: 'E-post' },
    to: 'Till', showAll: 'Visa alla mottagare', showMine: 'Visa bara mina'
  },
  'en-US': {
    title: 'Teams – reminders and notifications', run: 'Run the reminders now', dryRun: 'Dry run (sends nothing)', running: 'Running …',
    result: (r: RunSummary) => `Recipients planned: ${r.planned.length}. Reminders sent: ${r.sent}, already sent: ${r.skipped}, failed: ${r.failed}.`
      + (r.publications.sent > 0 ? ` Notices of published board papers: ${r.publications.sent}.` : ''),
    problems: (n: number) => `${n} things to sort out (role without holder, no manager, disabled account).`,
    none: 'Nothing has been delivered yet. Run the reminders.', open: 'Open in Teams', kinds: { chatMessage: 'Chat', activityNotification: 'Activity', mail: 'E-mail' },
    to: 'To', showAll: 'Show all recipients', showMine: 'Show only mine'
  }
} as const;

type LinkFor = (upn: string, measureKey: string) => string;

/** A notification or a mail as the recipient reads it, with a link into the tab as the recipient. */
function DeliveryText(props: { delivery: Delivery; recipient: string | undefined; linkFor: LinkFor; open: string }): React.ReactElement {
  const { delivery, recipient } = props;
  const subject = subjectOf(delivery.deepLink ?? delivery.webUrl);
  const page = workbenchLinkAs(delivery.webUrl, recipient);
  return (
    <>
      <div className="ik-cell-title">{delivery.subject ?? delivery.previewText ?? ''}</div>
      <div className="ik-comment">{delivery.text.split('\n').map((line, i) => <div key={i}>{line}</div>)}</div>
      {subject && recipient && <a href={props.linkFor(recipient, subject)}>{props.open}</a>}
      {!subject && page && <a href={page}>{props.open}</a>}
    </>
  );
}

/** A chat card rendered as Teams renders it; its "Öppna i Teams" opens the workbench tab as the recipient. */
function ChatCard(props: { delivery: Delivery; recipient: string | undefined; linkFor: LinkFor; theme: TeamsTheme }): React.ReactElement {
  const { recipient, linkFor } = props;
  const openUrl = React.useCallback((url: string): void => {
    const subject = subjectOf(url);
    const page = workbenchLinkAs(url, recipient);
    if (subject && recipient) window.location.assign(linkFor(recipient, subject));
    else if (page) window.location.assign(page);
    else window.open(url, '_blank', 'noopener,noreferrer');
  }, [recipient, linkFor]);
  return <AdaptiveCardView card={props.delivery.card} theme={props.theme} onOpenUrl={openUrl} fallbackText={props.delivery.text} />;
}

export interface TeamsPaneProps {
  lang: 'sv-SE' | 'en-US';
  me: string;
  linkFor: LinkFor;
  /** The Teams theme the cards are drawn in; by default the one the workbench's Teams host shows. */
  theme?: TeamsTheme;
}

export function TeamsPane(props: TeamsPaneProps): React.ReactElement {
  const s = t[props.lang];
  const { env } = useApp();
  const theme = props.theme ?? env.teamsTheme ?? 'default';
  const [deliveries, setDeliveries] = React.useState<Delivery[]>([]);
  const [mineOnly, setMineOnly] = React.useState(true);
  const [busy, setBusy] = React.useState(false);
  const [summary, setSummary] = React.useState<RunSummary | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const load = React.useCallback(async (): Promise<void> => {
    const response = await fetch('/graph/_emulator/deliveries');
    setDeliveries(((await response.json()) as Delivery[]).reverse());
  }, []);
  React.useEffect(() => { load().catch((e: unknown) => setFailure(String(e))); }, [load]);
  const run = (dryRun: boolean): void => {
    setBusy(true);
    setFailure(null);
    fetch('/_workbench/reminders/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ dryRun }) })
      .then(async (r) => { if (!r.ok) throw new Error(await r.text()); setSummary((await r.json()) as RunSummary); await load(); })
      .catch((e: unknown) => setFailure(String(e)))
      .finally(() => setBusy(false));
  };
  const shown = deliveries.filter((d) => !mineOnly || d.to.some((u) => u.toLowerCase() === props.me.toLowerCase()));
  return (
    <div className="ik-view wb-teams-pane">
      <style>{cardStyles}</style>
      <h1 className="ik-view__title">{s.title}</h1>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={busy ? s.running : s.run} disabled={busy} onClick={() => run(false)} />
        <DefaultButton text={s.dryRun} disabled={busy} onClick={() => run(true)} />
        <DefaultButton text={mineOnly ? s.showAll : s.showMine} onClick={() => setMineOnly((m) => !m)} />
      </Stack>
      {summary && <MessageBar messageBarType={MessageBarType.success} role="status">{s.result(summary)}{summary.problems.length > 0 ? ` ${s.problems(summary.problems.length)}` : ''}</MessageBar>}
      {failure && <MessageBar messageBarType={MessageBarType.error}>{failure}</MessageBar>}
      {shown.length === 0 ? <p>{s.none}</p> : (
        <ol className="wb-deliveries">
          {shown.map((d) => (
            <li key={d.id} className="ik-card wb-delivery">
              <div className="ik-cell-meta">{s.kinds[d.kind]} · {new Date(d.at).toLocaleString(props.lang, { timeZone: 'Europe/Stockholm' })} · {s.to}: {d.to.join(', ')}</div>
              {d.kind === 'chatMessage' && d.card
                ? <ChatCard delivery={d} recipient={d.to[0]} linkFor={props.linkFor} theme={theme} />
                : <DeliveryText delivery={d} recipient={d.to[0]} linkFor={props.linkFor} open={s.open} />}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
