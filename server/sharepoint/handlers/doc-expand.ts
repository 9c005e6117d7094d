/**
 * `$expand=ListItemAllFields` on a file or folder (`files.select('Name','ListItemAllFields/Id')
 * .expand('ListItemAllFields')`): the item nested in the answer, `ListItemAllFields/X` as its
 * `$select`; the other selected names pick from the file's or folder's own properties.
 */
import { Ctx } from '../context';
import { Errors } from '../errors';
import { NestedEntity, Props } from '../odata/format';
import { ItemRecord } from '../store/model';
import { ListState } from '../store/site';
import { pick } from './doc-shape';
import { buildSelectPlan, itemMeta, itemProps } from './item-shape';

/** The file's list item as an expanded `ListItemAllFields` (sub-selects allowed). */
export function itemEntity(ctx: Ctx, list: ListState, item: ItemRecord, subs: string[] | null): NestedEntity {
  const plan = buildSelectPlan(list, subs, []);
  return new NestedEntity(itemMeta(ctx, list, item), itemProps(ctx, list, item, plan));
}

/** `ListItemAllFields` when `$expand`ed, with `ListItemAllFields/X` sub-selects split off. */
export function withExpandedItem(ctx: Ctx, list: ListState, item: ItemRecord | null, bag: { defaults: Props; extras: Props }): Props {
  const expand = ctx.query.expand.some((e) => e.toLowerCase() === 'listitemallfields');
  const select = ctx.query.select;
  const subs = (select ?? []).filter((s) => s.toLowerCase().startsWith('listitemallfields/')).map((s) => s.slice('listitemallfields/'.length));
  if (subs.length > 0 && !expand) throw Errors.selectNeedsExpand(`ListItemAllFields/${subs[0]}`, 'ListItemAllFields');
  const plain = select === null ? null : select.filter((s) => !s.toLowerCase().startsWith('listitemallfields'));
  const props = plain !== null && plain.length === 0 ? {} : pick(bag.defaults, bag.extras, plain);
  if (expand) props.ListItemAllFields = item ? itemEntity(ctx, list, item, subs.length > 0 ? subs : null) : null;
  return props;
}
