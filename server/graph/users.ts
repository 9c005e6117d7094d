/**
 * Users: `GET /users` (paging, $select, $filter, $search, $orderby, $count), `GET /users/$count`,
 * `GET /users/{id|upn}` and `GET /users/{id|upn}/manager`, with the shapes and errors of graph-wire §3.
 * A user (or each user of a page) takes `$expand=manager` or `$expand=manager($select=…)`: the manager as a
 * `manager` property (absent when there is none), as Graph answers it; other expansions are refused.
 */
import { badRequest, GraphHttpError, notFound, unsupportedQuery } from './errors';
import { compareUsers, parseOrderBy, parseSelect, parseUserFilter, parseUserSearch, type UserJson } from './odataUsers';
import { DEFAULT_USER_PROPERTIES, selectProperties } from './people';
import type { GraphCall, GraphHandler, GraphResult } from './types';

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 999;

/** Advanced queries need `ConsistencyLevel: eventual` (graph-wire §3, D-adv). */
function isEventual(call: GraphCall): boolean {
  return (call.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
}

function wantsCount(call: GraphCall): boolean {
  return (call.query.get('count') ?? '').toLowerCase() === 'true';
}

/** `$select` → canonical names, or the default property set. */
function selection(call: GraphCall): { names: readonly string[]; explicit: boolean } {
  const select = call.query.get('select');
  if (select === undefined || select.trim() === '') return { names: DEFAULT_USER_PROPERTIES, explicit: false };
  return { names: parseSelect(select), explicit: true };
}

/** The skiptoken looks like Graph's (`X'…'` hex) but simply encodes the offset of the next page. */
function encodeSkipToken(offset: number): string {
  return `X'${Buffer.from(`offset:${offset}`, 'utf8').toString('hex').toUpperCase()}'`;
}

function decodeSkipToken(token: string): number {
  const m = /^X'([0-9A-F]+)'$/i.exec(token);
  const text = m ? Buffer.from(m[1], 'hex').toString('utf8') : '';
  const offset = /^offset:(\d+)$/.exec(text);
  if (!offset) throw badRequest('The specified page token value has expired or is invalid.', 'Request_BadRequest');
  return Number(offset[1]);
}

/** A nextLink repeats every original query option plus a new `$skiptoken` (graph-wire §3, D-page). */
function nextLink(call: GraphCall, resource: string, offset: number): string {
  const pairs = call.queryPairs.filter(([k]) => k.replace(/^\$/, '').toLowerCase() !== 'skiptoken');
  pairs.push(['$skiptoken', encodeSkipToken(offset)]);
  const query = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `${call.serviceRoot}/${resource}?${query}`;
}

/** Applies $filter and $search, checking the advanced-query rules; returns the matching users in order. */
function queryUsers(call: GraphCall, all: UserJson[]): { users: UserJson[]; count: boolean } {
  const filterText = call.query.get('filter');
  const searchText = call.query.get('search');
  const orderText = call.query.get('orderby');
  const eventual = isEventual(call);
  const count = wantsCount(call) && eventual; // $count=true without the header is silently ignored

  let users = all;
  let advanced = false;
  if (filterText !== undefined && filterText.trim() !== '') {
    const filter = parseUserFilter(filterText);
    advanced ||= filter.advanced;
    users = users.filter(filter.predicate);
  }
  if (searchText !== undefined) {
    if (!eventual) {
      throw unsupportedQuery(
        "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
      );
    }
    const search = parseUserSearch(searchText.replace(/^\s*'|'\s*$/g, ''));
    users = users.filter(search);
  }
  if (orderText !== undefined) {
    const order = parseOrderBy(orderText);
    // Sorting alone is allowed on displayName and userPrincipalName; sorting a filtered or searched set,
    // or on another property, is an advanced query.
    if (filterText !== undefined || searchText !== undefined) advanced = true;
    if (order.some((o) => o.property !== 'displayName' && o.property !== 'userPrincipalName')) advanced = true;
    users = [...users].sort(compareUsers(order));
  }
  if (advanced && !(eventual && wantsCount(call))) throw unsupportedQuery();
  return { users, count };
}

export const listUsers: GraphHandler = (call, _params, ctx) => {
  const { names, explicit } = selection(call);
  const expand = managerExpansion(call);
  const topText = call.query.get('top');
  let top = DEFAULT_PAGE_SIZE;
  if (topText !== undefined) {
    top = Number(topText);
    if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE_SIZE) {
      throw unsupportedQuery(`Invalid page size specified: '${topText}'. Must be between 1 and ${MAX_PAGE_SIZE} inclusive.`);
    }
  }
  if (call.query.has('skip')) throw badRequest("'$skip' is not supported by the service.", 'Request_BadRequest');
  const skipToken = call.query.get('skiptoken');
  const offset = skipToken === undefined ? 0 : decodeSkipToken(skipToken);

  const { users, count } = queryUsers(call, ctx.people.all.map((p) => ctx.people.user(p)));
  const page = users.slice(offset, offset + top);
  const body: Record<string, unknown> = {
    '@odata.context': `${call.serviceRoot}/$metadata#users${explicit ? `(${names.join(',')})` : ''}`,
  };
  if (count && offset === 0) body['@odata.count'] = users.length; // only on the first page (D-page)
  if (offset + top < users.length) body['@odata.nextLink'] = nextLink(call, 'users', offset + top);
  body.value = page.map((u) => withManager(selectProperties(u, names), String(u.id), expand, ctx));
  return { status: 200, json: body };
};

/** `GET /users/$count`: text/plain, and only with `ConsistencyLevel: eventual` (graph-wire §3). */
export const countUsers: GraphHandler = (call, _params, ctx) => {
  if (!isEventual(call)) throw new GraphHttpError(400, 'Request_BadRequest', '$count is not currently supported.');
  // The header alone is enough here; queryUsers' $count=true rule is about the collection's @odata.count.
  const withCount: GraphCall = { ...call, query: new Map(call.query).set('count', 'true') };
  const { users } = queryUsers(withCount, ctx.people.all.map((p) => ctx.people.user(p)));
  return { status: 200, text: String(users.length) };
};

/** The manager's properties to expand, or null without `$expand`; any other expansion is Graph's 400. */
function managerExpansion(call: GraphCall): readonly string[] | null {
  const text = call.query.get('expand');
  if (text === undefined || text.trim() === '') return null;
  const match = /^\s*manager\s*(?:\(\s*\$select\s*=\s*([^);]*)\))?\s*$/i.exec(text);
  if (!match) {
    throw badRequest(`Parsing OData Select and Expand failed: Could not find a property named '${text.split('(')[0].trim()}' on type 'microsoft.graph.user'.`, 'BadRequest');
  }
  return match[1] ? parseSelect(match[1]) : DEFAULT_USER_PROPERTIES;
}

/** The user with its manager expanded (no `manager` property when the person has none). */
function withManager(user: Record<string, unknown>, id: string, expand: readonly string[] | null, ctx: Parameters<GraphHandler>[2]): Record<string, unknown> {
  if (expand === null) return user;
  const person = ctx.people.find(id);
  const manager = person?.managerId ? ctx.people.find(person.managerId) : undefined;
  return manager ? { ...user, manager: { '@odata.type': '#microsoft.graph.user', ...selectProperties(ctx.people.user(manager), expand) } } : user;
}

function entity(call: GraphCall, user: UserJson, set: string, extra: Record<string, unknown> = {}, ctx?: Parameters<GraphHandler>[2]): GraphResult {
  const { names, explicit } = selection(call);
  const selected = selectProperties(user, names);
  return {
    status: 200,
    json: {
      '@odata.context': `${call.serviceRoot}/$metadata#${set}${explicit ? `(${names.join(',')})` : ''}/$entity`,
      ...extra,
      ...(ctx ? withManager(selected, String(user.id), managerExpansion(call), ctx) : selected),
    },
  };
}

export const getUser: GraphHandler = (call, [idOrUpn], ctx) => entity(call, ctx.people.user(ctx.people.get(idOrUpn)), 'users', {}, ctx);

export const getManager: GraphHandler = (call, [idOrUpn], ctx) => {
  const person = ctx.people.get(idOrUpn);
  const manager = person.managerId ? ctx.people.find(person.managerId) : undefined;
  if (!manager) throw notFound('manager');
  return entity(call, ctx.people.user(manager), 'directoryObjects', { '@odata.type': '#microsoft.graph.user' });
};
