/**
 * This year's patient-safety action plan of Hälso- och sjukvårdsförvaltningen, structured like the national
 * plan: the four foundations ("grundläggande förutsättningar", items filed under a foundation category, their
 * strategies one per line in `goals`) and the five focus areas (items filed under a focus-area category, with
 * their purpose and overarching goals one per line), each focus area with its table of activities (measures of
 * kind 'activity': Aktivitet = title, Mål = goal, Metod/Datakälla = method, Ansvarig = roleKeys, often several
 * bodies, the first leading). LSG-patientsäkerhet follows the plan up: its earlier follow-up is closed and
 * fully answered, the current one is open with several activities still unanswered.
 */
import { MEASURE_DEFAULTS } from '../../src/model/defaults';
import { withRoles } from '../../src/model/planKinds';
import type { Measure, Plan, PlanItem } from '../../src/model/types';
import { FOCUS, FOUNDATION } from './categories';
import type { ReportTrack, StatusAnswer } from './followUps';
import { PATIENT_SAFETY_FOCUS_AREAS } from './patientSafetyActivities';
import { dateIn, GOAL_ITEM, meetingDate } from './support';
import { UNIT } from './units';

interface FoundationSpec {
  category: string;
  title: string;
  strategies: string[];
}

const foundations: FoundationSpec[] = [
  {
    category: FOUNDATION.ledning, title: 'Engagerad ledning och tydlig styrning',
    strategies: [
      'Alla chefer går förvaltningens utbildning i patientsäkerhet och förbättringskunskap under sitt första år som chef.',
      'Patientsäkerhet är en stående punkt på dagordningen i varje ledningsgrupp.',
      'De förtroendevalda i hälso- och sjukvårdsnämnden erbjuds en introduktion i patientsäkerhetsarbetet varje mandatperiod.',
      'Cheferna efterfrågar resultat och återkopplar avvikelser och förbättringsarbete till sina medarbetare.'
    ]
  },
  {
    category: FOUNDATION.kultur, title: 'En god säkerhetskultur',
    strategies: [
      'Medarbetare kan rapportera risker och händelser utan att bli skuldbelagda.',
      'Patientsäkerhet och arbetsmiljö hanteras tillsammans, i samverkan med skyddsombuden.',
      'Enheterna tar upp både det som gått bra och det som gått fel på sina arbetsplatsträffar.'
    ]
  },
  {
    category: FOUNDATION.kompetens, title: 'Adekvat kunskap och kompetens',
    strategies: [
      'Alla nya medarbetare får en introduktion i patientsäkerhet och avvikelsehantering.',
      'Kompetensförsörjningsplanen visar vilka kompetenser varje verksamhet behöver de kommande fem åren.',
      'Chefer och förbättringsledare erbjuds utbildning i att leda och införa förändringar.'
    ]
  },
  {
    category: FOUNDATION.patienten, title: 'Patienten som medskapare',
    strategies: [
      'Verksamheterna frågar systematiskt efter patienters och närståendes erfarenheter och använder svaren i förbättringsarbetet.',
      'Patientföreträdare deltar i utvecklingsarbetet på förvaltnings- och verksamhetsnivå.',
      'Patienten får veta vad som har hänt och vad som görs när en vårdskada har inträffat.'
    ]
  }
];

export interface PatientSafetyPlan {
  plan: Plan;
  items: PlanItem[];
  measures: Measure[];
  tracks: ReportTrack[];
}

export function patientSafetySlug(year: number): string {
  return `ps-${year}`;
}

const FOCUS_NUMBER: Record<string, number> = {
  [FOCUS.vardskador]: 1, [FOCUS.system]: 2, [FOCUS.harOchNu]: 3, [FOCUS.larande]: 4, [FOCUS.beredskap]: 5
};

/** The key of an activity: `activity:ps-2026:4:1` is focus area 4's first activity. */
export function activityKey(year: number, focusArea: number, index: number): string {
  return `activity:${patientSafetySlug(year)}:${focusArea}:${index}`;
}

export function buildPatientSafetyPlan(year: number): PatientSafetyPlan {
  const slug = patientSafetySlug(year);
  const planKey = `plan:${slug}`;
  const plan: Plan = {
    key: planKey, title: `Handlingsplan för patientsäkerhet ${year}`, kind: 'patientSafety', year,
    unitKey: UNIT.hsf, state: 'followUp', decisionDate: meetingDate(year, '02-12'), diaryNumber: `HSF ${year}/41`
  };
  const items: PlanItem[] = foundations.map((f, index) => ({
    ...GOAL_ITEM, key: `item:${slug}:foundation-${index + 1}`, planKey, title: f.title, strategyKey: f.category, securityAreaKey: null,
    goals: f.strategies.join('\n'), sortOrder: index + 1
  }));
  const measures: Measure[] = [];
  const tracks: ReportTrack[] = [];
  PATIENT_SAFETY_FOCUS_AREAS.forEach((area) => {
    const number = FOCUS_NUMBER[area.category];
    const itemKey = `item:${slug}:focus-${number}`;
    items.push({
      ...GOAL_ITEM, key: itemKey, planKey, title: area.title, strategyKey: area.category, securityAreaKey: null,
      purpose: area.purpose.join('\n'), goals: area.goals.join('\n'), sortOrder: foundations.length + number
    });
    area.activities.forEach((activity, index) => {
      const measure: Measure = withRoles({
        ...MEASURE_DEFAULTS, key: activityKey(year, number, index + 1), planKey, itemKey, title: activity.title,
        measureKind: 'activity', roleKey: null, dueDate: dateIn(year, activity.due), method: activity.method, closed: false,
        goal: activity.goal
      }, activity.roles);
      measures.push(measure);
      const history: StatusAnswer[] = activity.open ? [activity.closed, activity.open] : [activity.closed];
      tracks.push({ measure, history });
    });
  });
  return { plan, items, measures, tracks };
}
