/**
 * `$batch` with the real client's BatchRequestContent/BatchResponseContent: 20 GETs (sub-URL forms mixed,
 * one 404 inside), POST and 204 steps, the 20-request limit, duplicate ids, and dependsOn with 424.
 */
import { BatchRequestContent, BatchResponseContent } from '@microsoft/microsoft-graph-client';
import { demoDirectory, personas } from '../../directory/demoDirectory';
import { rejection, startEmulator, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startEmulator();
});
afterAll(() => h.close());

interface BatchBody {
  requests: Array<{ id: string; url: string; method: string; headers?: Record<string, string>; body?: unknown; dependsOn?: string[] }>;
}

describe('$batch', () => {
  it('runs 20 GETs built by BatchRequestContent (sub-URLs in every accepted form, one 404)', async () => {
    const people = demoDirectory.slice(0, 19);
    const steps = [...people.map((p) => p.id), 'nobody@regionnorrvik.onmicrosoft.com'].map((key, i) => ({
      id: String(i + 1),
      request: new Request(`${h.baseUrl}v1.0/users/${key}?$select=id,displayName`, { method: 'GET' }),
    }));
    const content = (await new BatchRequestContent(steps).getContent()) as BatchBody;
    // graph-js 3.0.7 sends the path after the host: with our base URL that is /graph/v1.0/... (graph-wire §8).
    expect(content.requests[0].url).toBe(`/graph/v1.0/users/${people[0].id}?$select=id,displayName`);
    content.requests[1].url = `/v1.0/users/${people[1].id}`;
    content.requests[2].url = `/users/${people[2].id}`;
    content.requests[3].url = `users/${people[3].userPrincipalName}`;
    content.requests[4].url = `/USERS('${people[4].userPrincipalName.toUpperCase()}')`;

    const raw = await h.client.api('/$batch').post(content);
    expect(raw.responses).toHaveLength(20);
    for (const r of raw.responses) {
      if (r.status === 200) expect(r.headers['Content-Type']).toMatch(/^application\/json/);
    }
    const batch = new BatchResponseContent(raw);
    for (let i = 0; i < 19; i += 1) {
      const res = batch.getResponseById(String(i + 1));
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.id).toBe(people[i].id);
    }
    const missing = batch.getResponseById('20');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('Request_ResourceNotFound');
  });

  it('runs POST steps and 204 steps (no body, so BatchResponseContent can parse the batch)', async () => {
    const manager = demoDirectory.find((p) => p.userPrincipalName === personas.manager)!;
    const content = (await new BatchRequestContent([
      {
        id: 'n1',
        request: new Request(`${h.baseUrl}v1.0/users/${manager.id}/teamwork/sendActivityNotification`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            topic: { source: 'text', value: 'x', webUrl: 'https://teams.microsoft.com/l/entity/a/b' },
            activityType: 'statusRequested',
            previewText: { content: 'Från batch' },
          }),
        }),
      },
      {
        id: 'm1',
        request: new Request(`${h.baseUrl}v1.0/me/sendMail`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ message: { subject: 'Från batch', toRecipients: [{ emailAddress: { address: personas.manager } }] } }),
        }),
      },
    ]).getContent()) as BatchBody;
    const batch = new BatchResponseContent(await h.client.api('/$batch').post(content));
    expect(batch.getResponseById('n1').status).toBe(204);
    expect(batch.getResponseById('m1').status).toBe(202);
  });

  it('refuses 21 requests and duplicate ids with 400', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    const tooMany = await rejection(h.client.api('/$batch').post({ requests }));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.code).toBe('BadRequest');
    // The client itself also refuses a 21st step.
    const client = new BatchRequestContent();
    for (let i = 0; i < 20; i += 1) client.addRequest({ id: String(i), request: new Request(`${h.baseUrl}v1.0/me`) });
    expect(() => client.addRequest({ id: '21', request: new Request(`${h.baseUrl}v1.0/me`) })).toThrow();

    const dup = await rejection(h.client.api('/$batch').post({ requests: [{ id: 'a', method: 'GET', url: '/me' }, { id: 'A', method: 'GET', url: '/me' }] }));
    expect(dup.statusCode).toBe(400);
  });

  it('answers 424 for a step whose dependency failed, and runs dependent steps in order', async () => {
    const raw = await h.client.api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: '/users/nobody' },
        { id: '2', dependsOn: ['1'], method: 'GET', url: '/me' },
        { id: '4', dependsOn: ['2'], method: 'GET', url: '/me' },
        { id: '3', method: 'GET', url: '/me' },
      ],
    });
    const byId = new Map<string, { status: number; body: { error?: { code: string } } }>(raw.responses.map((r: { id: string }) => [r.id, r]));
    expect(byId.get('1')!.status).toBe(404);
    expect(byId.get('2')!.status).toBe(424);
    expect(byId.get('4')!.status).toBe(424);
    expect(byId.get('3')!.status).toBe(200);
    expect(byId.get('2')!.body.error!.code).toBe('FailedDependency');
  });

  it('passes the signed-in user and ConsistencyLevel per step', async () => {
    const raw = await h.client
      .api('/$batch')
      .header('X-Emulator-User', personas.boardSecretary)
      .post({
        requests: [
          { id: '1', method: 'GET', url: '/me?$select=userPrincipalName' },
          { id: '2', method: 'GET', url: "users?$filter=endswith(mail,'.onmicrosoft.com')&$count=true&$top=1", headers: { ConsistencyLevel: 'eventual' } },
          { id: '3', method: 'GET', url: "users?$filter=endswith(mail,'.onmicrosoft.com')&$count=true&$top=1" },
        ],
      });
    const [me, advanced, refused] = raw.responses;
    expect(me.body.userPrincipalName).toBe(personas.boardSecretary);
    expect(advanced.body['@odata.count']).toBe(demoDirectory.length);
    expect(refused.status).toBe(400);
  });
});
