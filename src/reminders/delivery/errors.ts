/**
 * How a failed Graph call counts for a reminder: Teams cannot reach this person (403/404: the notifier app
 * is not installed, the user has no Teams licence or is blocked) so mail should be tried; a request Graph
 * will never accept (400, 409); or a passing failure (throttling that outlasted the Graph client's
 * retries, 5xx, network) that the next run retries.
 */

export interface DeliveryFailure {
  /** HTTP status, or -1 when there was no response. */
  status: number;
  /** Teams refused the recipient for good: fall back to e-mail. */
  teamsUnreachable: boolean;
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

const TEAMS_UNREACHABLE = [403, 404];
const NEVER_ACCEPTED = [400, 405, 409, 413];

export function classifyFailure(error: unknown): DeliveryFailure {
  const e: GraphErrorLike = typeof error === 'object' && error !== null ? (error as GraphErrorLike) : {};
  const status = typeof e.statusCode === 'number' ? e.statusCode : -1;
  const code = typeof e.code === 'string' && e.code !== '' ? ` ${e.code}` : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  const teamsUnreachable = TEAMS_UNREACHABLE.indexOf(status) >= 0;
  return {
    status,
    teamsUnreachable,
    permanent: teamsUnreachable || NEVER_ACCEPTED.indexOf(status) >= 0,
    text: status === -1 ? message : `${status}${code}: ${message}`
  };
}
