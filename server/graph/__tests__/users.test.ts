/**
 * Users over real HTTP with the real Graph client: list with $select/$filter/$top/paging/$count/$search,
 * the advanced-query rule, get by id and UPN, manager (and the 404 without one), /me by header and cookie.
 */
import { PageIterator } from '@microsoft/microsoft-graph-client';
import { demoDirectory, personas } from '../../directory/demoDirectory';
import { rejection, startEmulator, UPN, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startEmulator();
});
afterAll(() => h.close());

interface UsersPage {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
  value: Array<Record<string, unknown>>;
}

describe('GET /users', () => {
  it('lists users with the default properties and no nextLink when everything fits in a page of 100', async () => {
    const page: UsersPage = await h.client.api('/users').get();
    expect(page['@odata.context']).toBe(`${h.root}/$metadata#users`);
    expect(page.value).toHaveLength(demoDirectory.length);
    expect(page['@odata.nextLink']).toBeUndefined();
    expect(Object.keys(page.value[0])).toEqual([
      'businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone',
      'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id',
    ]);
    expect(page.value[0].businessPhones).toEqual([]);
    expect(page.value[0].mobilePhone).toBeNull();
  });

  it('selects properties, with the selection in @odata.context', async () => {
    const page: UsersPage = await h.client.api('/users').select(['id', 'displayName', 'department']).top(3).get();
    expect(page['@odata.context']).toBe(`${h.root}/$metadata#users(id,displayName,department)`);
    expect(Object.keys(page.value[0])).toEqual(['id', 'displayName', 'department']);
  });

  it('pages with $top and an @odata.nextLink that repeats the query, followed by hand', async () => {
    const seen: string[] = [];
    let page: UsersPage = await h.client.api('/users').select(['id', 'userPrincipalName']).top(25).get();
    let pages = 1;
    while (page['@odata.nextLink']) {
      const next = page['@odata.nextLink'];
      expect(next.startsWith(`${h.root}/users?`)).toBe(true);
      expect(next).toContain('$select=id%2CuserPrincipalName');
      expect(next).toContain('$top=25');
      expect(next).toMatch(/\$skiptoken=X'[0-9A-F]+'/);
      seen.push(...page.value.map((u) => String(u.id)));
      // PageIterator mangles http:// links (graph-wire §8), so follow it with the client as a relative path.
      page = await h.client.api(next.slice(h.root.length)).get();
      pages += 1;
    }
    seen.push(...page.value.map((u) => String(u.id)));
    expect(pages).toBe(Math.ceil(demoDirectory.length / 25));
    expect(new Set(seen).size).toBe(demoDirectory.length);
  });

  it('follows the same nextLink with plain fetch', async () => {
    const first = (await (await h.raw('v1.0/users?$top=50')).json()) as UsersPage;
    const second = (await (await fetch(first['@odata.nextLink']!)).json()) as UsersPage;
    expect(first.value.length + second.value.length).toBe(demoDirectory.length);
    expect(second['@odata.nextLink']).toBeUndefined();
  });

  it('shows what PageIterator does with an http nextLink: it cannot follow it', async () => {
    const first: UsersPage = await h.client.api('/users').top(50).get();
    const collected: unknown[] = [];
    const iterator = new PageIterator(h.client, first, (u) => {
      collected.push(u);
      return true;
    });
    const err = await rejection(iterator.iterate());
    expect(collected).toHaveLength(50);
    expect(err.statusCode).toBeGreaterThanOrEqual(400);
  });

  it('filters with eq (case-insensitive), startswith, in, and/or', async () => {
    const eq: UsersPage = await h.client.api('/users').filter(`userPrincipalName eq '${personas.coordinator.toUpperCase()}'`).get();
    expect(eq.value.map((u) => u.userPrincipalName)).toEqual([personas.coordinator]);

    const sw: UsersPage = await h.client.api('/users').filter("startswith(displayName,'an')").select(['displayName']).get();
    expect(sw.value.length).toBeGreaterThanOrEqual(2);
    for (const u of sw.value) expect(String(u.displayName).toLowerCase().startsWith('an')).toBe(true);

    const inList: UsersPage = await h.client.api('/users').filter(`mail in ('${personas.manager}','${personas.boardSecretary}')`).get();
    expect(inList.value).toHaveLength(2);

    const andOr: UsersPage = await h.client
      .api('/users')
      .filter("(jobTitle eq 'Nämndsekreterare' or jobTitle eq 'Registrator') and department eq 'Sekretariatet'")
      .get();
    expect(andOr.value).toHaveLength(3);
  });

  it('adds @odata.count only with $count=true and ConsistencyLevel: eventual', async () => {
    const withHeader: UsersPage = await h.client
      .api('/users')
      .header('ConsistencyLevel', 'eventual')
      .filter("startswith(jobTitle,'Enhetschef')")
      .count(true)
      .top(5)
      .get();
    expect(withHeader['@odata.count']).toBe(demoDirectory.filter((p) => p.jobTitle.startsWith('Enhetschef')).length);
    expect(withHeader.value).toHaveLength(5);

    const silent: UsersPage = await h.client.api('/users').count(true).top(1).get();
    expect(silent['@odata.count']).toBeUndefined();
  });

  it('refuses advanced-only queries without ConsistencyLevel: 400 Request_UnsupportedQuery', async () => {
    const endsWith = await rejection(h.client.api('/users').filter("endswith(mail,'@regionnorrvik.onmicrosoft.com')").get());
    expect(endsWith.statusCode).toBe(400);
    expect(endsWith.code).toBe('Request_UnsupportedQuery');
    expect(endsWith.message).toBe('Unsupported Query.');

    const orderWithFilter = await rejection(h.client.api('/users').filter("department eq 'Sekretariatet'").orderby('displayName').get());
    expect(orderWithFilter.code).toBe('Request_UnsupportedQuery');

    const search = await rejection(h.client.api('/users').search('"displayName:ann"').get());
    expect(search.statusCode).toBe(400);

    const ok: UsersPage = await h.client
      .api('/users')
      .header('ConsistencyLevel', 'eventual')
      .filter("endswith(mail,'@regionnorrvik.onmicrosoft.com')")
      .count(true)
      .get();
    expect(ok['@odata.count']).toBe(demoDirectory.length);
  });

  it('searches displayName by word prefix with ConsistencyLevel: eventual', async () => {
    const page: UsersPage = await h.client.api('/users').header('ConsistencyLevel', 'eventual').search('"displayName:ann"').get();
    const names = page.value.map((u) => String(u.displayName));
    expect(names).toEqual(expect.arrayContaining(['Anna Karlsson', 'Annika Hedlund']));
    for (const n of names) expect(n.toLowerCase()).toMatch(/(^|\s)ann/);
  });

  it('sorts by displayName (allowed without the header when there is no filter)', async () => {
    const page: UsersPage = await h.client.api('/users').orderby('displayName').select(['displayName']).get();
    const names = page.value.map((u) => String(u.displayName));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
  });

  it('rejects $top over 999 and an unknown $select property', async () => {
    expect((await rejection(h.client.api('/users').top(1000).get())).statusCode).toBe(400);
    expect((await rejection(h.client.api('/users').select(['nonsense']).get())).statusCode).toBe(400);
  });
});

describe('GET /users/{id|upn}, /manager, /me', () => {
  const coordinator = demoDirectory.find((p) => p.userPrincipalName === personas.coordinator)!;

  it('gets a user by id and by UPN (any case), with @odata.context', async () => {
    const byId = await h.client.api(`/users/${coordinator.id}`).get();
    expect(byId['@odata.context']).toBe(`${h.root}/$metadata#users/$entity`);
    expect(byId.userPrincipalName).toBe(personas.coordinator);
    const byUpn = await h.client.api(`/users/${personas.coordinator.toUpperCase()}`).get();
    expect(byUpn.id).toBe(coordinator.id);
    const keySyntax = await h.client.api(`/users('${personas.coordinator}')`).get();
    expect(keySyntax.id).toBe(coordinator.id);
  });

  it('honours $select on a single user', async () => {
    const u = await h.client.api(`/users/${coordinator.id}`).select('displayName,jobTitle,department').get();
    expect(u).toEqual({
      '@odata.context': `${h.root}/$metadata#users(displayName,jobTitle,department)/$entity`,
      displayName: 'Anna Karlsson',
      jobTitle: 'Controller',
      department: 'Ekonomiavdelningen',
    });
  });

  it('answers 404 Request_ResourceNotFound for an unknown user, with request ids', async () => {
    const err = await rejection<{ statusCode: number; code: string; message: string; requestId: string }>(
      h.client.api('/users/nobody@regionnorrvik.onmicrosoft.com').get(),
    );
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('Request_ResourceNotFound');
    expect(err.message).toBe("Resource 'nobody@regionnorrvik.onmicrosoft.com' does not exist or one of its queried reference-property objects are not present.");
    expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gets the manager with @odata.type, and 404 for the region director', async () => {
    const m = await h.client.api(`/users/${coordinator.id}/manager`).get();
    expect(m['@odata.context']).toBe(`${h.root}/$metadata#directoryObjects/$entity`);
    expect(m['@odata.type']).toBe('#microsoft.graph.user');
    expect(m.jobTitle).toBe('Ekonomidirektör');

    const root = demoDirectory.find((p) => p.managerId === null)!;
    const err = await rejection(h.client.api(`/users/${root.userPrincipalName}/manager`).get());
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('Request_ResourceNotFound');
    expect(err.message).toBe("Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
  });

  it('expands the manager into the user (or each user of a page), leaves it out for someone without one, refuses other expansions', async () => {
    const u = await h.client.api(`/users/${coordinator.userPrincipalName}`).query('$select=id,displayName&$expand=manager($select=id,jobTitle)').get();
    expect(u).toMatchObject({ id: coordinator.id, displayName: coordinator.displayName, manager: { '@odata.type': '#microsoft.graph.user', jobTitle: 'Ekonomidirektör' } });
    expect(Object.keys(u.manager as object).sort()).toEqual(['@odata.type', 'id', 'jobTitle']);
    const root = demoDirectory.find((p) => p.managerId === null)!;
    const top = await h.client.api(`/users/${root.id}`).query('$select=id&$expand=manager').get();
    expect(top).not.toHaveProperty('manager');
    const page = await h.client.api('/users').query('$select=id&$expand=manager($select=id)&$top=5').get();
    expect((page.value as Array<{ manager?: { id: string } }>).filter((v) => v.manager).length).toBeGreaterThan(0);
    const err = await rejection(h.client.api(`/users/${coordinator.id}`).query('$expand=memberOf').get());
    expect(err.statusCode).toBe(400);
  });

    it('resolves /me from X-Emulator-User, the emulator-user cookie, or the default user', async () => {
    const viaHeader = await h.client.api('/me').header('X-Emulator-User', personas.manager).get();
    expect(viaHeader.userPrincipalName).toBe(personas.manager);
    expect(viaHeader['@odata.context']).toBe(`${h.root}/$metadata#users/$entity`);
    const viaCookie = await (await h.raw('v1.0/me', { headers: { cookie: `a=b; emulator-user=${encodeURIComponent(personas.boardSecretary)}` } })).json();
    expect(viaCookie.userPrincipalName).toBe(personas.boardSecretary);
    const byDefault = await h.client.api('/me').get();
    expect(byDefault.userPrincipalName).toBe(personas.coordinator);
    const myManager = await h.client.api('/me/manager').header('X-Emulator-User', UPN('elin.forsberg')).get();
    expect(myManager.jobTitle).toBe('Enhetschef Sekretariatet');
  });

  it('puts request-id on every response and echoes client-request-id', async () => {
    const res = await h.raw('v1.0/users/nobody', { headers: { 'client-request-id': 'my-own-id' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('client-request-id')).toBe('my-own-id');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(Object.keys(body.error)).toEqual(['code', 'message', 'innerError']);
    expect(body.error.innerError['client-request-id']).toBe('my-own-id');
    expect(body.error.innerError['request-id']).toBe(res.headers.get('request-id'));
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('answers 405 for a wrong method and 400 for an unknown segment', async () => {
    expect((await h.raw('v1.0/users', { method: 'DELETE' })).status).toBe(405);
    const res = await h.raw('v1.0/nonsense');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('BadRequest');
  });
});
