/**
 * The Graph permissions the emulated tenant has granted: by default every permission the product asks for
 * (SECURITY.md), so the product works as it does in a tenant where an administrator consented. A test (or a
 * person trying the workbench) takes some away through `PUT /_emulator/permissions {"missing": ["Chat.Create"]}`,
 * and the calls that need them are refused with the 403 Graph answers for a missing permission (graph-wire §4, §7):
 * - Teams (application): `Forbidden` "Missing role permissions on the request. API requires one of '…'. Roles on the request '…'.";
 * - Teams (delegated, the service account): `Forbidden` "Missing scope permissions on the request. API requires one of '…'. Scopes on the request '…'";
 * - the directory: `Authorization_RequestDenied` "Insufficient privileges to complete the operation.";
 * - mail (Exchange): `ErrorAccessDenied` "Access is denied. Check credentials and try again." (no innerError; not in
 *   graph-wire: the shape reported for sendMail without Mail.Send, or outside an application access policy).
 * A call accepted by any one of its listed permissions passes while that one is granted. Routes not listed need none here.
 */
import { GraphHttpError } from './errors';

type Kind = 'role' | 'scope' | 'directory' | 'exchange';

interface Requirement {
  accepted: readonly string[];
  kind: Kind;
}

/** The product's permissions (reminder app: application; service account: delegated), granted unless taken away. */
export const PRODUCT_PERMISSIONS = {
  application: ['User.Read.All', 'TeamsActivity.Send', 'Mail.Send'],
  delegated: ['User.Read', 'Chat.Create', 'ChatMessage.Send', 'ChatMessage.Read']
} as const;

const CHAT_READ = ['ChatMessage.Read', 'Chat.Read', 'Chat.ReadWrite'];
const DIRECTORY = ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'];

/** What each route needs, by `METHOD pattern` as in routes.ts. */
const REQUIREMENTS: Record<string, Requirement> = {
  'GET users': { accepted: DIRECTORY, kind: 'directory' },
  'GET users/$count': { accepted: DIRECTORY, kind: 'directory' },
  'GET users/:id': { accepted: DIRECTORY, kind: 'directory' },
  'GET users/:id/manager': { accepted: DIRECTORY, kind: 'directory' },
  'POST users/:id/sendMail': { accepted: ['Mail.Send'], kind: 'exchange' },
  'POST users/:id/teamwork/sendActivityNotification': { accepted: ['TeamsActivity.Send'], kind: 'role' },
  'POST chats': { accepted: ['Chat.Create', 'Chat.ReadWrite'], kind: 'scope' },
  'POST chats/:id/messages': { accepted: ['ChatMessage.Send', 'Chat.ReadWrite'], kind: 'scope' },
  'GET chats/:id/messages': { accepted: CHAT_READ, kind: 'scope' },
  'GET chats/:id/messages/:messageId': { accepted: CHAT_READ, kind: 'scope' }
};

/** `/me` is the signed-in user reading themself: User.Read, whatever the directory permissions. */
const SIGNED_IN_SELF: Requirement = { accepted: ['User.Read'], kind: 'scope' };

export class Permissions {
  private readonly missing = new Map<string, string>();

  /** Takes these permissions away (case-insensitive); an empty list grants everything the product asks for again. */
  setMissing(permissions: readonly string[]): void {
    this.missing.clear();
    for (const p of permissions) this.missing.set(p.trim().toLowerCase(), p.trim());
  }

  missingList(): string[] {
    return [...this.missing.values()];
  }

  granted(kind: 'application' | 'delegated'): string[] {
    return PRODUCT_PERMISSIONS[kind].filter((p) => !this.missing.has(p.toLowerCase()));
  }

  private has(permission: string): boolean {
    const all: readonly string[] = [...PRODUCT_PERMISSIONS.application, ...PRODUCT_PERMISSIONS.delegated];
    return all.some((p) => p.toLowerCase() === permission.toLowerCase()) && !this.missing.has(permission.toLowerCase());
  }

  /** Refuses the call as Graph does when none of the permissions its route accepts is granted. */
  check(route: string, viaMe: boolean): void {
    const requirement = viaMe && route.startsWith('GET users/:id') ? SIGNED_IN_SELF : REQUIREMENTS[route];
    if (!requirement || requirement.accepted.some((p) => this.has(p))) return;
    throw refusal(requirement, this);
  }
}

function refusal(requirement: Requirement, permissions: Permissions): GraphHttpError {
  const wanted = requirement.accepted.join(', ');
  switch (requirement.kind) {
    case 'directory':
      return new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    case 'exchange':
      return new GraphHttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.', { noInnerError: true });
    case 'role':
      return new GraphHttpError(403, 'Forbidden',
        `Missing role permissions on the request. API requires one of '${wanted}'. Roles on the request '${permissions.granted('application').join(', ')}'.`);
    case 'scope':
      return new GraphHttpError(403, 'Forbidden',
        `Missing scope permissions on the request. API requires one of '${wanted}'. Scopes on the request '${permissions.granted('delegated').join(', ')}'`);
  }
}
