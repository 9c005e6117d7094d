/**
 * Turning a planned digest into the message a recipient reads: each subject's title in the recipient's
 * language (a measure's own title; a chapter "Säkerhetsberättelse: <area>" / "Security report: <area>"),
 * what is asked of it, its plan and period, days left, and the deep link whose subEntityId is the
 * subject's key, so the tab opens a measure's, an indicator's or a chapter's request alike. Pure.
 */
import { daysBetween } from '../model/calendar';
import { kindOf } from '../model/planKinds';
import { Locale } from '../model/statusLegend';
import { Chapter, FollowUpPeriod, IsoDate, Measure, MeasureKind, Plan, SecurityArea } from '../model/types';
import { tabDeepLink } from './delivery/deepLink';
import { Digest, ReminderMessage } from './types';

interface SubjectText {
  title: string;
  measureKind?: MeasureKind;
}

/** What a run read that messages name: built once per run, used for every digest. */
export interface MessageContext {
  locale: Locale;
  /** The Teams tab the deep links open: the app id and the static tab's entity id. */
  tab: { appId: string; entityId: string };
  subjects: Map<string, SubjectText>;
  plans: Map<string, Plan>;
  periods: Map<string, FollowUpPeriod>;
}

export interface MessageSources {
  plans: readonly Plan[];
  periods: readonly FollowUpPeriod[];
  measures: readonly Measure[];
  chapters: readonly Chapter[];
  securityAreas: readonly SecurityArea[];
}

/** A chapter's title: the document's name from its plan kind's vocabulary and the area's name, in the locale. */
export function chapterTitle(chapter: Chapter, area: SecurityArea | undefined, plan: Plan | undefined, locale: Locale): string {
  const areaTitle = (locale === 'en-US' ? area?.titleEn || area?.title : area?.title) ?? chapter.areaKey;
  return `${kindOf(plan?.kind ?? 'securityReport').vocabulary[locale].plan}: ${areaTitle}`;
}

export function messageContext(sources: MessageSources, locale: Locale, tab: MessageContext['tab']): MessageContext {
  const plans = new Map(sources.plans.map((p) => [p.key, p]));
  const areas = new Map(sources.securityAreas.map((a) => [a.key, a]));
  const subjects = new Map<string, SubjectText>(sources.measures.map((m) => [m.key, { title: m.title, measureKind: m.measureKind }]));
  for (const c of sources.chapters) subjects.set(c.key, { title: chapterTitle(c, areas.get(c.areaKey), plans.get(c.planKey), locale) });
  return { locale, tab, subjects, plans, periods: new Map(sources.periods.map((p) => [p.key, p])) };
}

export function messageFor(digest: Digest, context: MessageContext, today: IsoDate): ReminderMessage {
  const { subjects, plans, periods, tab } = context;
  return {
    recipient: digest.recipient, locale: context.locale, stage: digest.stage, escalation: digest.escalation,
    items: digest.items.map((item) => {
      const subject = subjects.get(item.measureKey);
      return {
        measureKey: item.measureKey, measureTitle: subject?.title ?? item.measureKey, requestType: item.requestType,
        ...(subject?.measureKind ? { measureKind: subject.measureKind } : {}),
        planTitle: plans.get(item.planKey)?.title ?? '', periodTitle: periods.get(item.periodKey)?.title ?? '', deadline: item.deadline,
        daysLeft: daysBetween(today, item.deadline), responsible: item.about?.displayName ?? null,
        deepLink: tabDeepLink({ appId: tab.appId, entityId: tab.entityId, measureKey: item.measureKey }),
        ledgerKey: item.ledgerKey
      };
    })
  };
}
