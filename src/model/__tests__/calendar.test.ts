import { addDays, daysBetween, isIsoDate, isWorkingDay, stockholmDate, swedishHolidays, workingDayOnOrBefore } from '../calendar';

describe('calendar in Europe/Stockholm', () => {
  it('gives the Stockholm date of an instant late in the UTC evening', () => {
    expect(stockholmDate(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
    expect(stockholmDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(stockholmDate(new Date('2026-07-01T22:01:00Z'))).toBe('2026-07-02');
  });

  it('agrees with the time-zone database at every hour around each summer-time change, and every 7 hours, 1996 to 2060', () => {
    const tz = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
    const differ: string[] = [];
    const check = (t: number): void => {
      const at = new Date(t);
      if (stockholmDate(at) !== tz.format(at)) differ.push(at.toISOString());
    };
    const hour = 3_600_000;
    for (let t = Date.UTC(1996, 0, 1); t < Date.UTC(2060, 0, 1); t += 7 * hour) check(t);
    for (let year = 1996; year < 2060; year++) {
      for (const month of [2, 9]) {
        const last = new Date(Date.UTC(year, month + 1, 0));
        const sunday = last.getTime() - last.getUTCDay() * 24 * hour;
        for (let t = sunday - 30 * hour; t <= sunday + 30 * hour; t += 15 * 60_000) check(t);
      }
    }
    expect(differ).toEqual([]);
    expect(stockholmDate(new Date('1990-07-01T22:30:00Z'))).toBe('1990-07-02');
  });

  it('adds days across month, year and daylight-saving changes without drifting', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-12-01', '2026-11-23')).toBe(-8);
  });

  it('knows the Swedish public holidays of 2026', () => {
    const h = swedishHolidays(2026);
    for (const d of ['2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-06-06',
      '2026-06-19', '2026-10-31', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31']) {
      expect(h.has(d)).toBe(true);
    }
    expect(h.has('2026-06-18')).toBe(false);
  });

  it('moves a deadline on a weekend or holiday to the working day before', () => {
    expect(workingDayOnOrBefore('2026-11-29')).toBe('2026-11-27'); // Sunday → Friday
    expect(workingDayOnOrBefore('2026-12-26')).toBe('2026-12-23'); // annandag jul, julafton, juldagen before it
    expect(workingDayOnOrBefore('2026-04-06')).toBe('2026-04-02'); // annandag påsk → skärtorsdagen
    expect(isWorkingDay('2026-11-24')).toBe(true);
  });

  it('accepts only real ISO dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('26-2-3')).toBe(false);
  });
});
