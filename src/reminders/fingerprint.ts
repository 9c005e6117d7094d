/**
 * Short, stable fingerprints of text (FNV-1a, 32 bits, under two offsets): the key of a day's problem digest in the
 * ledger, and the `chainId` that makes Teams replace an activity notification sent again rather than add a second.
 * Not for secrets; collisions between a handful of digests a day are out of reach at 64 bits.
 */

function fnv1a(text: string, offset: number): number {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const OFFSETS = [0x811c9dc5, 0x050c5d1f] as const;

/** 16 hex digits. */
export function fingerprint(text: string): string {
  return OFFSETS.map((o) => fnv1a(text, o).toString(16).padStart(8, '0')).join('');
}

/** A positive integer below 2^53 (a JSON number Graph reads as the Int64 `chainId`) for a set of keys in any order. */
export function chainIdOf(keys: readonly string[]): number {
  const text = [...keys].sort().join('\n');
  const high = fnv1a(text, OFFSETS[0]) & 0x1fffff;
  return high * 0x100000000 + fnv1a(text, OFFSETS[1]) || 1;
}
