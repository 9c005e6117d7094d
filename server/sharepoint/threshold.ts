/**
 * The list view threshold, as the emulator enforces it (SharePoint Online's limit is 5,000).
 *
 * The exact rule:
 *  1. `$top` above 5,000 is refused on every list, whatever its size (PnPjs pagers must page
 *     with top ≤ 5,000; SharePoint refuses larger pages once a list is big, and code that works
 *     only while a list is small is the bug this emulator exists to catch).
 *  2. Nothing else applies while the list holds 5,000 items or fewer.
 *  3. On a list with more than 5,000 items:
 *     a. `$orderby` may only name `ID` or indexed columns; any other sort key is refused, even
 *        when the filter is selective.
 *     b. A `$filter` is allowed only if it "narrows" through an index:
 *        - a single condition narrows when it is `eq`, `lt`, `le`, `gt` or `ge` (not `ne`, not
 *          `startswith`/`substringof`) on an indexed column (ID is always indexed; `PlanId`,
 *          `Plan/Id`, `ResponsibleId` count as the lookup/person column itself; projections such
 *          as `Plan/Title` or `Responsible/EMail` never do) and that condition alone matches at
 *          most 5,000 items;
 *        - an AND chain narrows when its first (leftmost) operand narrows;
 *        - an OR narrows when every one of its branches narrows;
 *        - `not (…)` never narrows.
 *     c. No filter and only ID/indexed ordering (plain paging in ID order) is allowed.
 *  Refusals are HTTP 500 `-2147024860, Microsoft.SharePoint.SPQueryThrottledException`
 *  (README §2a).
 */
import { Errors } from './errors';
import { Compiled } from './odata/filter';

export const LIST_VIEW_THRESHOLD = 5000;
export const MAX_TOP = 5000;

export interface OrderAccessor {
  name: string;
  indexed: boolean;
}

/** How many rows a leaf matches, when an index can say so without a scan (an equality on an indexed column). */
export type LeafCount<R> = (leaf: Extract<Compiled<R>, { kind: 'leaf' }>) => number | null;

function narrows<R>(node: Compiled<R>, rows: Iterable<R>, countOf?: LeafCount<R>): boolean {
  switch (node.kind) {
    case 'and':
      return narrows(node.items[0], rows, countOf);
    case 'or':
      return node.items.every((n) => narrows(n, rows, countOf));
    case 'not':
      return false;
    case 'leaf': {
      if (node.op === 'func' || node.op === 'ne' || !node.accessor.indexed) return false;
      const known = countOf?.(node);
      if (known !== undefined && known !== null) return known <= LIST_VIEW_THRESHOLD;
      let count = 0;
      for (const r of rows) {
        if (node.test(r) && ++count > LIST_VIEW_THRESHOLD) return false;
      }
      return true;
    }
  }
}

export function checkTop(top: number): void {
  if (top > MAX_TOP) throw Errors.threshold();
}

export function checkThreshold<R>(size: number, rows: Iterable<R>, filter: Compiled<R> | null, order: OrderAccessor[], countOf?: LeafCount<R>): void {
  if (size <= LIST_VIEW_THRESHOLD) return;
  if (order.some((o) => !o.indexed)) throw Errors.threshold();
  if (filter && !narrows(filter, rows, countOf)) throw Errors.threshold();
}
