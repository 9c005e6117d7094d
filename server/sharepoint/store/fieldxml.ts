/**
 * `fields/createfieldasxml`: reads the `<Field …/>` schema XML into a creation body.
 *
 * SharePoint names the new field from DisplayName unless the caller passes
 * `Options` with AddFieldInternalNameHint (8), in which case Name is used; this well-known
 * behaviour of AddFieldAsXml is reproduced so provisioning code meets the same surprise here
 * as on a tenant.
 */
import { Errors } from '../errors';
import { JsonObject } from '../types';
import { typeFromName } from './fieldtypes';

const ADD_FIELD_INTERNAL_NAME_HINT = 8;

function decodeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) out.set(m[1].toLowerCase(), decodeXml(m[3] ?? m[4] ?? ''));
  return out;
}

const isTrue = (v: string | undefined): boolean => v !== undefined && /^(true|1)$/i.test(v);

export interface XmlFieldSpec {
  /** The name the internal name is derived from. */
  nameSource: string;
  body: JsonObject;
}

export function parseFieldXml(xml: string, options: number): XmlFieldSpec {
  const open = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) throw Errors.badQuery('The SchemaXml does not contain a <Field> element.');
  const a = attributes(open[1]);
  const typeName = a.get('type');
  if (!typeName) throw Errors.badQuery('The <Field> element has no Type attribute.');
  const type = typeFromName(typeName);
  const name = a.get('name') ?? a.get('staticname');
  const display = a.get('displayname');
  const nameSource = (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0 ? (name ?? display) : (display ?? name);
  if (!nameSource) throw Errors.badQuery('The <Field> element needs a Name or DisplayName.');

  const body: JsonObject = {
    TypeAsString: type,
    Title: display ?? name ?? nameSource,
  };
  const mult = isTrue(a.get('mult'));
  if (mult || type === 'UserMulti' || type === 'LookupMulti') body.AllowMultipleValues = true;
  if (a.has('indexed')) body.Indexed = isTrue(a.get('indexed'));
  if (a.has('enforceuniquevalues')) body.EnforceUniqueValues = isTrue(a.get('enforceuniquevalues'));
  if (a.has('required')) body.Required = isTrue(a.get('required'));
  if (a.has('hidden')) body.Hidden = isTrue(a.get('hidden'));
  if (a.has('fillinchoice')) body.FillInChoice = isTrue(a.get('fillinchoice'));
  if (a.has('description')) body.Description = a.get('description') ?? '';
  if (a.has('group')) body.Group = a.get('group') ?? '';
  if (a.has('maxlength')) body.MaxLength = Number(a.get('maxlength'));
  if (a.has('staticname')) body.StaticName = a.get('staticname') ?? '';
  if (a.has('list')) body.LookupListId = (a.get('list') ?? '').replace(/[{}]/g, '');
  if (a.has('showfield')) body.LookupFieldName = a.get('showfield') ?? 'Title';
  if (type === 'DateTime') body.DisplayFormat = /datetime/i.test(a.get('format') ?? '') ? 1 : 0;
  const usm = a.get('userselectionmode');
  if (usm !== undefined) body.SelectionMode = /^(1|PeopleAndGroups)$/i.test(usm) ? 1 : 0;

  const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => decodeXml(m[1]));
  if (choices.length > 0) body.Choices = choices;
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  if (def) body.DefaultValue = decodeXml(def[1]);
  return { nameSource, body };
}
