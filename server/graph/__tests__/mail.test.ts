/**
 * sendMail with the real client: JSON (202, no body, no content type; saveToSentItems as bool or string),
 * recipient validation, the MIME (text/plain base64) form and its 400 on bad base64.
 */
import { personas } from '../../directory/demoDirectory';
import { rejection, startEmulator, UPN, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startEmulator();
});
afterAll(() => h.close());

const message = {
  subject: 'Påminnelse: statusrapport',
  body: { contentType: 'HTML', content: '<p>Hej!</p><p>Lämna status <a href="https://teams.microsoft.com/l/entity/x">här</a>.</p>' },
  toRecipients: [{ emailAddress: { address: personas.manager } }],
  ccRecipients: [{ emailAddress: { address: 'extern@example.se' } }],
};

describe('sendMail', () => {
  it('answers 202 with no body and no content type; the client resolves', async () => {
    const res = await h.raw(`v1.0/users/${personas.coordinator}/sendMail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message, saveToSentItems: 'false' }),
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('content-type')).toBeNull();
    expect(await res.text()).toBe('');
    await expect(h.client.api('/me/sendMail').post({ message, saveToSentItems: false })).resolves.toBeTruthy();
    await expect(h.client.api(`/users/${personas.coordinator}/sendmail`).post({ message })).resolves.toBeTruthy();
  });

  it('records the mail as a delivery with text and link', async () => {
    const list = await (await h.raw(`_emulator/deliveries?to=${personas.manager}`)).json();
    const mail = list[list.length - 1];
    expect(mail.kind).toBe('mail');
    expect(mail.from).toBe(personas.coordinator);
    expect(mail.to).toEqual([personas.manager, 'extern@example.se']);
    expect(mail.subject).toBe('Påminnelse: statusrapport');
    expect(mail.text).toBe('Hej!\nLämna status här.');
    expect(mail.webUrl).toBe('https://teams.microsoft.com/l/entity/x');
  });

  it('refuses mail without recipients, with a bad address, or without a message', async () => {
    const none = await rejection(h.client.api('/me/sendMail').post({ message: { subject: 'x', toRecipients: [] } }));
    expect(none.statusCode).toBe(400);
    expect(none.code).toBe('ErrorInvalidRecipients');
    expect((await rejection(h.client.api('/me/sendMail').post({ message: { toRecipients: [{ emailAddress: {} }] } }))).statusCode).toBe(400);
    expect((await rejection(h.client.api('/me/sendMail').post({ saveToSentItems: true }))).statusCode).toBe(400);
    expect((await rejection(h.client.api('/me/sendMail').post({ message, saveToSentItems: 'maybe' }))).statusCode).toBe(400);
    expect((await rejection(h.client.api('/users/nobody@x.se/sendMail').post({ message }))).statusCode).toBe(404);
  });

  it('accepts the MIME form and refuses bad base64 with the documented body', async () => {
    const mime = [
      `From: ${personas.coordinator}`,
      `To: Elin Forsberg <${UPN('elin.forsberg')}>`,
      'Subject: MIME-test',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hej från MIME.',
    ].join('\r\n');
    const ok = await h.raw('v1.0/me/sendMail', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: Buffer.from(mime).toString('base64') });
    expect(ok.status).toBe(202);
    const list = await (await h.raw(`_emulator/deliveries?to=${UPN('elin.forsberg')}`)).json();
    expect(list[list.length - 1]).toMatchObject({ kind: 'mail', subject: 'MIME-test', text: 'Hej från MIME.', to: [UPN('elin.forsberg')] });

    const bad = await h.raw('v1.0/me/sendMail', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'not base64!!' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: 'ErrorMimeContentInvalidBase64String', message: 'Invalid base64 string for MIME content.' } });
  });
});
