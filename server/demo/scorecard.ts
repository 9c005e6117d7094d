/**
 * This year's balanced scorecard of Hälso- och sjukvårdsförvaltningen: the division's goals
 * ("framgångsfaktorer") per perspective (items, strategyKey = the perspective), each with its indicators
 * ("styrmått": direction, target, unit) and their outcomes for the two previous years, split by sex where
 * the board asks for it.
 */
import type { Indicator, IndicatorDirection, IndicatorValue, Plan, PlanItem } from '../../src/model/types';
import { PERSPECTIVE } from './categories';
import { ROLE } from './roles';
import { meetingDate, seq } from './support';
import { UNIT } from './units';

/** An outcome: a value, or [women, men, total] when split by sex. `null` when not measured. */
type Outcome = number | [number, number, number] | null;

interface IndicatorSpec {
  title: string;
  unitOfMeasure: string;
  direction: IndicatorDirection;
  targetValue: number | null;
  role: string;
  /** [two years back, last year]. */
  outcomes: [Outcome, Outcome];
  comments?: [string, string];
}

interface GoalSpec {
  perspective: string;
  goal: string;
  indicators: IndicatorSpec[];
}

const goals: GoalSpec[] = [
  {
    perspective: PERSPECTIVE.medborgare,
    goal: 'Invånarna får vård inom vårdgarantins tidsgränser',
    indicators: [
      {
        title: 'Andel patienter som fått ett första besök i specialistvården inom 90 dagar', unitOfMeasure: '%', direction: 'increase',
        targetValue: 90, role: ROLE.acSpecialistvard, outcomes: [[79, 77, 78], [82, 80, 81]]
      },
      {
        title: 'Medianväntetid till planerad operation', unitOfMeasure: 'dagar', direction: 'decrease',
        targetValue: 60, role: ROLE.acSpecialistvard, outcomes: [84, 71],
        comments: ['', 'Väntetiden har kortats främst inom ortopedi efter utökade operationstider.']
      }
    ]
  },
  {
    perspective: PERSPECTIVE.medborgare,
    goal: 'Invånarna har högt förtroende för hälso- och sjukvården',
    indicators: [
      {
        title: 'Andel invånare som har stort förtroende för vården i regionen', unitOfMeasure: '%', direction: 'increase',
        targetValue: 65, role: ROLE.hsDirektor, outcomes: [[59, 55, 57], [62, 57, 60]]
      }
    ]
  },
  {
    perspective: PERSPECTIVE.verksamhet,
    goal: 'Vården är säker och patienter drabbas inte av undvikbara vårdskador',
    indicators: [
      {
        title: 'Andel patienter med trycksår vid punktprevalensmätning', unitOfMeasure: '%', direction: 'decrease',
        targetValue: 10, role: ROLE.chefslakare, outcomes: [13.2, 12.4]
      },
      {
        title: 'Andel oplanerade återinskrivningar inom 30 dagar, 65 år och äldre', unitOfMeasure: '%', direction: 'decrease',
        targetValue: 15, role: ROLE.chefslakare, outcomes: [[16.8, 18.9, 17.8], [16.1, 17.8, 16.9]]
      }
    ]
  },
  {
    perspective: PERSPECTIVE.verksamhet,
    goal: 'Avvikelser används strukturerat för att förbättra verksamheten',
    indicators: [
      {
        title: 'Andel avvikelser som är utredda och avslutade inom 60 dagar', unitOfMeasure: '%', direction: 'reach',
        targetValue: 100, role: ROLE.patientsakerhetssamordnare, outcomes: [71, 83]
      }
    ]
  },
  {
    perspective: PERSPECTIVE.kunskap,
    goal: 'Digitala vårdmöten är en naturlig del av vården',
    indicators: [
      {
        title: 'Antal digitala vårdbesök i primärvården', unitOfMeasure: 'antal', direction: 'increase',
        targetValue: 40000, role: ROLE.acHospa, outcomes: [28450, 34120]
      },
      {
        title: 'Digital egenremiss införd på alla vårdcentraler', unitOfMeasure: '', direction: 'done',
        targetValue: null, role: ROLE.acHospa, outcomes: [0, 1],
        comments: ['Förstudie genomförd; införandet har inte startat.', 'Genomförd. Egenremiss finns för fem mottagningstyper.']
      }
    ]
  },
  {
    perspective: PERSPECTIVE.medarbetare,
    goal: 'God arbetsmiljö, friska medarbetare och låg sjukfrånvaro',
    indicators: [
      {
        title: 'Sjukfrånvaro i procent av ordinarie arbetstid', unitOfMeasure: '%', direction: 'decrease',
        targetValue: 6, role: ROLE.hrDirektor, outcomes: [[8.1, 5.0, 7.4], [7.6, 4.9, 7.0]],
        comments: ['', 'Korttidsfrånvaron har ökat något medan långtidsfrånvaron har minskat.']
      },
      {
        title: 'Andel certifierade hälsofrämjande arbetsplatser', unitOfMeasure: '%', direction: 'reach',
        targetValue: 20, role: ROLE.acArbetsmiljo, outcomes: [9, 14]
      }
    ]
  },
  {
    perspective: PERSPECTIVE.medarbetare,
    goal: 'Alla tillsvidareanställda har heltid som grund och behovet av extra tid minskar',
    indicators: [
      {
        title: 'Andel tillsvidareanställda med heltidsanställning som grund', unitOfMeasure: '%', direction: 'increase',
        targetValue: 100, role: ROLE.hrDirektor, outcomes: [[90.8, 94.1, 91.5], [92.6, 95.0, 93.1]]
      },
      {
        title: 'Timmar övertid och mertid per årsarbetare', unitOfMeasure: 'antal', direction: 'decrease',
        targetValue: 40, role: ROLE.hrDirektor, outcomes: [[51, 63, 54], [47, 58, 50]]
      }
    ]
  },
  {
    perspective: PERSPECTIVE.ekonomi,
    goal: 'Ekonomi i balans',
    indicators: [
      {
        title: 'Budgetavvikelse i procent av nettokostnaden', unitOfMeasure: '%', direction: 'reach',
        targetValue: 0, role: ROLE.ekonomidirektor, outcomes: [-1.8, -0.9]
      },
      {
        title: 'Kostnad för inhyrd vårdpersonal i procent av personalkostnaden', unitOfMeasure: '%', direction: 'decrease',
        targetValue: 2, role: ROLE.ekonomidirektor, outcomes: [4.6, 3.9]
      }
    ]
  }
];

export interface Scorecard {
  plan: Plan;
  items: PlanItem[];
  indicators: Indicator[];
  indicatorValues: IndicatorValue[];
}

export function buildScorecard(year: number): Scorecard {
  const slug = `sk-${year}-hsf`;
  const planKey = `plan:${slug}`;
  const plan: Plan = {
    key: planKey, title: `Styrkort ${year} – Hälso- och sjukvårdsförvaltningen`, kind: 'scorecard', year,
    unitKey: UNIT.hsf, state: 'followUp', decisionDate: meetingDate(year, '01-20'), diaryNumber: `HSF ${year}/12`
  };
  const items: PlanItem[] = [];
  const indicators: Indicator[] = [];
  const indicatorValues: IndicatorValue[] = [];
  goals.forEach((goal, goalIndex) => {
    const itemKey = `goal:${slug}:${seq(goalIndex + 1)}`;
    items.push({
      key: itemKey, planKey, title: goal.goal, consequence: '', cause: '', handling: null,
      strategyKey: goal.perspective, objectiveKey: null, securityAreaKey: null,
      probability: null, severity: null, residualProbability: null, residualSeverity: null,
      confidential: false, sortOrder: goalIndex + 1
    });
    goal.indicators.forEach((spec, indicatorIndex) => {
      const suffix = `${slug}:${seq(goalIndex + 1)}:${indicatorIndex + 1}`;
      const indicatorKey = `indicator:${suffix}`;
      indicators.push({
        key: indicatorKey, planKey, itemKey, title: spec.title, unitOfMeasure: spec.unitOfMeasure, direction: spec.direction,
        targetValue: spec.targetValue, splitBySex: Array.isArray(spec.outcomes[0]), roleKey: spec.role
      });
      [year - 2, year - 1].forEach((valueYear, i) => {
        const outcome = spec.outcomes[i];
        const comment = spec.comments ? spec.comments[i] : '';
        const base = { key: `value:${suffix}:${valueYear}`, indicatorKey, year: valueYear, comment };
        if (Array.isArray(outcome)) {
          const [women, men, total] = outcome;
          indicatorValues.push({ ...base, value: total, valueWomen: women, valueMen: men });
        } else {
          indicatorValues.push({ ...base, value: outcome, valueWomen: null, valueMen: null });
        }
      });
    });
  });
  return { plan, items, indicators, indicatorValues };
}
