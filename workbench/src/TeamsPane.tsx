/**
 * The workbench's "Teams" pane: runs the reminders now (or as a dry run) against the emulators and
 * shows what each person received — chat cards, activity notifications, e-mail — from the Graph
 * emulator's delivery log. A reminder's deep link opens the Teams tab on that measure, as the
 * recipient, so a newcomer sees the loop: deadline → reminder → answer → coordinator's overview.
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack } from '@fluentui/react';
import { subEntityIdOf } from '../../src/reminders/delivery/deepLink';

/** The measure a link points to, if it is a Teams deep link. */
const measureOf = (link: string | null | undefined): string | null => (link ? subEntityIdOf(link) : null);

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

/** Every Action.OpenUrl target in an Adaptive Card, in document order. */
function openUrls(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => openUrls(child, out));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.OpenUrl' && typeof record.url === 'string') out.push(record.url);
    Object.values(record).forEach((child) => openUrls(child, out));
  }
  return out;
}

interface RunSummary {
  planned: Array<{ recipient: string; channel: string; stage: string; measures: string[] }>;
  sent: number;
  skipped: number;
  failed: number;
  problems: Array<{ kind: string; measureKey: string; upn: string | null }>;
}

const t = {
  'sv-SE': {
    title: 'Teams – påminnelser och aviseringar', run: 'Kör påminnelserna nu', dryRun: 'Provkör (skickar inget)', running: 'Kör …',
    result: (r: RunSummary) => `Planerade mottagare: ${r.planned.length}. Skickade påminnelser: ${r.sent}, redan skickade: ${r.skipped}, misslyckade: ${r.failed}.`,
    problems: (n: number) => `${n} saker att åtgärda (roll utan innehavare, chef saknas, avstängt konto).`,
    none: 'Inga meddelanden har levererats ännu. Kör påminnelserna.', open: 'Öppna i Teams', kinds: { chatMessage: 'Chatt', activityNotification: 'Aktivitet', mail: 'E-post' },
    to: 'Till', showAll: 'Visa alla mottagare', showMine: 'Visa bara mina'
  },
  'en-US': {
    title: 'Teams – reminders and notifications', run: 'Run the reminders now', dryRun: 'Dry run (sends nothing)', running: 'Running …',
    result: (r: RunSummary) => `Recipients planned: ${r.planned.length}. Reminders sent: ${r.sent}, already sent: ${r.skipped}, failed: ${r.failed}.`,
    problems: (n: number) => `${n} things to sort out (role without holder, no manager, disabled account).`,
    none: 'Nothing has been delivered yet. Run the reminders.', open: 'Open in Teams', kinds: { chatMessage: 'Chat', activityNotification: 'Activity', mail: 'E-mail' },
    to: 'To', showAll: 'Show all recipients', showMine: 'Show only mine'
  }
} as const;

/** The message as the recipient reads it; a card's "[Öppna i Teams]" lines become links into the tab, as the recipient. */
function DeliveryText(props: { delivery: Delivery; recipient: string | undefined; linkFor: (upn: string, measureKey: string) => string }): React.ReactElement {
  const urls = openUrls(props.delivery.card);
  let next = 0;
  return (
    <div className="ik-comment">
      {props.delivery.text.split('\n').map((line, i) => {
        const action = /^\[(.+)\]$/.exec(line.trim());
        const key = action ? measureOf(urls[next++]) : null;
        if (action && key && props.recipient) return <div key={i}><a href={props.linkFor(props.recipient, key)}>{action[1]}</a></div>;
        return <div key={i}>{line}</div>;
      })}
    </div>
  );
}

export function TeamsPane(props: { lang: 'sv-SE' | 'en-US'; me: string; linkFor: (upn: string, measureKey: string) => string }): React.ReactElement {
  const s = t[props.lang];
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
          {shown.map((d) => {
            const measureKey = measureOf(d.deepLink ?? d.webUrl);
            return (
              <li key={d.id} className="ik-card wb-delivery">
                <div className="ik-cell-meta">{s.kinds[d.kind]} · {new Date(d.at).toLocaleString(props.lang, { timeZone: 'Europe/Stockholm' })} · {s.to}: {d.to.join(', ')}</div>
                <div className="ik-cell-title">{d.subject ?? d.previewText ?? ''}</div>
                <DeliveryText delivery={d} recipient={d.to[0]} linkFor={props.linkFor} />
                {measureKey && d.to[0] && !d.card && <a href={props.linkFor(d.to[0], measureKey)}>{s.open}</a>}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
