/**
 * "Mått för måluppfyllelse" in every form the boards write it, values as numbers and words, and the
 * several responsible bodies of one "Ansvarig" cell.
 */
import { splitResponsible } from '../responsible';
import { parseDoneValue, parseNumber, parseTarget, parseValue } from '../targetRule';

describe('target rules', () => {
  const cases: Array<[string, unknown]> = [
    ['Öka', { rule: 'increase', value: null, unit: '' }],
    ['öka andelen', { rule: 'increase', value: null, unit: '' }],
    ['Increase', { rule: 'increase', value: null, unit: '' }],
    ['Minska', { rule: 'decrease', value: null, unit: '' }],
    ['Minskning', { rule: 'decrease', value: null, unit: '' }],
    ['≥ 100 %', { rule: 'atLeast', value: 100, unit: '%' }],
    ['>= 95%', { rule: 'atLeast', value: 95, unit: '%' }],
    ['100 %', { rule: 'atLeast', value: 100, unit: '%' }],
    ['80 %', { rule: 'atLeast', value: 80, unit: '%' }],
    ['minst 90', { rule: 'atLeast', value: 90, unit: '' }],
    ['Minst 4,5 (skala 1-6)', { rule: 'atLeast', value: 4.5, unit: '' }],
    ['at least 1 000 st', { rule: 'atLeast', value: 1000, unit: 'st' }],
    ['minimum 20 dagar', { rule: 'atLeast', value: 20, unit: 'dagar' }],
    ['≤ 3 %', { rule: 'atMost', value: 3, unit: '%' }],
    ['<= 3,5 procent', { rule: 'atMost', value: 3.5, unit: '%' }],
    ['högst 3', { rule: 'atMost', value: 3, unit: '' }],
    ['maximalt 60 dagar', { rule: 'atMost', value: 60, unit: 'dagar' }],
    ['Genomförd', { rule: 'done', value: null, unit: '' }],
    ['Genom-\nförd', { rule: 'done', value: null, unit: '' }],
    ['Windows 10 infört', { rule: 'done', value: null, unit: '' }],
    ['Implementerat', { rule: 'done', value: null, unit: '' }],
    ['Done', { rule: 'done', value: null, unit: '' }]
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(parseTarget(text)).toEqual({ ...(expected as object), text: text.replace(/\s+/g, ' ').trim() });
  });

  it('is null for an empty cell and undefined for text it does not understand', () => {
    expect(parseTarget('  ')).toBeNull();
    expect(parseTarget('Nytt mått')).toBeUndefined();
    expect(parseTarget('Oförändrat')).toBeUndefined();
    expect(parseTarget('minst många')).toBeUndefined();
    expect(parseTarget('Ej genomförd')).toBeUndefined();
  });
});

describe('values', () => {
  it('reads numbers with a decimal comma, a unit or thousands spaces, and done-values as 1 or 0', () => {
    expect(parseNumber('3,8 %')).toEqual({ value: 3.8, unit: '%' });
    expect(parseNumber('1 000 st')).toEqual({ value: 1000, unit: 'st' });
    expect(parseNumber('-2.5')).toEqual({ value: -2.5, unit: '' });
    expect(parseValue(4.31, '4.31', 'increase')).toBe(4.31);
    expect(parseValue('86 %', '86 %', 'atLeast')).toBe(86);
    expect(parseValue(null, '', 'atLeast')).toBeNull();
    expect(parseValue('många', 'många', 'atLeast')).toBeUndefined();
    expect(parseDoneValue('Genomförd')).toBe(1);
    expect(parseDoneValue('Ej genomförd')).toBe(0);
    expect(parseDoneValue('Ja')).toBe(1);
    expect(parseDoneValue('nej')).toBe(0);
    expect(parseValue('inte klar', 'inte klar', 'done')).toBe(0);
    expect(parseValue('kanske', 'kanske', 'done')).toBeUndefined();
  });
});

describe('several responsible in one cell', () => {
  it('splits on commas, semicolons, line breaks and "och" between names', () => {
    expect(splitResponsible('HR, \nPatientsäkerhetsteamet\n, \nAlla chefer, \nFöretagshälsovård.')).toEqual(
      ['HR', 'Patientsäkerhetsteamet', 'Alla chefer', 'Företagshälsovård']);
    expect(splitResponsible('LSG-patientsäkerhet; Patientnämnden och Alla verksamheter')).toEqual(['LSG-patientsäkerhet', 'Patientnämnden', 'Alla verksamheter']);
    expect(splitResponsible('HR samt Ekonomi')).toEqual(['HR', 'Ekonomi']);
  });

  it('keeps names whole that only look like lists', () => {
    expect(splitResponsible('IT- och e-hälsochef')).toEqual(['IT- och e-hälsochef']);
    expect(splitResponsible('Hälso- och sjukvårdsdirektör')).toEqual(['Hälso- och sjukvårdsdirektör']);
    expect(splitResponsible('Chef för vård och omsorg')).toEqual(['Chef för vård och omsorg']);
    expect(splitResponsible('Ansvarig för\ngenomförande')).toEqual(['Ansvarig för genomförande']);
    expect(splitResponsible('Patientsäkerhets-\nteamet')).toEqual(['Patientsäkerhetsteamet']);
    expect(splitResponsible('Controller (ekonomi, HR)')).toEqual(['Controller (ekonomi, HR)']);
    expect(splitResponsible('HR, hr, HR.')).toEqual(['HR']);
    expect(splitResponsible('')).toEqual([]);
  });
});
