/**
 * Applies the schema to a SharePoint site through PnPjs, idempotently: a missing list is created, a
 * missing field added, a missing index or unique constraint switched on, a display name corrected;
 * anything already right is left alone, so a second run changes nothing.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { ChoiceFieldFormatType, DateTimeFieldFormatType, FieldUserSelectionMode, IFields } from '@pnp/sp/fields';
import { FieldDef, ListDef, fieldsOf, schema } from '../model/schema';
import { personColumns } from './itemMapping';
import { odataPathArgument } from './query';

export interface ProvisioningReport {
  listsCreated: string[];
  fieldsAdded: string[];
  fieldsChanged: string[];
}

/** A physical column: a schema field is one column, a person three (user, object id, UPN). */
interface ColumnSpec {
  internalName: string;
  displayName: string;
  indexed: boolean;
  unique: boolean;
  required: boolean;
  create: (fields: IFields) => Promise<unknown>;
}

interface ExistingField {
  InternalName: string;
  Title: string;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Required: boolean;
}

function columnsOf(def: FieldDef): ColumnSpec[] {
  if (def.kind === 'author') return []; // SharePoint's own Created By
  const base = { indexed: Boolean(def.indexed), unique: Boolean(def.unique), required: Boolean(def.required) };
  // Indexed and EnforceUniqueValues are set after creation, in that order, as SharePoint requires.
  const create = (fields: IFields): Promise<unknown> => {
    const name = def.internalName;
    const common = { Required: Boolean(def.required) };
    switch (def.kind) {
      case 'text': return fields.addText(name, { ...common, MaxLength: 255 });
      case 'note':
      case 'keys':
      case 'json': return fields.addMultilineText(name, { ...common, NumberOfLines: 6, RichText: false, AppendOnly: false });
      case 'integer': return fields.addNumber(name, common);
      case 'number': return fields.addNumber(name, common);
      case 'dateOnly': return fields.addDateTime(name, { ...common, DisplayFormat: DateTimeFieldFormatType.DateOnly });
      case 'dateTime': return fields.addDateTime(name, { ...common, DisplayFormat: DateTimeFieldFormatType.DateTime });
      case 'choice': return fields.addChoice(name, { ...common, Choices: [...(def.choices ?? [])], EditFormat: ChoiceFieldFormatType.Dropdown, FillInChoice: false });
      case 'boolean': return fields.addBoolean(name, common);
      case 'user': return fields.addUser(name, { ...common, SelectionMode: FieldUserSelectionMode.PeopleOnly });
      case 'author': throw new Error('SharePoint keeps Created By itself');
    }
  };
  if (def.kind !== 'user') return [{ internalName: def.internalName, displayName: def.displayName, ...base, create }];
  const c = personColumns(def);
  return [
    { internalName: c.user, displayName: def.displayName, ...base, indexed: false, create },
    { internalName: c.objectId, displayName: `${def.displayName} (objekt-id)`, indexed: false, unique: false, required: false,
      create: (fields) => fields.addText(c.objectId, { MaxLength: 64 }) },
    { internalName: c.upn, displayName: `${def.displayName} (UPN)`, indexed: true, unique: false, required: false,
      create: (fields) => fields.addText(c.upn, { MaxLength: 255 }) }
  ];
}

/**
 * Creates the list (or library) if it is missing; true when it was created. A list whose title is not
 * plain ASCII is created under its URL name and then given its title, so that its URL stays readable.
 */
async function ensureList<T>(sp: SPFI, def: ListDef<T>): Promise<boolean> {
  const template = def.library ? 101 : 100;
  if (!def.urlName) return (await sp.web.lists.ensure(def.title, def.description, template, false)).created;
  try {
    await sp.web.lists.getByTitle(def.title).select('Id')();
    return false;
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
  const byUrl = await sp.web.lists.ensure(def.urlName, def.description, template, false);
  await sp.web.lists.getByTitle(def.urlName).update({ Title: def.title });
  return byUrl.created;
}

async function provisionList<T>(sp: SPFI, def: ListDef<T>, report: ProvisioningReport): Promise<void> {
  if (await ensureList(sp, def)) report.listsCreated.push(def.title);
  const fields = sp.web.lists.getByTitle(def.title).fields;
  const existing = await fields.select('InternalName', 'Title', 'Indexed', 'EnforceUniqueValues', 'Required')<ExistingField[]>();
  const byName = new Map(existing.map((f) => [f.InternalName.toLowerCase(), f]));
  for (const [, fieldDef] of fieldsOf(def)) {
    for (const column of columnsOf(fieldDef)) {
      const id = `${def.title}.${column.internalName}`;
      let current = byName.get(column.internalName.toLowerCase());
      if (!current) {
        await column.create(fields);
        report.fieldsAdded.push(id);
        current = { InternalName: column.internalName, Title: column.internalName, Indexed: false, EnforceUniqueValues: false, Required: column.required };
      }
      const field = fields.getByInternalNameOrTitle(odataPathArgument(column.internalName));
      const changes: Record<string, unknown> = {};
      if (current.Title !== column.displayName) changes.Title = column.displayName;
      // Both ways: a column the schema made optional (IkStatus, once indicators answer with values) is relaxed.
      if (column.required !== Boolean(current.Required)) changes.Required = column.required;
      if (column.indexed && !current.Indexed) await field.update({ Indexed: true });
      if (column.unique && !current.EnforceUniqueValues) changes.EnforceUniqueValues = true;
      if (Object.keys(changes).length) await field.update(changes);
      if (Object.keys(changes).length || (column.indexed && !current.Indexed)) report.fieldsChanged.push(id);
    }
  }
}

/** Provisions every list of the schema (or the given ones). Safe to run any number of times. */
export async function provision(sp: SPFI, lists: ReadonlyArray<ListDef<unknown>> = Object.values(schema) as ReadonlyArray<ListDef<unknown>>):
  Promise<ProvisioningReport> {
  const report: ProvisioningReport = { listsCreated: [], fieldsAdded: [], fieldsChanged: [] };
  for (const list of lists) await provisionList(sp, list, report);
  return report;
}
