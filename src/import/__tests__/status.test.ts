/** Status words and fill colours, and handling words, as regions write them. */
import { handlingFromWord } from '../handling';
import { matchHeader, normaliseHeader } from '../headers';
import { statusFromFill, statusFromWord } from '../status';

describe('status from a word', () => {
  it.each([
    ['grön', 'green'], ['Grön', 'green'], ['green', 'green'], ['klar', 'green'], ['Genomförd', 'green'], ['Åtgärd genomförd och klar', 'green'],
    ['gul', 'yellow'], ['Yellow', 'yellow'], ['delvis', 'yellow'], ['pågår', 'yellow'], ['in progress', 'yellow'],
    ['Åtgärd delvis genomförd och beräknas vara helt genomförd under 2026', 'yellow'],
    ['röd', 'red'], ['RED', 'red'], ['ej klar', 'red'], ['inte klar', 'red'], ['ej påbörjad', 'red'], ['not started', 'red'],
    ['Åtgärd inte genomförd eller delvis genomförd och bedöms inte bli klar under 2026', 'red'],
    ['', null], ['lila', null]
  ])('%s → %s', (word, colour) => {
    expect(statusFromWord(word)).toBe(colour);
  });
});

describe('status from a fill colour', () => {
  it.each([
    ['FF00B050', 'green'], ['FF92D050', 'green'], ['FFC6EFCE', 'green'], ['FF107C10', 'green'],
    ['FFFFFF00', 'yellow'], ['FFFFC000', 'yellow'], ['FFFFEB9C', 'yellow'], ['FFFCE100', 'yellow'],
    ['FFFF0000', 'red'], ['FFC00000', 'red'], ['FFFFC7CE', 'red'], ['FFC50F1F', 'red'],
    ['FFFFFFFF', null], ['FFD9D9D9', null], ['FF4472C4', null]
  ])('%s → %s', (argb, colour) => {
    expect(statusFromFill({ argb })).toBe(colour);
  });

  it('reads the standard Office theme and the legacy palette, and no fill as no status', () => {
    expect(statusFromFill({ theme: 9 })).toBe('green');
    expect(statusFromFill({ theme: 7 })).toBe('yellow');
    expect(statusFromFill({ indexed: 10 })).toBe('red');
    expect(statusFromFill(null)).toBeNull();
  });
});

describe('handling and headers', () => {
  it('reads behålla/begränsa/eliminera and synonyms; unknown words are undefined', () => {
    expect(['behålla', 'Acceptera', 'accept', 'begränsa', 'minska', 'Reduce', 'eliminera', 'undvika', 'eliminate', '', 'flytta'].map(handlingFromWord))
      .toEqual(['accept', 'accept', 'accept', 'reduce', 'reduce', 'reduce', 'eliminate', 'eliminate', 'eliminate', null, undefined]);
  });

  it('normalises case, line breaks, explanations in parentheses and trailing punctuation', () => {
    expect(normaliseHeader('Beskrivning av risk (risken att något \n\nhänder)')).toBe('beskrivning av risk');
    expect(normaliseHeader('  KLART SENAST: ')).toBe('klart senast');
    expect(normaliseHeader('Process / rutin')).toBe('process/rutin');
    expect(matchHeader('Status per 31 augusti')).toEqual({ field: 'status', controlStep: false, qualifier: 'per 31 augusti' });
    expect(matchHeader('Kontrollansvarig')).toEqual({ field: 'responsible', controlStep: true, qualifier: '' });
    expect(matchHeader('Utfall 2025')).toEqual({ field: 'value', controlStep: false, qualifier: '2025' });
    expect(matchHeader('Utfall kvinnor T1')).toEqual({ field: 'valueWomen', controlStep: false, qualifier: 't1' });
    expect(matchHeader('Mått för \nmålupp-\nfyllelse')).toEqual({ field: 'target', controlStep: false, qualifier: '' });
    expect(matchHeader('Styr- \n/kontrollmått(Indik\nator)')).toEqual({ field: 'indicator', controlStep: false, qualifier: '' });
    expect(matchHeader('Divisionens mål \n(framgångsfak-\ntorer)')).toEqual({ field: 'goal', controlStep: false, qualifier: '' });
    expect(matchHeader('Budget')).toBeNull();
  });
});
