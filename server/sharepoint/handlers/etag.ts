/**
 * `IF-Match` checks for MERGE/DELETE (README §2b): `*` always matches; `"3"`, `3`, `W/"3"` and
 * `"<guid>,3"` match version 3; anything else (including a missing header) is a 412.
 */
import { Errors } from '../errors';

export function checkIfMatch(header: string | undefined, current: number): void {
  const h = (header ?? '').trim();
  if (h === '*') return;
  const m = /(\d+)"?\s*$/.exec(h);
  if (!m || Number(m[1]) !== current) throw Errors.etagMismatch(h, current);
}
