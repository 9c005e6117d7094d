import { formatValue } from '../numbers';

describe('figures as the region writes them', () => {
  it('writes Swedish with a decimal comma and a space before %, English without', () => {
    expect(formatValue(3.8, '%', 'sv-SE')).toBe('3,8 %');
    expect(formatValue(3.8, '%', 'en-US')).toBe('3.8%');
    expect(formatValue(4.3125, 'av 5', 'sv-SE')).toBe('4,31 av 5');
    expect(formatValue(14, '', 'en-US')).toBe('14');
  });
});
