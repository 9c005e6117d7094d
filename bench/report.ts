/**
 * The bench's printed table: each figure with its goal (issue 9) and whether it is met. Figures, not
 * assertions: nothing here fails the run.
 */

export interface Row {
  name: string;
  value: string;
  goal?: string;
  met?: boolean | null;
}

export function table(rows: readonly Row[]): string {
  const width = (pick: (r: Row) => string): number => Math.max(...rows.map((r) => pick(r).length));
  const nameWidth = width((r) => r.name);
  const valueWidth = width((r) => r.value);
  const goalWidth = width((r) => r.goal ?? '');
  return rows.map((r) => {
    const verdict = r.met === undefined || r.met === null ? '' : r.met ? 'met' : 'NOT met';
    return `  ${r.name.padEnd(nameWidth)}  ${r.value.padStart(valueWidth)}  ${(r.goal ?? '').padEnd(goalWidth)}  ${verdict}`.trimEnd();
  }).join('\n');
}

/** KB as the README and the package test count them: 1,000 bytes. */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
