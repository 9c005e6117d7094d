/**
 * Finding people for a role: SharePoint's people picker search (the same endpoint the classic and
 * modern pickers use), returning the Entra object id and UPN that Graph needs later.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/profiles';
import { PrincipalType } from '@pnp/sp';
import { PersonRef } from '../model/types';

interface PickerEntity {
  Key: string;
  DisplayText: string;
  EntityData?: { Email?: string; ObjectId?: string; Title?: string; Department?: string };
}

export interface PersonSuggestion extends PersonRef {
  jobTitle: string;
}

/** A person's SharePoint login name from their UPN: `i:0#.f|membership|anna@contoso.se`. */
export const loginOf = (upn: string): string => `i:0#.f|membership|${upn.trim().toLowerCase()}`;

/** Login names look like `i:0#.f|membership|anna@contoso.se`; the UPN is the last part. */
function upnOf(entity: PickerEntity): string {
  const parts = entity.Key.split('|');
  return parts[parts.length - 1] || entity.EntityData?.Email || entity.Key;
}

export async function searchPeople(sp: SPFI, query: string, max = 10): Promise<PersonSuggestion[]> {
  if (query.trim().length < 2) return [];
  const entities = (await sp.profiles.clientPeoplePickerSearchUser({
    QueryString: query.trim(), MaximumEntitySuggestions: max, PrincipalSource: 15, PrincipalType: PrincipalType.User,
    AllowEmailAddresses: false, AllowMultipleEntities: false, AllUrlZones: false
  })) as unknown as PickerEntity[];
  return entities.map((e) => ({
    upn: upnOf(e), objectId: e.EntityData?.ObjectId ?? '', displayName: e.DisplayText, jobTitle: e.EntityData?.Title ?? ''
  }));
}
