/**
 * Follow-up periods and status history, computed from `today`.
 *
 * This year's plan has three follow-ups: two closed (deadlines about five and about two and a half months
 * ago) and one open whose deadline is ten days ahead (moved back to a working day), reported as of the end
 * of the previous month. Early in the year there is no room for two closed follow-ups of a plan decided in
 * January, so from February to April the plan under follow-up is last year's, its open follow-up being the
 * year-end one ("Årsbokslut"). Titles follow the as-of month the way the regions name them.
 *
 * The other plans of the year (the patient-safety plan, the scorecard, the security report) are followed up
 * on the same dates, so every open follow-up of the region shares one deadline and one reminder stage.
 *
 * Reports: every measure is answered in the closed follow-ups a few days before the deadline, some with a
 * correction (a second, later report); in the open one only the measures whose history says so. A status
 * answer is a colour and a comment; an indicator's answer is its value (women and men when split by sex)
 * with the analysis, its colour computed unless set by hand with a reason.
 */
import { REPORT_DEFAULTS } from '../../src/model/defaults';
import { responsibleRoles } from '../../src/model/planKinds';
import type { FollowUpPeriod, IsoDate, Measure, PeriodState, PersonRef, Role, StatusColour, StatusReport } from '../../src/model/types';
import { addDays, workingDayOnOrBefore } from '../../src/model/calendar';
import {
  endOfMonth, instant, meetingDate, monthIndexOf, monthOfMonth, MonthIndex, SWEDISH_MONTHS, yearOfMonth
} from './support';

export interface PeriodSlot {
  asOfDate: IsoDate;
  deadline: IsoDate;
  state: PeriodState;
  title: string;
}

export interface FollowUpSchedule {
  /** The year of the internal control plan under follow-up. */
  planYear: number;
  /** Closed, closed, open. */
  slots: [PeriodSlot, PeriodSlot, PeriodSlot];
}

/** How the regions name a follow-up by the month it reports on. */
export function periodTitle(asOfDate: IsoDate): string {
  const month = Number(asOfDate.slice(5, 7));
  if (month === 4) return 'Tertial 1';
  if (month === 8) return 'Delår augusti';
  if (month === 12) return 'Årsbokslut';
  return `Uppföljning ${SWEDISH_MONTHS[month - 1]}`;
}

/** A closed follow-up's deadline: two weeks after the as-of date, on a working day. */
function closedDeadline(asOfDate: IsoDate): IsoDate {
  return workingDayOnOrBefore(addDays(asOfDate, 14));
}

export function followUpSchedule(today: IsoDate): FollowUpSchedule {
  const previousMonth: MonthIndex = monthIndexOf(today) - 1;
  let planYear = yearOfMonth(previousMonth);
  let months: [MonthIndex, MonthIndex, MonthIndex];
  if (monthOfMonth(previousMonth) >= 4) {
    // Never before February (the plan is decided in January) and keep the three in order.
    const february = planYear * 12 + 1;
    const march = planYear * 12 + 2;
    months = [Math.max(previousMonth - 5, february), Math.max(previousMonth - 2, march), previousMonth];
  } else {
    planYear -= 1;
    months = [planYear * 12 + 3, planYear * 12 + 7, planYear * 12 + 11];
  }
  const [first, second, third] = months.map(endOfMonth);
  const slot = (asOfDate: IsoDate, deadline: IsoDate, state: PeriodState): PeriodSlot =>
    ({ asOfDate, deadline, state, title: periodTitle(asOfDate) });
  return {
    planYear,
    slots: [
      slot(first, closedDeadline(first), 'closed'),
      slot(second, closedDeadline(second), 'closed'),
      slot(third, workingDayOnOrBefore(addDays(today, 10)), 'open')
    ]
  };
}

/** A period key names the plan and the month reported on: `period:ik-2026-rs:2026-08`. */
export function periodKey(planSlug: string, asOfDate: IsoDate): string {
  return `period:${planSlug}:${asOfDate.slice(0, 7)}`;
}

export function buildPeriods(planSlug: string, slots: readonly PeriodSlot[]): FollowUpPeriod[] {
  return slots.map((s, index) => ({
    key: periodKey(planSlug, s.asOfDate), planKey: `plan:${planSlug}`, title: s.title,
    asOfDate: s.asOfDate, deadline: s.deadline, state: s.state, sortOrder: index + 1
  }));
}

/** Last year's two follow-ups: "delår augusti" and year end, both long closed. */
export function previousYearSlots(year: number): PeriodSlot[] {
  const august = `${year}-08-31`;
  const december = `${year}-12-31`;
  return [
    { asOfDate: august, deadline: closedDeadline(august), state: 'closed', title: periodTitle(august) },
    { asOfDate: december, deadline: meetingDate(year + 1, '01-23'), state: 'closed', title: periodTitle(december) }
  ];
}

/** A status answer: [colour, comment]. */
export type StatusAnswer = [StatusColour, string];

/** An indicator's answer: the total, women and men when split by sex, the analysis, a colour set by hand. */
export interface ValueAnswer {
  value: number;
  women?: number;
  men?: number;
  comment: string;
  manual?: { status: StatusColour; reason: string };
}

export type TrackAnswer = StatusAnswer | ValueAnswer;

/** A measure with the answers it is given, one per follow-up in order, and possibly a correction. */
export interface ReportTrack {
  measure: Measure;
  history: readonly TrackAnswer[];
  fix?: { period: number; answer: TrackAnswer };
}

/** Who answers: one of the responsible roles' holders, now and then a delegate. */
function reporter(role: Role | undefined, seed: number): PersonRef | null {
  if (!role) return null;
  if (role.delegate && seed % 3 === 0) return role.delegate;
  return role.holder;
}

function answerFields(answer: TrackAnswer): Pick<StatusReport, 'status' | 'comment' | 'value' | 'valueWomen' | 'valueMen' | 'statusReason'> {
  if (Array.isArray(answer)) return { ...REPORT_DEFAULTS, status: answer[0], comment: answer[1] };
  return {
    status: answer.manual?.status ?? null, statusReason: answer.manual?.reason ?? '', comment: answer.comment,
    value: answer.value, valueWomen: answer.women ?? null, valueMen: answer.men ?? null
  };
}

/**
 * The day an answer is given: in a closed follow-up a few days before its deadline; in the open one since
 * the as-of date, at the latest yesterday (today itself if the period began today).
 */
export function answerDate(period: FollowUpPeriod, today: IsoDate, seed: number): IsoDate {
  if (period.state !== 'open') return addDays(period.deadline, -1 - (seed % 6));
  const candidate = addDays(today, -1 - (seed % 5));
  const earliest = addDays(period.asOfDate, 1);
  return candidate < earliest ? (earliest < today ? earliest : today) : candidate;
}

/**
 * Status reports for the tracks over the plan's periods (in order). A track's i-th answer goes into the
 * i-th period; a track with fewer answers than periods is unanswered in the later ones. With several
 * responsible roles the answers come from their holders in turn, so the views show who answered.
 */
export function buildStatusReports(tracks: readonly ReportTrack[], periods: readonly FollowUpPeriod[],
  roles: readonly Role[], today: IsoDate): StatusReport[] {
  const roleByKey = new Map(roles.map((r) => [r.key, r]));
  const reports: StatusReport[] = [];
  tracks.forEach((track, trackIndex) => {
    const roleKeys = responsibleRoles(track.measure);
    const lead = roleKeys.length ? roleByKey.get(roleKeys[0]) : undefined;
    track.history.forEach((answer, periodIndex) => {
      const period = periods[periodIndex];
      if (!period) return;
      const seed = trackIndex * 7 + periodIndex * 3;
      const date = answerDate(period, today, seed);
      const hour = 6 + (seed % 9);
      const minute = (trackIndex * 13 + periodIndex * 29) % 60;
      const answering = roleKeys.length ? roleByKey.get(roleKeys[(trackIndex + periodIndex) % roleKeys.length]) : undefined;
      const base = {
        planKey: track.measure.planKey, measureKey: track.measure.key, periodKey: period.key,
        reportedBy: reporter(answering, trackIndex + periodIndex)
      };
      reports.push({
        ...base, ...answerFields(answer), key: `report:${track.measure.key}:${period.key}:1`,
        reportedAt: instant(date, hour, minute)
      });
      if (track.fix && track.fix.period === periodIndex) {
        const fixDate = addDays(date, 1) <= today ? addDays(date, 1) : date;
        reports.push({
          ...base, ...answerFields(track.fix.answer), key: `report:${track.measure.key}:${period.key}:2`,
          reportedBy: lead ? lead.holder : null,
          reportedAt: instant(fixDate, fixDate === date ? Math.min(hour + 2, 20) : 9, minute)
        });
      }
    });
  });
  return reports;
}

/** The patient-safety plan's follow-up in LSG-patientsäkerhet, held with the second regional follow-up. */
export function lsgSlot(slot: PeriodSlot): PeriodSlot {
  const month = Number(slot.asOfDate.slice(5, 7));
  return { ...slot, title: `LSG-uppföljning ${SWEDISH_MONTHS[month - 1]}` };
}
