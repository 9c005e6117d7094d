/**
 * A list of the site read as a plan: which columns are read and by which REST property (`OData__x00c5_…`
 * for internal names starting with `_`), how REST values become cells (people, choices, dates, rich
 * text), the proposed field of a choice column by its values and of a person column, the user's choices,
 * messages that name the item's ID, and a list with no recognisable plan refused.
 */
import { ListData, parseListData } from '../importList';
import { cellOf, importableFields, itemQuery, proposedByContent, RawField, SiteField } from '../siteLists';
import { ImportRisk } from '../types';

const RAW_FIELDS: RawField[] = [
  { Title: 'ID', InternalName: 'ID', TypeAsString: 'Counter', Hidden: false, ReadOnlyField: true },
  { Title: 'Riskbeskrivning', InternalName: 'Title', TypeAsString: 'Text', Hidden: false, ReadOnlyField: false },
  { Title: 'Åtgärd', InternalName: '_x00c5_tg_x00e4_rd', EntityPropertyName: 'OData__x00c5_tg_x00e4_rd', TypeAsString: 'Note', Hidden: false, ReadOnlyField: false },
  { Title: 'Riskägare', InternalName: 'Risk_x00e4_gare', TypeAsString: 'User', Hidden: false, ReadOnlyField: false },
  { Title: 'Läge', InternalName: 'L_x00e4_ge', TypeAsString: 'Choice', Choices: ['Grön', 'Gul', 'Röd'], Hidden: false, ReadOnlyField: false },
  { Title: 'Behandling', InternalName: 'Behandling', TypeAsString: 'Choice', Choices: { results: ['Behålla', 'Begränsa', 'Eliminera'] } as unknown,
    Hidden: false, ReadOnlyField: false },
  { Title: 'Klart', InternalName: 'Klart', TypeAsString: 'DateTime', Hidden: false, ReadOnlyField: false },
  { Title: 'Modified', InternalName: 'Modified', TypeAsString: 'DateTime', Hidden: false, ReadOnlyField: true },
  { Title: 'Content Type', InternalName: 'ContentType', TypeAsString: 'Computed', Hidden: false, ReadOnlyField: true },
  { Title: 'Hemlig', InternalName: 'Hemlig', TypeAsString: 'Text', Hidden: true, ReadOnlyField: false }
];

const anna = { 'odata.type': 'SP.Data.UserInfoItem', Id: 11, Title: 'Anna Lind', EMail: 'anna.lind@norrvik.se', Name: 'i:0#.f|membership|anna.lind@norrvik.se' };

function data(rows: Array<{ id: number; item: Record<string, unknown> }>, fields: SiteField[] = importableFields(RAW_FIELDS)): ListData {
  return {
    list: { id: '5325476D-aaaa-4dbe-9c1c-b9cb45e58e38', title: 'Riskregister 2026', itemCount: rows.length },
    fields, tooManyRows: false, tooManyColumns: false,
    rows: rows.map(({ id, item }) => ({ id, cells: Object.fromEntries(fields.map((f) => [f.internalName, cellOf(f, item)])) }))
  };
}

describe('reading a list', () => {
  it('reads visible, editable columns of known types by their REST property names', () => {
    const fields = importableFields(RAW_FIELDS);
    expect(fields.map((f) => [f.title, f.propertyName])).toEqual([
      ['Riskbeskrivning', 'Title'], ['Åtgärd', 'OData__x00c5_tg_x00e4_rd'], ['Riskägare', 'Risk_x00e4_gare'], ['Läge', 'L_x00e4_ge'],
      ['Behandling', 'Behandling'], ['Klart', 'Klart']
    ]);
    expect(fields[4].choices).toEqual(['Behålla', 'Begränsa', 'Eliminera']);
    expect(importableFields([{ Title: 'Ägare', InternalName: '_x00c4_gare', TypeAsString: 'User' }])[0].propertyName).toBe('OData__x00c4_gare');
    expect(itemQuery(fields)).toEqual({
      select: ['Id', 'Title', 'OData__x00c5_tg_x00e4_rd', 'Risk_x00e4_gareId', 'Risk_x00e4_gare/Title', 'Risk_x00e4_gare/EMail', 'Risk_x00e4_gare/Name',
        'L_x00e4_ge', 'Behandling', 'Klart'],
      expand: ['Risk_x00e4_gare']
    });
  });

  it('turns people, choices, dates and rich text into cells', () => {
    const [, note, person, , , date] = importableFields(RAW_FIELDS);
    expect(cellOf(person, { Risk_x00e4_gare: anna })).toEqual({
      value: 'Anna Lind', people: [{ upn: 'anna.lind@norrvik.se', objectId: '', displayName: 'Anna Lind', siteUserId: 11 }]
    });
    expect(cellOf(person, { Risk_x00e4_gare: null })).toEqual({ value: null, people: [] });
    expect(cellOf(note, { OData__x00c5_tg_x00e4_rd: '<div>Ny rutin &amp; utbildning<br>hösten 2026</div>' })).toEqual({ value: 'Ny rutin & utbildning\nhösten 2026' });
    // A date-only column is midnight Swedish time on the wire: the day stays the day.
    expect(cellOf(date, { Klart: '2026-06-29T22:00:00Z' })).toEqual({ value: '2026-06-30' });
    const multi: SiteField = { title: 'Områden', internalName: 'Omr', propertyName: 'Omr', type: 'MultiChoice', choices: [] };
    expect(cellOf(multi, { Omr: ['IT', 'HR'] })).toEqual({ value: 'IT; HR' });
  });

  it('proposes choice columns by their values, a person column as the responsible and a date column as the due date', () => {
    expect(proposedByContent(importableFields(RAW_FIELDS))).toEqual({ Risk_x00e4_gare: 'responsible', L_x00e4_ge: 'status', Behandling: 'handling', Klart: 'due' });
  });
});

describe('a list as a plan', () => {
  const item = (title: string, measure: string, status: string | null, extra: Record<string, unknown> = {}): Record<string, unknown> =>
    ({ Id: 0, Title: title, OData__x00c5_tg_x00e4_rd: measure, Risk_x00e4_gare: anna, L_x00e4_ge: status, Behandling: 'Begränsa', Klart: null, ...extra });

  it('reads a risk register with the item ids as rows', () => {
    const result = parseListData(data([{ id: 4, item: item('Brand i arkivet', 'Översyn av brandskydd', 'Gul') }, { id: 9, item: item('Dataintrång', 'Patcha', null) }]),
      { year: 2026 });
    expect(result.errors).toEqual([]);
    expect(result.source).toEqual({ type: 'list', listId: '5325476D-aaaa-4dbe-9c1c-b9cb45e58e38', title: 'Riskregister 2026' });
    expect(result.plan).toEqual({ title: 'Riskregister 2026', kind: 'internalControl', year: 2026 });
    expect(result.headerRow).toBeNull();
    expect(result.mapping.map((m) => [m.column, m.internalName, m.field])).toEqual([
      ['Riskbeskrivning', 'Title', 'risk'], ['Åtgärd', '_x00c5_tg_x00e4_rd', 'measure'], ['Riskägare', 'Risk_x00e4_gare', 'responsible'],
      ['Läge', 'L_x00e4_ge', 'status'], ['Behandling', 'Behandling', 'handling'], ['Klart', 'Klart', 'due']
    ]);
    const risks = result.items as ImportRisk[];
    expect(risks.map((r) => [r.row, r.risk, r.handling, r.measures[0].text, r.measures[0].status, r.measures[0].sourceId])).toEqual([
      [4, 'Brand i arkivet', 'reduce', 'Översyn av brandskydd', 'yellow', 4], [9, 'Dataintrång', 'reduce', 'Patcha', null, 9]
    ]);
    expect(risks[0].measures[0].people).toEqual([{ upn: 'anna.lind@norrvik.se', objectId: '', displayName: 'Anna Lind', siteUserId: 11 }]);
  });

  it('names the item id and the column in errors', () => {
    const result = parseListData(data([{ id: 17, item: item('Brand', 'Översyn', 'Lila') }]), { year: 2026 });
    expect(result.errors).toEqual([{ row: 17, column: 'Läge', message: 'Okänd status "Lila". Använd grön, gul eller röd (eller cellens färg).' }]);
  });

  it('follows the user\'s field for a column, which may change the plan kind', () => {
    const rows = [{ id: 1, item: item('Utbildning i patientsäkerhet', 'Alla har gått', null) }];
    const result = parseListData(data(rows), { year: 2026, mapping: { Title: 'activity', _x00c5_tg_x00e4_rd: 'goal', L_x00e4_ge: null, Behandling: 'focusArea' } });
    expect(result.errors).toEqual([]);
    expect(result.format).toBe('actionPlan');
    expect(result.plan?.kind).toBe('patientSafety');
    expect(JSON.parse(JSON.stringify(result.items))).toEqual([{ row: 1, focusArea: 'Begränsa', code: '', measures: [
      { text: 'Utbildning i patientsäkerhet', goal: 'Alla har gått', method: '', responsible: 'Anna Lind',
        people: [{ upn: 'anna.lind@norrvik.se', objectId: '', displayName: 'Anna Lind', siteUserId: 11 }], sourceId: 1, status: null, comment: '', due: null }
    ] }]);
  });

  it('refuses a list with no column for a risk, an activity or an indicator', () => {
    const fields: SiteField[] = [
      { title: 'Title', internalName: 'Title', propertyName: 'Title', type: 'Text', choices: [] },
      { title: 'Telefon', internalName: 'Telefon', propertyName: 'Telefon', type: 'Text', choices: [] }
    ];
    const result = parseListData({ ...data([], fields), rows: [{ id: 1, cells: { Title: { value: 'Anna' }, Telefon: { value: '070' } } }] }, { year: 2026 });
    expect(result.plan).toBeNull();
    expect(result.items).toEqual([]);
    expect(result.errors).toEqual([{ row: null, column: null, message: expect.stringContaining('Listan "Riskregister 2026" innehåller ingen igenkännbar plan') }]);
  });
});
