/**
 * Site users: `web/currentUser`, `web/ensureuser`, `web/siteusers` (with query options,
 * `getByEmail`, `getById`, `('!@v::login')`), `web/getUserById(n)`; shapes per README §7
 * (status 200 on ensureuser, no `odata.etag` on users).
 */
import { Ctx, json, metadataUrl } from '../context';
import { Errors } from '../errors';
import { ComplexValue, EntityMeta, Props, shapeCollection, shapeEntity } from '../odata/format';
import { SiteUser } from '../store/model';
import { EmuResponse, isJsonObject } from '../types';
import { applyCollectionQuery, selectProps } from './collection';

function userMeta(ctx: Ctx, u: SiteUser): EntityMeta {
  const editLink = `Web/GetUserById(${u.Id})`;
  return { type: 'SP.User', id: `${ctx.webUrl}/_api/${editLink}`, uri: `${ctx.webUrl}/_api/${editLink}`, editLink };
}

function nameId(u: SiteUser): string {
  const hex = (u.ObjectId || u.UserPrincipalName).replace(/[^0-9a-f]/gi, '').toLowerCase();
  return `1003${hex.padEnd(12, '0').slice(0, 12)}`;
}

export function userProps(u: SiteUser): Props {
  return {
    Id: u.Id,
    IsHiddenInUI: false,
    LoginName: u.LoginName,
    Title: u.Title,
    PrincipalType: u.PrincipalType ?? 1,
    Email: u.Email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: u.IsSiteAdmin,
    UserId: new ComplexValue('SP.UserIdInfo', { NameId: nameId(u), NameIdIssuer: 'urn:federation:microsoftonline' }),
    UserPrincipalName: u.UserPrincipalName,
  };
}

function userResponse(ctx: Ctx, u: SiteUser): EmuResponse {
  let props = userProps(u);
  if (ctx.query.expand.some((e) => e.toLowerCase() === 'groups')) props.Groups = [];
  props = selectProps(props, ctx.query.select?.filter((s) => !s.includes('/')) ?? null);
  return json(ctx, 200, shapeEntity(userMeta(ctx, u), props, ctx.level, metadataUrl(ctx, 'SP.ApiData.Users1/@Element')));
}

export function currentUser(ctx: Ctx): EmuResponse {
  return userResponse(ctx, ctx.user);
}

export function userById(ctx: Ctx, id: number): EmuResponse {
  const u = ctx.site.userById(id);
  if (!u) throw Errors.userIdNotFound();
  return userResponse(ctx, u);
}

export function userByEmail(ctx: Ctx, email: string): EmuResponse {
  const e = email.toLowerCase();
  const u = [...ctx.site.users.values()].find((x) => x.Email.toLowerCase() === e);
  if (!u) throw Errors.userIdNotFound();
  return userResponse(ctx, u);
}

export function userByLogin(ctx: Ctx, login: string): EmuResponse {
  const l = login.replace(/^!@v::/, '').toLowerCase();
  const u = [...ctx.site.users.values()].find((x) => x.LoginName.toLowerCase() === l);
  if (!u) throw Errors.userIdNotFound();
  return userResponse(ctx, u);
}

export function siteUsers(ctx: Ctx): EmuResponse {
  const rows = [...ctx.site.users.values()].map((u) => ({ meta: userMeta(ctx, u), props: userProps(u) }));
  return json(ctx, 200, shapeCollection(applyCollectionQuery(ctx, rows), ctx.level, metadataUrl(ctx, 'SP.ApiData.Users1')));
}

/** POST web/ensureuser with `{"logonName":"i:0#.f|membership|upn"}` (or a bare UPN/e-mail). */
export function ensureUser(ctx: Ctx): EmuResponse {
  const raw = ctx.req.body.trim();
  let name = raw;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isJsonObject(parsed) && typeof parsed.logonName === 'string') name = parsed.logonName;
    else if (typeof parsed === 'string') name = parsed;
  } catch {
    // not JSON: the body is the logon name itself
  }
  if (name === '') throw Errors.badQuery('logonName is required.');
  const u = ctx.site.ensureUser(name, true);
  return userResponse(ctx, u);
}
