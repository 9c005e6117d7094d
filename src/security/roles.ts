/**
 * The product's roles as SharePoint sees them (SECURITY.md): a SharePoint group per role, one permission level
 * of the product's own, and what each group may do on each list. Provisioning (sitePermissions.ts) makes the
 * site say exactly this; nothing else decides who may change what.
 */
import { ListName, schema } from '../model/schema';

/** The product's groups. The area groups (one per security area) are named by `areaGroupTitle`. */
export const PRODUCT_GROUPS = {
  coordinators: {
    title: 'Internkontroll – samordnare',
    description: 'Samordnar uppföljningen: ändrar planer, risker, åtgärder, roller och inställningar, och publicerar nämndhandlingar.'
  },
  reporters: {
    title: 'Internkontroll – rapportörer',
    description: 'Ansvariga och ersättare för åtgärder, aktiviteter och indikatorer. Uppdateras av Internkontroll 365 från rollerna.'
  },
  boardSecretaries: {
    title: 'Internkontroll – nämndsekreterare',
    description: 'Läser planer och publicerade nämndhandlingar.'
  },
  entitled: {
    title: 'Internkontroll – sekretessbehöriga',
    description: 'Får läsa risker och åtgärder som omfattas av sekretess.'
  }
} as const;
export type ProductGroup = keyof typeof PRODUCT_GROUPS;

/** The group of a security area's owner: it alone (with the coordinators) may change the area's chapter. */
export const areaGroupTitle = (areaTitle: string): string => `Internkontroll – område: ${areaTitle}`.slice(0, 255);

/**
 * The permission level responsible people report with: view, add, and change (only their own items, through
 * the list's WriteSecurity); no delete. SharePoint's kinds, as numbers (the bit is kind − 1).
 */
export const ADD_OWN_LEVEL = {
  name: 'Internkontroll – lägga till',
  description: 'Visa och lägga till objekt, ändra egna. Får inte ta bort.',
  kinds: [
    1 /* ViewListItems */, 2 /* AddListItems */, 3 /* EditListItems */, 6 /* OpenItems */, 7 /* ViewVersions */, 13 /* ViewFormPages */,
    17 /* Open */, 18 /* ViewPages */, 28 /* BrowseUserInfo */, 38 /* UseRemoteAPIs */, 37 /* UseClientIntegration */
  ]
} as const;

/** The level's mask as SharePoint's `{ High, Low }`. */
export function levelMask(kinds: readonly number[]): { High: number; Low: number } {
  let high = 0;
  let low = 0;
  for (const kind of kinds) {
    if (kind <= 32) low = (low | (1 << (kind - 1))) >>> 0;
    else high = (high | (1 << (kind - 33))) >>> 0;
  }
  return { High: high, Low: low };
}

/** What a principal may do on a list: SharePoint's Full Control or Read, or the product's own level. */
export type Access = 'fullControl' | 'addOwn' | 'read';

/**
 * Who gets what on each list. `readers` are the site's own Members and Visitors groups: who may read the site
 * is the customer's decision, and they read the plans. The site's Owners group keeps Full Control everywhere.
 */
export interface ListAccess {
  coordinators: Access;
  reporters?: Access;
  boardSecretaries?: Access;
  readers?: Access;
  /** `WriteSecurity` 2: items can be changed only by whoever created them (and by the coordinators). */
  ownItemsOnly?: boolean;
}

const plainRead: ListAccess = { coordinators: 'fullControl', reporters: 'read', boardSecretaries: 'read', readers: 'read' };

export const LIST_ACCESS: Record<ListName, ListAccess> = {
  orgUnits: plainRead,
  categories: plainRead,
  roles: plainRead,
  plans: plainRead,
  items: plainRead,
  measures: plainRead,
  periods: plainRead,
  // Reports and indicator values: added by the responsible, changed only by their author, never deleted by them.
  statusReports: { coordinators: 'fullControl', reporters: 'addOwn', boardSecretaries: 'read', readers: 'read', ownItemsOnly: true },
  securityAreas: plainRead,
  // A chapter is changed by its area's group, through the chapter's own permissions.
  chapters: plainRead,
  links: plainRead,
  answerIndex: plainRead,
  // Who was reminded of what, and when: personal data the coordinators need, nobody else.
  reminderLedger: { coordinators: 'fullControl' },
  settings: plainRead,
  cases: plainRead,
  boardSnapshots: plainRead,
  boardDocuments: plainRead
};

/** Every list of the schema with its access, in the schema's order. */
export function listAccessEntries(): Array<{ name: ListName; title: string; access: ListAccess }> {
  return (Object.keys(schema) as ListName[]).map((name) => ({ name, title: schema[name].title, access: LIST_ACCESS[name] }));
}
