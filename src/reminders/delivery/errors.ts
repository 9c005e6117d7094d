/**
 * How a failed Graph call counts for a reminder:
 * - the service lacks a Graph permission (403 "Missing role/scope permissions", "Insufficient privileges",
 *   Exchange's "Access is denied"): a configuration problem, not the person's; the channel stops for the run
 *   and nothing falls back to e-mail, so the reminders wait in the ledger until an administrator has consented;
 * - Teams cannot reach this person (any other 403, or 404: the notifier app is not installed, the user has no
 *   Teams licence or is blocked): mail should be tried;
 * - a request Graph will never accept (400, 409);
 * - the request that sends the message got no answer, or a gateway timeout: it may have been delivered, so it is
 *   in doubt and the ledger decides (sendOnce.ts), never a blind resend;
 * - any other passing failure (throttling past the retry bound, 5xx, network before the message went) that the
 *   next run retries.
 */
export interface DeliveryFailure {
  /** HTTP status, or -1 when there was no response. */
  status: number;
  /** Graph's error code, '' when none. */
  code: string;
  /** The permission the refused call needed, when Graph refused it for lack of one. */
  missingPermission: string | null;
  /** Teams refused the recipient for good: fall back to e-mail. */
  teamsUnreachable: boolean;
  /** The message may have been delivered although no success came back. */
  inDoubt: boolean;
  /** Retrying later will not help. */
  permanent: boolean;
  /** "403 Forbidden: …", for logs and the run report. */
  text: string;
}

interface GraphErrorLike {
  statusCode?: unknown;
  code?: unknown;
  message?: unknown;
}

/**
 * A failed Graph call of a channel, with the permission it needs and whether it was the call that delivers:
 * only the channel knows either (POST /chats needs Chat.Create, the message that follows ChatMessage.Send).
 */
export class GraphCallError extends Error {
  public constructor(public readonly cause: unknown, public readonly permission: string, public readonly delivers: boolean) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'GraphCallError';
  }
}

/** Runs one Graph call of a channel; a failure carries the permission the call needs and whether it delivers. */
export async function graphCall<T>(permission: string, call: () => Promise<T>, delivers = false): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new GraphCallError(error, permission, delivers);
  }
}

const TEAMS_UNREACHABLE = [403, 404];
const NEVER_ACCEPTED = [400, 405, 409, 413];
/** Codes Graph and Exchange answer when the app or account lacks the permission (graph-wire §4, §7). */
const PERMISSION_CODES = ['authorization_requestdenied', 'erroraccessdenied'];
const PERMISSION_MESSAGES = /missing (role|scope|application) permissions|insufficient privileges|access is denied\. check credentials/i;

/** Whether a 403 says the caller lacks a permission, rather than that the person cannot be reached. */
export function isMissingPermission(status: number, code: string, message: string): boolean {
  return status === 403 && (PERMISSION_CODES.includes(code.toLowerCase()) || PERMISSION_MESSAGES.test(message));
}

/** "API requires one of 'Chat.Create, Chat.ReadWrite'": the first permission Graph names, if it names any. */
export function permissionNamed(message: string): string | null {
  const listed = /requires one of '([^']+)'/i.exec(message);
  return listed ? listed[1].split(',')[0].trim() || null : null;
}

export function classifyFailure(error: unknown): DeliveryFailure {
  const call = error instanceof GraphCallError ? error : null;
  const cause = call ? call.cause : error;
  const e: GraphErrorLike = typeof cause === 'object' && cause !== null ? (cause as GraphErrorLike) : {};
  const status = typeof e.statusCode === 'number' ? e.statusCode : -1;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(cause);
  const missing = isMissingPermission(status, code, message) ? call?.permission ?? permissionNamed(message) ?? 'unknown' : null;
  const teamsUnreachable = missing === null && TEAMS_UNREACHABLE.indexOf(status) >= 0;
  return {
    status,
    code,
    missingPermission: missing,
    teamsUnreachable,
    inDoubt: call !== null && call.delivers && (status === -1 || status === 504),
    permanent: teamsUnreachable || NEVER_ACCEPTED.indexOf(status) >= 0,
    text: status === -1 ? message : `${status}${code !== '' ? ` ${code}` : ''}: ${message}`
  };
}

