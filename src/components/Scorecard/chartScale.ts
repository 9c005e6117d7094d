/**
 * The geometry of an indicator's chart: a value axis with round ticks, and the x position of each
 * period. A line chart shows change, so the axis fits the figures (79–84 % is not drawn as a flat line
 * at the top of 0–100 %), but it starts at zero when zero is near the figures anyway. Pure, so the
 * drawing component stays markup.
 */
export interface Axis {
  min: number;
  max: number;
  ticks: number[];
}

/** A round step (1, 2 or 5 times a power of ten) near `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

export function valueAxis(values: readonly number[], tickCount = 4): Axis {
  if (values.length === 0) return { min: 0, max: 1, ticks: [0, 1] };
  let low = Math.min(...values);
  let high = Math.max(...values);
  const range = high - low;
  if (range === 0) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  } else if (low >= 0 && low <= range) {
    low = 0;
  } else if (high <= 0 && -high <= range) {
    high = 0;
  }
  const step = niceStep((high - low) / tickCount);
  // The nudge keeps 3.4 / 0.1 = 33.999… from dropping the axis to 3.3; `|| 0` turns −0 into 0.
  low = Math.floor(low / step + 1e-9) * step || 0;
  high = Math.ceil(high / step - 1e-9) * step || 0;
  // Figures that are never negative get no negative ticks.
  if (Math.min(...values) >= 0 && low < 0) low = 0;
  const ticks: number[] = [];
  // Rounded to the step's decimals so 0.1 × 3 is written 0.3, not 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let t = low; t <= high + step / 2; t += step) ticks.push(Number(t.toFixed(decimals)));
  return { min: low, max: high, ticks };
}

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The centre of period `index` of `count`, each period an equal band of the plot. */
export function xOf(frame: Frame, index: number, count: number): number {
  const plot = frame.width - frame.left - frame.right;
  return frame.left + ((index + 0.5) * plot) / Math.max(1, count);
}

export function yOf(frame: Frame, axis: Axis, value: number): number {
  const plot = frame.height - frame.top - frame.bottom;
  return frame.top + plot - ((value - axis.min) / (axis.max - axis.min)) * plot;
}

/** Runs of consecutive periods with a value: a line is drawn through each run, never across a gap. */
export function runs(values: ReadonlyArray<number | null>): Array<Array<{ index: number; value: number }>> {
  const out: Array<Array<{ index: number; value: number }>> = [];
  let current: Array<{ index: number; value: number }> = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length) out.push(current);
      current = [];
    } else {
      current.push({ index, value });
    }
  });
  if (current.length) out.push(current);
  return out;
}
