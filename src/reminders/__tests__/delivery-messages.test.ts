/**
 * What the activity feed and e-mail channels send: activity types and template parameters exactly as the
 * notifier app's manifest declares them (Swedish and English), the link to the most urgent measure, and
 * mail bodies in which user text is HTML-escaped.
 */
import notifierManifest from '../../../teams/notifier/manifest.json';
import notifierEnglish from '../../../teams/notifier/en-us.json';
import { activityNotification, phaseOf, reminderMail, tabDeepLink } from '../delivery';
import { ReminderMessage } from '../types';

type Item = ReminderMessage['items'][number];
const tab = { appId: 'da03f6ed-f3f3-49f5-a75b-e577d6de6b5f', entityId: 'da03f6ed-f3f3-49f5-a75b-e577d6de6b5f' };

function item(measureKey: string, overrides: Partial<Item> = {}): Item {
  return {
    measureKey, measureTitle: `Åtgärd ${measureKey}`, requestType: 'status', planTitle: 'Internkontrollplan 2026', periodTitle: 'Uppföljning november',
    deadline: '2026-11-30', daysLeft: 14, responsible: null, deepLink: tabDeepLink({ ...tab, measureKey }), ...overrides
  };
}

function message(overrides: Partial<ReminderMessage> = {}): ReminderMessage {
  return {
    recipient: { objectId: 'b1c2', upn: 'johan.ekstrom@regionnorrvik.onmicrosoft.com', displayName: 'Johan Ekström' },
    locale: 'sv-SE', stage: 'd-14', escalation: false, items: [item('M-1')], ...overrides
  };
}

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const declared = new Map(notifierManifest.activities.activityTypes.map((a, i) => [
  a.type,
  { sv: placeholders(a.templateText), en: placeholders((notifierEnglish as Record<string, string>)[`activities.activityTypes[${i}].templateText`]) }
]));

describe('activity notification', () => {
  it.each([
    ['d-14', false, 'statusRequest'],
    ['d-7', false, 'statusRequest'],
    ['d-1', false, 'statusReminder'],
    ['d0', false, 'statusReminder'],
    ['d+3', false, 'statusOverdue'],
    ['esc+7', true, 'statusOverdue']
  ])('stage %s uses %s with exactly the manifest’s template parameters', (stage, escalation, type) => {
    const body = activityNotification(message({ stage, escalation, items: [item('M-1', { responsible: escalation ? 'Erik Berg' : null })] }));
    expect(body.activityType).toBe(type);
    const names = body.templateParameters.map((p) => p.name).sort();
    expect(names).toEqual(declared.get(type)?.sv);
    expect(names).toEqual(declared.get(type)?.en);
    expect(body.templateParameters.every((p) => p.value.trim() !== '')).toBe(true);
  });

  it('links to the most urgent measure, names plan and period, and sums up a digest', () => {
    const body = activityNotification(message({
      stage: 'd-1',
      items: [item('M-1', { deadline: '2026-12-15', daysLeft: 16 }), item('M-2', { daysLeft: 1, measureTitle: 'Brandskyddsrond' }), item('M-3')]
    }));
    expect(body.topic).toEqual({ source: 'text', value: 'Internkontrollplan 2026 – Uppföljning november', webUrl: tabDeepLink({ ...tab, measureKey: 'M-2' }) });
    expect(body.templateParameters).toEqual([
      { name: 'measureTitle', value: 'Brandskyddsrond och 2 till' },
      { name: 'dueDate', value: '30 november 2026' }
    ]);
    expect(body.previewText.content).toBe('Påminnelse: status för 3 åtgärder ska lämnas senast 30 november 2026.');
  });

  it('escalates with the names of those who have not answered, in English too', () => {
    const body = activityNotification(message({ locale: 'en-US', stage: 'esc+7', escalation: true, items: [item('M-1', { daysLeft: -7, responsible: 'Erik Berg' })] }));
    expect(body.templateParameters).toContainEqual({ name: 'responsibleName', value: 'Erik Berg' });
    expect(body.templateParameters).toContainEqual({ name: 'dueDate', value: 'November 30, 2026' });
    expect(body.previewText.content).toBe('No status from Erik Berg for Åtgärd M-1 (due November 30, 2026).');
  });

  it('keeps the preview short', () => {
    const body = activityNotification(message({ items: [item('M-1', { measureTitle: 'x'.repeat(400) })] }));
    expect(body.previewText.content.length).toBeLessThanOrEqual(150);
  });

  it('falls back on the items when a stage id carries no offset', () => {
    expect(phaseOf(message({ stage: 'extra', items: [item('M-1', { daysLeft: 5 })] }))).toBe('request');
    expect(phaseOf(message({ stage: 'extra', items: [item('M-1', { daysLeft: 0 })] }))).toBe('reminder');
    expect(phaseOf(message({ stage: 'extra', items: [item('M-1', { daysLeft: -2 })] }))).toBe('overdue');
  });
});

describe('reminder mail', () => {
  it('has a Swedish subject, goes to the recipient and is not kept in Sent Items', () => {
    const mail = reminderMail(message());
    expect(mail.message.subject).toBe('Internkontroll 365: Dags att lämna status');
    expect(mail.message.toRecipients).toEqual([{ emailAddress: { address: 'johan.ekstrom@regionnorrvik.onmicrosoft.com', name: 'Johan Ekström' } }]);
    expect(mail.saveToSentItems).toBe(false);
    expect(mail.message.body.contentType).toBe('HTML');
    expect(mail.message.body.content).toContain(`<a href="${tabDeepLink({ ...tab, measureKey: 'M-1' })}">Åtgärd M-1</a>`);
    expect(mail.message.body.content).toContain('Senast: 30 november 2026 (14 dagar kvar)');
  });

  it('escapes user text and links only https addresses', () => {
    const mail = reminderMail(message({
      items: [item('M-1', { measureTitle: '<script>alert("x")</script> & <b>fet</b>', planTitle: "O'Plan <i>", deepLink: 'javascript:alert(1)' })]
    }));
    const html = mail.message.body.content;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>fet');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt;');
    expect(html).toContain('Plan: O&#39;Plan &lt;i&gt;');
  });
});
