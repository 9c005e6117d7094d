/** The days the demo tests build the region on: ordinary days and the calendar's edges. */
import type { IsoDate } from '../../../src/model/types';

export const TODAYS: IsoDate[] = [
  '2026-11-23', '2027-01-02', '2026-06-20', '2026-12-21', '2026-05-01', '2027-02-15', '2027-04-30', '2026-03-31', '2028-02-29'
];
