import { statusChange } from '../statusChange';

describe('status change between two follow-ups', () => {
  it('calls a move toward green better and a move toward red worse', () => {
    expect(statusChange('green', 'yellow')).toBe('better');
    expect(statusChange('yellow', 'red')).toBe('better');
    expect(statusChange('green', 'red')).toBe('better');
    expect(statusChange('red', 'yellow')).toBe('worse');
    expect(statusChange('yellow', 'green')).toBe('worse');
  });

  it('calls an unchanged colour the same', () => {
    expect(statusChange('yellow', 'yellow')).toBe('same');
    expect(statusChange('red', 'red')).toBe('same');
  });

  it('calls a first answer new and a missing latest answer none', () => {
    expect(statusChange('green', null)).toBe('new');
    expect(statusChange(null, 'green')).toBe('none');
    expect(statusChange(null, null)).toBe('none');
  });
});
