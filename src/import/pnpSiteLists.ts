/**
 * The site's lists through PnPjs, for onboarding: the SPFI the Store was created with (SPFx in
 * SharePoint, the local client elsewhere). Lists are filtered to visible generic lists that are not the
 * product's; items are paged at ≤ 5,000 in ID order (always allowed, also past the list view threshold),
 * with every column read by its REST property name and person columns expanded.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import { odataString } from '../data/query';
import { cellOf, GENERIC_LIST_TEMPLATE, importableFields, isProductList, itemQuery, RawField, SiteField, SiteList, SiteListRow, SiteListRows,
  SiteListSource } from './siteLists';

const PAGE = 5000;

interface RawList {
  Id: string;
  Title: string;
  ItemCount: number;
  Hidden: boolean;
  BaseTemplate: number;
}

function importable(list: RawList): boolean {
  return list.Hidden !== true && list.BaseTemplate === GENERIC_LIST_TEMPLATE && !isProductList(list.Title);
}

function toList(list: RawList): SiteList {
  return { id: list.Id, title: list.Title, itemCount: list.ItemCount };
}

export function createSiteListSource(sp: SPFI): SiteListSource {
  const LIST_PROPS = ['Id', 'Title', 'ItemCount', 'Hidden', 'BaseTemplate'];
  return {
    async lists(): Promise<SiteList[]> {
      const lists = await sp.web.lists.select(...LIST_PROPS).filter(`Hidden eq false and BaseTemplate eq ${GENERIC_LIST_TEMPLATE}`)<RawList[]>();
      return lists.filter(importable).map(toList).sort((a, b) => a.title.localeCompare(b.title, 'sv'));
    },
    async findList(title: string): Promise<SiteList | null> {
      const found = await sp.web.lists.select(...LIST_PROPS).filter(`Title eq ${odataString(title.trim())}`)<RawList[]>();
      const list = found.find((l) => l.Title.toLowerCase() === title.trim().toLowerCase()) ?? found[0];
      return list && importable(list) ? toList(list) : null;
    },
    async fields(listId: string): Promise<SiteField[]> {
      const raw = await sp.web.lists.getById(listId).fields<RawField[]>();
      return importableFields(raw);
    },
    async rows(listId: string, fields: readonly SiteField[], maxRows: number): Promise<SiteListRows> {
      const { select, expand } = itemQuery(fields);
      const query = sp.web.lists.getById(listId).items.select(...select).expand(...expand).orderBy('Id', true).top(Math.min(PAGE, maxRows + 1));
      const rows: SiteListRow[] = [];
      for await (const page of query) {
        for (const item of page as Array<Record<string, unknown>>) {
          if (rows.length === maxRows) return { rows, tooMany: true };
          const cells: SiteListRow['cells'] = {};
          for (const f of fields) cells[f.internalName] = cellOf(f, item);
          rows.push({ id: Number(item.Id), cells });
        }
      }
      return { rows, tooMany: false };
    }
  };
}
