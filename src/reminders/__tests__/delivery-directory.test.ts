/**
 * How directory look-ups read Graph's `$batch` answers: a disabled account, an account whose
 * `accountEnabled` Graph left out (counted as enabled), an unknown person (left out), a person without a
 * manager, a throttled step resent after its Retry-After within the product's bound (the same as SharePoint's), a
 * refused step that must not pass silently, and a refusal for a missing permission named as such.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { RETRY_POLICY } from '../../data/throttleRetry';
import { Clock, DirectoryLookupError, lookupPeople, MissingDirectoryPermission } from '../delivery';

interface Step { id: string; url: string }
type Answer = (step: Step, round: number) => { status: number; headers?: Record<string, string>; body?: unknown };

/** A Graph client that only answers `POST /$batch`, step by step. */
function fakeClient(answer: Answer): { client: Client; batches: Step[][] } {
  const batches: Step[][] = [];
  const client = {
    api: (path: string) => ({
      post: async (body: { requests: Step[] }) => {
        expect(path).toBe('/$batch');
        expect(body.requests.length).toBeLessThanOrEqual(20);
        batches.push(body.requests);
        return { responses: body.requests.map((step) => ({ id: step.id, ...answer(step, batches.length) })) };
      }
    })
  } as unknown as Client;
  return { client, batches };
}

const user = (upn: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ id: `id-${upn}`, displayName: upn.split('@')[0], userPrincipalName: upn, ...extra });
const notFound = { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'Resource does not exist.' } } };

function upnOf(step: Step): string {
  return decodeURIComponent(/^\/users\/([^/?]+)/.exec(step.url)?.[1] ?? '');
}

describe('lookupPeople', () => {
  it('reads enabled flags, managers and unknown people from the batch answers', async () => {
    const { client } = fakeClient((step) => {
      const upn = upnOf(step);
      if (upn === 'okand@r.se') return notFound;
      // Graph leaves `manager` out for a person who has none.
      const manager = upn === 'chef@r.se' ? {} : { manager: { '@odata.type': '#microsoft.graph.user', ...user('chef@r.se') } };
      if (upn === 'slutat@r.se') return { status: 200, body: user(upn, { accountEnabled: false, ...manager }) };
      if (upn === 'tyst@r.se') return { status: 200, body: user(upn, manager) };
      return { status: 200, body: user(upn, { accountEnabled: true, ...manager }) };
    });
    const people = await lookupPeople(client, ['Slutat@R.se', 'tyst@r.se', 'chef@r.se', 'okand@r.se', 'slutat@r.se']);
    expect([...people.keys()]).toEqual(['slutat@r.se', 'tyst@r.se', 'chef@r.se']);
    expect(people.get('slutat@r.se')?.accountEnabled).toBe(false);
    expect(people.get('tyst@r.se')?.accountEnabled).toBe(true);
    expect(people.get('tyst@r.se')?.manager).toEqual({ objectId: 'id-chef@r.se', upn: 'chef@r.se', displayName: 'chef' });
    expect(people.get('chef@r.se')?.manager).toBeNull();
  });

  it('asks for exactly the properties it needs, the manager expanded into one step per person', async () => {
    const { client, batches } = fakeClient((step) => ({ status: 200, body: user(upnOf(step)) }));
    await lookupPeople(client, ['a@r.se']);
    expect(batches[0].map((s) => s.url)).toEqual([
      '/users/a%40r.se?$select=id,displayName,userPrincipalName,accountEnabled&$expand=manager($select=id,displayName,userPrincipalName)'
    ]);
  });

  it('looks 2,000 people up in 100 batches of 20', async () => {
    const { client, batches } = fakeClient((step) => ({ status: 200, body: user(upnOf(step)) }));
    const people = await lookupPeople(client, Array.from({ length: 2000 }, (_, i) => `person${i}@r.se`));
    expect(people.size).toBe(2000);
    expect(batches).toHaveLength(100);
    expect(batches.every((b) => b.length === 20)).toBe(true);
  });

  it('resends throttled steps after their Retry-After', async () => {
    const slept: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => { slept.push(ms); } };
    const { client, batches } = fakeClient((step, round) =>
      round === 1 && upnOf(step) === 'b@r.se' ? { status: 429, headers: { 'Retry-After': '2' } }
        : { status: 200, body: user(upnOf(step), { manager: user('chef@r.se') }) });
    const people = await lookupPeople(client, ['a@r.se', 'b@r.se', 'c@r.se'], { clock });
    expect(batches.map((b) => b.length)).toEqual([3, 1]);
    expect(slept).toEqual([2000]);
    expect(people.get('b@r.se')?.manager).not.toBeNull();
  });

  it('fails loudly on a refused step instead of dropping the person', async () => {
    const { client } = fakeClient((step) => (upnOf(step) === 'b@r.se' ? { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges.' } } } : { status: 200, body: user(upnOf(step)) }));
    await expect(lookupPeople(client, ['a@r.se', 'b@r.se'])).rejects.toThrow(DirectoryLookupError);
  });

  it('resends throttled steps for as long as Graph asks within the product’s bound, then reports them', async () => {
    const slept: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => { slept.push(ms); } };
    const { client, batches } = fakeClient((step) =>
      upnOf(step) === 'b@r.se' ? { status: 429, headers: { 'Retry-After': '3' } } : { status: 200, body: user(upnOf(step)) });
    await expect(lookupPeople(client, ['a@r.se', 'b@r.se'], { clock })).rejects.toThrow(/failed with 429/);
    expect(batches).toHaveLength(RETRY_POLICY.maxAttempts);
    expect(slept).toEqual(Array.from({ length: RETRY_POLICY.maxAttempts - 1 }, () => 3000));
  });

  it('doubles its wait from half a second when a throttled step gives no Retry-After', async () => {
    const slept: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => { slept.push(ms); } };
    const { client } = fakeClient((step, round) => (round < 4 ? { status: 503 } : { status: 200, body: user(upnOf(step)) }));
    expect((await lookupPeople(client, ['a@r.se'], { clock })).size).toBe(1);
    expect(slept).toEqual([500, 1000, 2000]);
  });

  it('names a refusal for a missing User.Read.All as a missing permission, not a person’s problem', async () => {
    const { client } = fakeClient(() => ({ status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } } }));
    const refused = lookupPeople(client, ['a@r.se']);
    await expect(refused).rejects.toThrow(MissingDirectoryPermission);
    await expect(lookupPeople(client, ['a@r.se'])).rejects.toMatchObject({ permission: 'User.Read.All' });
  });
});
