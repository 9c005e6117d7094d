/**
 * What the data layer's callers need to tell apart when SharePoint refuses a request: someone else
 * changed the item (412), a unique key already exists, or a query hit the list view threshold.
 */

/** Someone changed the item after it was read; the caller must show both versions, never overwrite. */
export class ConcurrencyError extends Error {
  public constructor(public readonly listTitle: string, public readonly itemId: number) {
    super(`Item ${itemId} in ${listTitle} was changed by someone else after it was read.`);
    this.name = 'ConcurrencyError';
  }
}

/** A value in a unique column (a natural key) already exists. */
export class DuplicateKeyError extends Error {
  public constructor(public readonly listTitle: string, public readonly key: string) {
    super(`An item with key ${key} already exists in ${listTitle}.`);
    this.name = 'DuplicateKeyError';
  }
}

interface HttpLikeError {
  status?: number;
  message?: string;
}

function asHttp(error: unknown): HttpLikeError {
  return typeof error === 'object' && error !== null ? (error as HttpLikeError) : {};
}

export function isPreconditionFailed(error: unknown): boolean {
  return asHttp(error).status === 412;
}

export function isDuplicateValue(error: unknown): boolean {
  return String(asHttp(error).message ?? '').includes('SPDuplicateValuesFoundException');
}

export function isThresholdExceeded(error: unknown): boolean {
  return String(asHttp(error).message ?? '').includes('SPQueryThrottledException');
}

export function isNotFound(error: unknown): boolean {
  return asHttp(error).status === 404;
}
