import { conflictRows } from '../editing/conflictRows';
import { editingStrings } from '../editing/editingStrings';
import { newItem, newMeasure } from '../../plans/itemActions';

describe('the conflict dialog rows', () => {
  it('lists exactly the fields where my draft and the saved version differ, measures included', () => {
    const item = { ...newItem('plan:x-2026', 1), title: 'Risk', consequence: 'Gammal' };
    const measure = { ...newMeasure(item), title: 'Åtgärd', roleKey: 'role:a' };
    const mine = { item: { ...item, consequence: 'Min' }, measures: [{ ...measure, title: 'Min åtgärd' }] };
    const theirs = { item: { ...item, consequence: 'Deras', probability: 2 }, measures: [measure] };
    const rows = conflictRows(mine, theirs, editingStrings['sv-SE']);
    expect(rows).toEqual([
      { label: 'Beskrivning av konsekvens', mine: 'Min', theirs: 'Deras' },
      { label: 'Sannolikhet', mine: '–', theirs: '2' },
      { label: 'Åtgärd: Åtgärd – Åtgärd', mine: 'Min åtgärd', theirs: 'Åtgärd' }
    ]);
  });
});
