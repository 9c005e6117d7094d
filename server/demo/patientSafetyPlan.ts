/**
 * This year's patient-safety action plan of Hälso- och sjukvårdsförvaltningen, structured like the national
 * plan: goals under the five focus areas (items, strategyKey = the focus area) and activities under each goal
 * (measures of kind 'activity', `method` = "Metod/Datakälla", one responsible role). The plan is followed up
 * by LSG-patientsäkerhet; its one follow-up so far is closed and fully answered.
 */
import type { Measure, Plan, PlanItem } from '../../src/model/types';
import { FOCUS } from './categories';
import type { Answer, MeasureTrack } from './internalControlPlan';
import { ROLE } from './roles';
import { dateIn, meetingDate, seq } from './support';
import { UNIT } from './units';

interface ActivitySpec {
  title: string;
  method: string;
  role: string;
  due: string;
  answer: Answer;
}

interface GoalSpec {
  focus: string;
  goal: string;
  activities: ActivitySpec[];
}

const goals: GoalSpec[] = [
  {
    focus: FOCUS.vardskador,
    goal: 'Alla verksamheter utreder händelser som har lett till eller hade kunnat leda till vårdskada och vidtar åtgärder',
    activities: [
      {
        title: 'Sammanställa vårdskadeläget två gånger per år och föreslå åtgärder för förvaltningsledningen',
        method: 'Avvikelsesystemet, lex Maria-anmälningar, markörbaserad journalgranskning',
        role: ROLE.chefslakare, due: '12-31',
        answer: ['yellow', 'Den första sammanställningen är redovisad för förvaltningsledningen. Nästa görs vid årets slut.']
      },
      {
        title: 'Granska journaler med markörbaserad metod på alla sjukhusavdelningar',
        method: 'Markörbaserad journalgranskning, 20 slumpvis valda vårdtillfällen per månad',
        role: ROLE.patientsakerhetssamordnare, due: '12-31',
        answer: ['yellow', 'Granskning görs på elva av fjorton avdelningar. Granskare saknas på tre.']
      }
    ]
  },
  {
    focus: FOCUS.vardskador,
    goal: 'Synpunkter och klagomål från patienter och närstående används i förbättringsarbetet',
    activities: [
      {
        title: 'Ansluta alla enheter till synpunkts- och klagomålshanteringen via 1177',
        method: 'Synpunkter och klagomål via 1177, patientnämndens ärenden, nationell patientenkät',
        role: ROLE.acSpecialistvard, due: '06-30',
        answer: ['green', 'Alla enheter inom specialistvården är anslutna.']
      }
    ]
  },
  {
    focus: FOCUS.system,
    goal: 'Roller, ansvar och arbetssätt i patientsäkerhetsarbetet finns beskrivna i ledningssystemet',
    activities: [
      {
        title: 'Beskriva hur patientsäkerhetsarbetet är organiserat och fördelat i ledningssystemet för kvalitet',
        method: 'Ledningssystemet för kvalitet, dokumenthanteringssystemet',
        role: ROLE.chefslakare, due: '09-30',
        answer: ['green', 'Beskrivningen är publicerad i ledningssystemet.']
      }
    ]
  },
  {
    focus: FOCUS.system,
    goal: 'Patientsäkerheten hos privata vårdgivare följs upp på samma sätt som i egen regi',
    activities: [
      {
        title: 'Ta fram en modell för att följa upp patientsäkerhet i avtalen med privata vårdgivare',
        method: 'Avtalsuppföljning, beslutsstöd',
        role: ROLE.hsDirektor, due: '12-31',
        answer: ['red', 'Arbetet har inte kunnat starta. Det förs över till nästa år.']
      }
    ]
  },
  {
    focus: FOCUS.harOchNu,
    goal: 'Medarbetare tränar regelbundet tekniska och icke-tekniska färdigheter',
    activities: [
      {
        title: 'Erbjuda simuleringsträning i akuta förlopp för alla team på akutmottagningen och medicinavdelningarna',
        method: 'Träningsregister, kliniskt träningscentrum',
        role: ROLE.acSpecialistvard, due: '12-31',
        answer: ['yellow', 'Hälften av teamen har tränat. Resten är schemalagda senare i år.']
      }
    ]
  },
  {
    focus: FOCUS.harOchNu,
    goal: 'Säkerhetskulturen mäts och resultatet leder till åtgärder på varje enhet',
    activities: [
      {
        title: 'Mäta säkerhetskulturen i medarbetarundersökningen och ta fram åtgärder på varje enhet',
        method: 'Medarbetarundersökningen, frågor om patientsäkerhetskultur',
        role: ROLE.hrDirektor, due: '11-30',
        answer: ['yellow', 'Frågorna ingår i årets undersökning. Resultat och åtgärder tas fram när undersökningen är stängd.']
      },
      {
        title: 'Ta fram åtgärdsplan på enheter där följsamheten till basala hygienrutiner är under 90 procent',
        method: 'Mätning av följsamhet till basala hygien- och klädregler',
        role: 'role:omr:vardhygien', due: '10-31',
        answer: ['green', 'Åtgärdsplaner finns på alla fem enheter som låg under målet.']
      }
    ]
  },
  {
    focus: FOCUS.harOchNu,
    goal: 'Patienter och närstående är delaktiga i att utveckla vården',
    activities: [
      {
        title: 'Involvera patientföreträdare i förbättringsarbetet på minst tre kliniker',
        method: 'Patient- och brukarorganisationer, patientenkäter',
        role: ROLE.patientsakerhetssamordnare, due: '12-31',
        answer: ['yellow', 'Patientföreträdare deltar i förbättringsarbetet på två kliniker.']
      }
    ]
  },
  {
    focus: FOCUS.larande,
    goal: 'Lärdomar från händelseanalyser sprids i hela organisationen',
    activities: [
      {
        title: 'Bilda ett regionövergripande nätverk för händelseanalys',
        method: 'Händelseanalyser, nätverkets minnesanteckningar',
        role: ROLE.chefslakare, due: '06-30',
        answer: ['green', 'Nätverket är bildat och träffas varannan månad.']
      },
      {
        title: 'Ta fram ett gemensamt kvalitets- och patientsäkerhetsbokslut för förvaltningen',
        method: 'Patientsäkerhetsberättelsen, beslutsstöd',
        role: ROLE.patientsakerhetssamordnare, due: '12-31',
        answer: ['yellow', 'Mall och tidplan är klara. Bokslutet sammanställs vid årets slut.']
      }
    ]
  },
  {
    focus: FOCUS.beredskap,
    goal: 'Vården klarar sitt uppdrag med god patientsäkerhet även vid oväntade händelser',
    activities: [
      {
        title: 'Se över beredskapslagren för läkemedel och sjukvårdsmaterial tillsammans med säkerhetsenheten',
        method: 'Beredskapsplaner, lagerstatistik',
        role: 'role:omr:lakemedel', due: '12-31',
        answer: ['yellow', 'Behovet är beräknat för 30 dagars förbrukning. Lokalfrågan är under utredning.']
      }
    ]
  },
  {
    focus: FOCUS.beredskap,
    goal: 'Nya medarbetare och chefer får kunskap om patientsäkerhet från början',
    activities: [
      {
        title: 'Ta in patientsäkerhet i introduktionen för nya medarbetare och chefer',
        method: 'Introduktionsprogrammet, lärplattformen',
        role: ROLE.hrDirektor, due: '09-30',
        answer: ['green', 'Webbutbildningen i patientsäkerhet ingår nu i introduktionen.']
      }
    ]
  }
];

export interface PatientSafetyPlan {
  plan: Plan;
  items: PlanItem[];
  measures: Measure[];
  tracks: MeasureTrack[];
}

export function patientSafetySlug(year: number): string {
  return `ps-${year}`;
}

export function buildPatientSafetyPlan(year: number): PatientSafetyPlan {
  const slug = patientSafetySlug(year);
  const planKey = `plan:${slug}`;
  const plan: Plan = {
    key: planKey, title: `Handlingsplan för patientsäkerhet ${year}`, kind: 'patientSafety', year,
    unitKey: UNIT.hsf, state: 'followUp', decisionDate: meetingDate(year, '02-12'), diaryNumber: `HSF ${year}/41`
  };
  const items: PlanItem[] = [];
  const measures: Measure[] = [];
  const tracks: MeasureTrack[] = [];
  goals.forEach((goal, goalIndex) => {
    const itemKey = `goal:${slug}:${seq(goalIndex + 1)}`;
    items.push({
      key: itemKey, planKey, title: goal.goal, consequence: '', cause: '', handling: null,
      strategyKey: goal.focus, objectiveKey: null, securityAreaKey: null,
      probability: null, severity: null, residualProbability: null, residualSeverity: null,
      confidential: false, sortOrder: goalIndex + 1
    });
    goal.activities.forEach((activity, activityIndex) => {
      const measure: Measure = {
        key: `activity:${slug}:${seq(goalIndex + 1)}:${activityIndex + 1}`, planKey, itemKey, title: activity.title,
        measureKind: 'activity', roleKey: activity.role, dueDate: dateIn(year, activity.due), method: activity.method, closed: false
      };
      measures.push(measure);
      tracks.push({ measure, history: [activity.answer] });
    });
  });
  return { plan, items, measures, tracks };
}
