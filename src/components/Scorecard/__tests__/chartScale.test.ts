import { niceStep, runs, valueAxis, xOf, yOf } from '../chartScale';

describe('the chart’s scale', () => {
  it('picks round steps', () => {
    expect(niceStep(0.95)).toBe(1);
    expect(niceStep(1.3)).toBe(2);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(0.012)).toBe(0.02);
    expect(niceStep(0)).toBe(1);
  });

  it('fits the figures, so a change of a few per cent is not drawn as a flat line', () => {
    expect(valueAxis([3.4, 3.8]).ticks).toEqual([3.4, 3.5, 3.6, 3.7, 3.8]);
    expect(valueAxis([79.2, 84.1]).ticks).toEqual([78, 80, 82, 84, 86]);
    expect(valueAxis([136])).toMatchObject({ min: 120, max: 150 });
  });

  it('starts at zero when zero is near the figures, and never goes below zero for figures that are not negative', () => {
    expect(valueAxis([0.5, 10]).ticks).toEqual([0, 5, 10]);
    expect(valueAxis([0.1, 0.3]).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(valueAxis([0, 0])).toMatchObject({ min: 0, max: 1 });
    expect(valueAxis([-8, -1]).max).toBe(0);
  });

  it('takes in negative figures and copes with none', () => {
    expect(valueAxis([-2, 3])).toEqual({ min: -2, max: 4, ticks: [-2, 0, 2, 4] });
    expect(valueAxis([])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });

  it('places periods in equal bands and values from the bottom up', () => {
    const frame = { width: 100, height: 100, left: 0, right: 0, top: 0, bottom: 0 };
    expect([0, 1].map((i) => xOf(frame, i, 2))).toEqual([25, 75]);
    const axis = { min: 0, max: 4, ticks: [] };
    expect(yOf(frame, axis, 0)).toBe(100);
    expect(yOf(frame, axis, 4)).toBe(0);
  });

  it('draws lines only through consecutive periods with a value', () => {
    expect(runs([1, 2, null, 3, null, null, 4, 5])).toEqual([
      [{ index: 0, value: 1 }, { index: 1, value: 2 }], [{ index: 3, value: 3 }], [{ index: 6, value: 4 }, { index: 7, value: 5 }]
    ]);
    expect(runs([null])).toEqual([]);
  });
});
