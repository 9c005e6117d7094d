/**
 * The emulator's view of the directory: look people up by id or UPN (case-insensitively, as Entra ID does),
 * decide who "me" is, and render a person as a Graph `user` resource.
 */
import type { User } from '@microsoft/microsoft-graph-types';
import type { DirectoryPerson } from '../directory/types';
import { GraphHttpError, notFound } from './errors';
import type { GraphCall } from './types';

/** The properties Graph returns for a user when no $select is given (graph-wire §3), in Graph's order. */
export const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

/** Every user property the emulator can $select or $filter on, by lower-cased name → canonical name. */
export const USER_PROPERTIES = new Map(
  [
    ...DEFAULT_USER_PROPERTIES,
    'department',
    'accountEnabled',
    'mailNickname',
    'userType',
    'companyName',
    'usageLocation',
    'country',
    'city',
    'employeeId',
  ].map((name) => [name.toLowerCase(), name]),
);

/** The Graph JSON of a person with every property the emulator models (`accountEnabled` from People's disabled set). */
export function toGraphUser(p: DirectoryPerson, accountEnabled = true): User & Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: p.displayName,
    givenName: p.givenName,
    jobTitle: p.jobTitle,
    mail: p.mail,
    mobilePhone: null,
    officeLocation: p.officeLocation,
    preferredLanguage: p.preferredLanguage,
    surname: p.surname,
    userPrincipalName: p.userPrincipalName,
    id: p.id,
    department: p.department,
    accountEnabled,
    mailNickname: p.userPrincipalName.split('@')[0],
    userType: 'Member',
    companyName: 'Region Norrvik',
    usageLocation: 'SE',
    country: 'Sverige',
    city: null,
    employeeId: null,
  };
}

/** Keeps only the given properties (canonical names), in the order asked for. */
export function selectProperties(user: Record<string, unknown>, select: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of select) out[name] = user[name] ?? null;
  return out;
}

export class People {
  private readonly byKey = new Map<string, DirectoryPerson>();
  /** Ids of accounts an administrator has disabled (`/_emulator/disabled-accounts`); everyone else is enabled. */
  private readonly disabled = new Set<string>();

  constructor(readonly all: readonly DirectoryPerson[]) {
    for (const p of all) {
      this.byKey.set(p.id.toLowerCase(), p);
      this.byKey.set(p.userPrincipalName.toLowerCase(), p);
    }
  }

  find(idOrUpn: string): DirectoryPerson | undefined {
    return this.byKey.get(idOrUpn.trim().toLowerCase());
  }

  /** Like find, but a miss is Graph's 404 for the resource. */
  get(idOrUpn: string): DirectoryPerson {
    const p = this.find(idOrUpn);
    if (!p) throw notFound(idOrUpn);
    return p;
  }

  /** Disables exactly these accounts (by id or UPN; unknown ones are ignored), enabling every other. */
  setDisabled(idsOrUpns: readonly string[]): void {
    this.disabled.clear();
    for (const key of idsOrUpns) {
      const p = this.find(key);
      if (p) this.disabled.add(p.id);
    }
  }

  disabledUpns(): string[] {
    return this.all.filter((p) => this.disabled.has(p.id)).map((p) => p.userPrincipalName);
  }

  /** The person as a Graph user, with whether the account is enabled. */
  user(p: DirectoryPerson): User & Record<string, unknown> {
    return toGraphUser(p, !this.disabled.has(p.id));
  }

  /** Finds a person by mail address (for mail recipients), case-insensitively. */
  findByMail(address: string): DirectoryPerson | undefined {
    const a = address.trim().toLowerCase();
    return this.find(a) ?? this.all.find((p) => p.mail.toLowerCase() === a);
  }
}

/** Reads one cookie from a Cookie header, URL-decoded. */
function cookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * Who is signed in: the `X-Emulator-User` header (set by tests and the Node service), else the
 * `emulator-user` cookie (set by the workbench's person switch), else the configured default user.
 * An unknown identity is treated like a bad token, as Graph would.
 */
export function currentUser(call: GraphCall, people: People, defaultUser: string): DirectoryPerson {
  const who = call.headers['x-emulator-user'] || cookie(call.headers.cookie, 'emulator-user') || defaultUser;
  const p = people.find(who);
  if (!p) throw new GraphHttpError(401, 'InvalidAuthenticationToken', `Access token validation failure: unknown user '${who}'.`);
  return p;
}
