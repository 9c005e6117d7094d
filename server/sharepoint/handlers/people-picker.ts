/**
 * People picker search:
 * `POST _api/SP.UI.ApplicationPages.ClientPeoplePickerWebServiceInterface.clientPeoplePickerSearchUser`
 * with `{"queryParams":{"QueryString":…, "MaximumEntitySuggestions":…, …}}` (what PnPjs v4
 * `sp.profiles.clientPeoplePickerSearchUser` sends). SharePoint answers with the entities as a
 * JSON *string* (minimal: `value`; verbose: `d.ClientPeoplePickerSearchUser`), which PnPjs parses.
 * Matching: every query word must start some word of the display name, the given name, the
 * surname or the mail / UPN prefix, case-insensitively. The search covers the directory (the
 * tenant), not only site users.
 */
import { DirectoryPerson } from '../../directory/types';
import { Ctx, json, metadataUrl } from '../context';
import { shapePrimitive } from '../odata/format';
import { EmuResponse, isJsonObject } from '../types';
import { jsonBody } from './body';

function words(p: DirectoryPerson): string[] {
  const prefix = (s: string): string => s.split('@')[0];
  return [p.displayName, p.givenName, p.surname, prefix(p.mail), prefix(p.userPrincipalName)]
    .join(' ')
    .toLowerCase()
    .split(/[\s.,_-]+/)
    .filter((w) => w !== '')
    .concat([prefix(p.mail).toLowerCase(), prefix(p.userPrincipalName).toLowerCase()]);
}

export function matches(p: DirectoryPerson, query: string): boolean {
  const q = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (q.length === 0) return false;
  const ws = words(p);
  return q.every((qw) => ws.some((w) => w.startsWith(qw)));
}

function entity(p: DirectoryPerson): Record<string, unknown> {
  return {
    Key: `i:0#.f|membership|${p.userPrincipalName.toLowerCase()}`,
    Description: p.userPrincipalName,
    DisplayText: p.displayName,
    EntityType: 'User',
    ProviderDisplayName: 'Tenant',
    ProviderName: 'Tenant',
    IsResolved: true,
    EntityData: {
      IsAltSecIdPresent: 'False',
      UserKey: `i:0#.f|membership|${p.userPrincipalName.toLowerCase()}`,
      Title: p.jobTitle,
      Email: p.mail,
      MobilePhone: '',
      ObjectId: p.id,
      Department: p.department,
    },
    MultipleMatches: [],
  };
}

export function peoplePickerSearch(ctx: Ctx): EmuResponse {
  const body = jsonBody(ctx.req.body);
  const params = isJsonObject(body.queryParams) ? body.queryParams : body;
  const query = typeof params.QueryString === 'string' ? params.QueryString : '';
  const max = typeof params.MaximumEntitySuggestions === 'number' ? params.MaximumEntitySuggestions : 30;
  const hits = ctx.site.people.filter((p) => matches(p, query)).slice(0, max).map(entity);
  return json(ctx, 200, shapePrimitive('ClientPeoplePickerSearchUser', JSON.stringify(hits), ctx.level, metadataUrl(ctx, 'Edm.String')));
}
