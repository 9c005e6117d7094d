/**
 * The security reports ("säkerhetsberättelse"): last year's, decided by the regional board in March, and
 * this year's, being written. Each area's overarching goals are items (securityAreaKey = the area), their
 * indicators measures owned by the area owner's role, and each area has a chapter per report. Last year's
 * report has one closed reporting round and approved chapters; this year's has a closed interim round and
 * the open round the chapters are written for, with the chapters in mixed states.
 */
import { emptyChapter } from '../../src/model/chapter';
import { addDays } from '../../src/model/calendar';
import { MEASURE_DEFAULTS } from '../../src/model/defaults';
import { withRoles } from '../../src/model/planKinds';
import type {
  Chapter, FollowUpPeriod, IncidentEntry, IsoDate, Measure, PersonRef, Plan, PlanItem, RiskAnalysisEntry, Role, StatusReport
} from '../../src/model/types';
import { answerDate, buildStatusReports, PeriodSlot, periodKey, ReportTrack, ValueAnswer } from './followUps';
import { indicatorFields, valueAnswer } from './indicators';
import { ROLE } from './roles';
import { CURRENT_CHAPTERS, ChapterText, CurrentChapter, LAST_YEAR_CHAPTERS } from './securityChapters';
import { AREA_SPECS, AreaIndicatorSpec, AreaSpec } from './securityAreas';
import { dateIn, GOAL_ITEM, instant, meetingDate, SWEDISH_MONTHS } from './support';
import { UNIT } from './units';

export interface SecurityReports {
  plans: Plan[];
  items: PlanItem[];
  measures: Measure[];
  periods: FollowUpPeriod[];
  statusReports: StatusReport[];
  chapters: Chapter[];
}

export function securityReportSlug(year: number): string {
  return `sb-${year}`;
}

/** A reporting round is named by the month it reports on; the one as of December is the year's. */
function roundTitle(asOfDate: IsoDate): string {
  const month = Number(asOfDate.slice(5, 7));
  return month === 12 ? 'Årsrapportering' : `Delrapportering ${SWEDISH_MONTHS[month - 1]}`;
}

function rounds(slug: string, slots: readonly PeriodSlot[]): FollowUpPeriod[] {
  return slots.map((s, index) => ({
    key: periodKey(slug, s.asOfDate), planKey: `plan:${slug}`, title: roundTitle(s.asOfDate),
    asOfDate: s.asOfDate, deadline: s.deadline, state: s.state, sortOrder: index + 1
  }));
}

/**
 * The area's goals and indicators in one report; `answers` picks each indicator's answers from its spec,
 * `sortStart` is the sort order of the area's first goal within the report.
 */
function areaContent(area: AreaSpec, year: number, closed: boolean, answers: (spec: AreaIndicatorSpec) => ValueAnswer[],
  sortStart: number): { items: PlanItem[]; tracks: ReportTrack[] } {
  const slug = securityReportSlug(year);
  const planKey = `plan:${slug}`;
  const items: PlanItem[] = [];
  const tracks: ReportTrack[] = [];
  area.goals.forEach((goal, goalIndex) => {
    const itemKey = `goal:${slug}:${area.slug}:${goalIndex + 1}`;
    items.push({
      ...GOAL_ITEM, key: itemKey, planKey, title: goal.title, strategyKey: null, securityAreaKey: `area:${area.slug}`,
      confidential: area.confidential ?? false, sortOrder: sortStart + goalIndex
    });
    goal.indicators.forEach((spec, index) => {
      const role = `role:omr:${area.slug}`;
      const measure: Measure = withRoles({
        ...MEASURE_DEFAULTS, ...indicatorFields(spec, spec.values[0]), key: `indicator:${slug}:${area.slug}:${goalIndex + 1}:${index + 1}`,
        planKey, itemKey, roleKey: role, closed
      }, [role]);
      tracks.push({ measure, history: answers(spec) });
    });
  });
  return { items, tracks };
}

function entries(text: Partial<ChapterText>, when: (w: string | number) => IsoDate): { riskAnalyses: RiskAnalysisEntry[]; incidents: IncidentEntry[] } {
  return {
    riskAnalyses: (text.riskAnalyses ?? []).map(([title, w]) => ({ title, date: when(w) })),
    incidents: (text.incidents ?? []).map(([kind, count, women, men]) => ({ kind, count, women: women ?? null, men: men ?? null }))
  };
}

function written(base: Chapter, text: Partial<ChapterText>, when: (w: string | number) => IsoDate): Chapter {
  return {
    ...base, ...entries(text, when), goalFulfilment: text.goalFulfilment ?? '', followUp: text.followUp ?? '',
    improvements: text.improvements ?? '', currentState: text.currentState ?? '', improvementOpportunities: text.improvementOpportunities ?? ''
  };
}

interface People {
  owner: (area: AreaSpec) => PersonRef | null;
  coordinator: PersonRef | null;
}

function lastYearReport(year: number, people: People, roles: readonly Role[], today: IsoDate): SecurityReports {
  const slug = securityReportSlug(year);
  const plan: Plan = {
    key: `plan:${slug}`, title: `Säkerhetsberättelse ${year}`, kind: 'securityReport', year, unitKey: UNIT.region, state: 'closed',
    decisionDate: meetingDate(year + 1, '03-26'), diaryNumber: `RS ${year + 1}/218`
  };
  const periods = rounds(slug, [{ asOfDate: `${year}-12-31`, deadline: meetingDate(year + 1, '02-13'), state: 'closed', title: '' }]);
  const [period] = periods;
  const items: PlanItem[] = [];
  const tracks: ReportTrack[] = [];
  const chapters: Chapter[] = [];
  AREA_SPECS.forEach((area, index) => {
    const content = areaContent(area, year, true, (spec) => [valueAnswer(spec.values[0], spec.comments[0])], items.length + 1);
    items.push(...content.items);
    tracks.push(...content.tracks);
    const submitted = addDays(period.deadline, -14 - (index % 5));
    const decided = addDays(period.deadline, -3 - (index % 3));
    chapters.push({
      ...written(emptyChapter(plan.key, `area:${area.slug}`, period.key), LAST_YEAR_CHAPTERS[area.slug], (w) => dateIn(year, String(w))),
      state: 'approved', submittedBy: people.owner(area), submittedAt: instant(submitted, 9 + (index % 6), (index * 7) % 60),
      decidedBy: people.coordinator, decidedAt: instant(decided, 13 + (index % 4), (index * 11) % 60)
    });
  });
  return { plans: [plan], items, measures: tracks.map((t) => t.measure), periods, statusReports: buildStatusReports(tracks, periods, roles, today), chapters };
}

function currentChapter(base: Chapter, spec: CurrentChapter, period: FollowUpPeriod, owner: PersonRef | null, coordinator: PersonRef | null,
  today: IsoDate, seed: number): Chapter {
  const chapter = spec.text ? written(base, spec.text, (w) => addDays(period.asOfDate, -Number(w))) : base;
  if (spec.state === 'notStarted' || spec.state === 'draft') return { ...chapter, state: spec.state };
  const day = answerDate(period, today, seed);
  const later = addDays(day, 1) <= today ? addDays(day, 1) : day;
  const submittedAt = instant(day, 8 + (seed % 4), (seed * 7) % 60);
  const decidedAt = instant(later, later === day ? 15 : 10, (seed * 13) % 60);
  if (spec.state === 'submitted') return { ...chapter, state: 'submitted', submittedBy: owner, submittedAt };
  return {
    ...chapter, state: spec.state, submittedBy: owner, submittedAt, decidedBy: coordinator, decidedAt,
    returnComment: spec.returnComment ?? ''
  };
}

function currentReport(year: number, slots: readonly PeriodSlot[], people: People, roles: readonly Role[], today: IsoDate): SecurityReports {
  const slug = securityReportSlug(year);
  const plan: Plan = {
    key: `plan:${slug}`, title: `Säkerhetsberättelse ${year}`, kind: 'securityReport', year, unitKey: UNIT.region, state: 'followUp',
    decisionDate: null, diaryNumber: ''
  };
  const periods = rounds(slug, slots);
  const open = periods[periods.length - 1];
  const items: PlanItem[] = [];
  const tracks: ReportTrack[] = [];
  const chapters: Chapter[] = [];
  AREA_SPECS.forEach((area, index) => {
    const content = areaContent(area, year, false, (spec) => {
      const [, interim, current] = spec.values;
      const answers = [valueAnswer(interim, spec.comments[1])];
      return current === null ? answers : [...answers, valueAnswer(current, spec.comments[2])];
    }, items.length + 1);
    items.push(...content.items);
    tracks.push(...content.tracks);
    chapters.push(currentChapter(emptyChapter(plan.key, `area:${area.slug}`, open.key), CURRENT_CHAPTERS[area.slug], open,
      people.owner(area), people.coordinator, today, index));
  });
  return { plans: [plan], items, measures: tracks.map((t) => t.measure), periods, statusReports: buildStatusReports(tracks, periods, roles, today), chapters };
}

/**
 * Both reports. `slots` are this year's closed interim round and the open round (the region's follow-up
 * dates, so the open round shares the other plans' deadline).
 */
export function buildSecurityReports(year: number, slots: readonly [PeriodSlot, PeriodSlot], roles: readonly Role[], today: IsoDate): SecurityReports {
  const holder = (key: string): PersonRef | null => roles.find((r) => r.key === key)?.holder ?? null;
  const people: People = { owner: (area) => holder(`role:omr:${area.slug}`), coordinator: holder(ROLE.sakerhetschef) };
  const previous = lastYearReport(year - 1, people, roles, today);
  const current = currentReport(year, slots, people, roles, today);
  return {
    plans: [...previous.plans, ...current.plans],
    items: [...previous.items, ...current.items],
    measures: [...previous.measures, ...current.measures],
    periods: [...previous.periods, ...current.periods],
    statusReports: [...previous.statusReports, ...current.statusReports],
    chapters: [...previous.chapters, ...current.chapters]
  };
}
