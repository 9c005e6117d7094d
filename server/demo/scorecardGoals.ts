/**
 * The goals of Hälso- och sjukvårdsförvaltningen's balanced scorecard as data, per perspective under the
 * regional board's strategic goal: the division's goals ("framgångsfaktorer"), their indicators ("styrmått"
 * with a target rule, unit and data source) with the value and analysis given in each of the year's three
 * follow-ups, and the assignments ("uppdrag") reported back with a status and a current state ("Nuläge").
 * An indicator whose readings are [women, men, total] is split by sex. A missing third reading means the
 * indicator is still unanswered in the open follow-up. The texts are Region Norrvik's own.
 */
import type { StatusColour } from '../../src/model/types';
import { PERSPECTIVE } from './categories';
import type { StatusAnswer } from './followUps';
import type { Figure, IndicatorDefinition } from './indicators';
import { ROLE } from './roles';

export const SCORECARD_GOAL_IDS = [
  'vardgaranti', 'akut', 'fortroende', 'sakervard', 'avvikelser', 'digital', 'forbattring', 'arbetsmiljo', 'heltid', 'balans'
] as const;
/** A goal's id in its key (`goal:sk-2026-hsf:vardgaranti`), so other plans can link to it by name. */
export type ScorecardGoalId = (typeof SCORECARD_GOAL_IDS)[number];

export interface Reading {
  figure: Figure;
  comment: string;
  /** A colour set by hand, with the reason the form requires. */
  manual?: { status: StatusColour; reason: string };
}

export interface IndicatorSpec extends IndicatorDefinition {
  role: string;
  /** The two closed follow-ups, then (if answered) the open one. */
  readings: [Reading, Reading] | [Reading, Reading, Reading];
}

export interface AssignmentSpec {
  title: string;
  /** What the assignment shall have achieved. */
  goal: string;
  role: string;
  /** `MM-DD` within the plan's year. */
  due: string;
  /** Status and "Nuläge" per follow-up, in order. */
  history: StatusAnswer[];
}

export interface GoalSpec {
  id: ScorecardGoalId;
  perspective: string;
  /** "Regionstyrelsens strategiska mål". */
  strategicGoal: string;
  title: string;
  indicators: IndicatorSpec[];
  assignments?: AssignmentSpec[];
}

const read = (figure: Figure, comment: string, manual?: Reading['manual']): Reading => ({ figure, comment, manual });

export const SCORECARD_GOALS: GoalSpec[] = [
  {
    id: 'vardgaranti', perspective: PERSPECTIVE.medborgare, strategicGoal: 'Vård i rätt tid för alla invånare',
    title: 'Invånarna får vård inom vårdgarantins tidsgränser',
    indicators: [
      {
        title: 'Andel patienter som fått ett första besök i specialistvården inom 90 dagar', unitOfMeasure: '%', rule: 'atLeast', target: 90,
        method: 'Väntetidsdatabasen, uttag för uppföljningens sista månad', role: ROLE.acSpecialistvard,
        readings: [
          read([80.2, 77.9, 79.2], 'Ortopedin och ögonkliniken står för de flesta som väntat för länge. Män väntar oftare längre än kvinnor eftersom fler män står i kö till urologin.'),
          read([82.5, 79.4, 81.1], 'Kvällsmottagningar på ögonkliniken har kortat kön. Ortopedin ligger kvar på samma nivå.'),
          read([84.1, 81.0, 82.7], 'Förbättringen håller i sig men målet nås inte i år. Ortopedin får mer operationstid från nästa månad.')
        ]
      },
      {
        title: 'Medianväntetid till planerad operation', unitOfMeasure: 'dagar', rule: 'atMost', target: 60, tolerance: 10,
        method: 'Väntetidsdatabasen, operationsplaneringssystemet', role: ROLE.acSpecialistvard,
        readings: [
          read(78, 'Väntetiden är längst för höft- och knäprotesoperationer.'),
          read(67, 'Operationer på lördagar har kortat väntetiden med elva dagar.')
        ]
      }
    ],
    assignments: [
      {
        title: 'Samla planeringen av operationer på sjukhusen i en gemensam produktionsplanering',
        goal: 'En gemensam produktions- och kapacitetsplanering för operation finns och används', role: ROLE.acSpecialistvard, due: '12-31',
        history: [
          ['yellow', 'Kartläggningen av operationskapaciteten är klar. Ett gemensamt planeringsforum startar efter sommaren.'],
          ['yellow', 'Planeringsforumet träffas varje vecka. Ortopedin och kirurgin planerar nu tillsammans; övriga specialiteter ansluter under hösten.']
        ]
      }
    ]
  },
  {
    id: 'akut', perspective: PERSPECTIVE.medborgare, strategicGoal: 'Vård i rätt tid för alla invånare',
    title: 'Patienter som söker akut bedöms och behandlas utan onödig väntan',
    indicators: [
      {
        title: 'Andel patienter med total vistelsetid på akutmottagningen under fyra timmar', unitOfMeasure: '%', rule: 'atLeast', target: 80,
        method: 'Akutliggaren, alla besök under perioden', role: ROLE.vcAkutkliniken,
        readings: [
          read([71.8, 68.9, 70.4], 'Vistelsetiden är längst för äldre patienter som väntar på en vårdplats. Män är fler bland dem som väntar in på en vårdplats.'),
          read([74.6, 71.9, 73.3], 'Ett snabbspår för patienter med lättare skador infördes under perioden och har kortat vistelsetiden.')
        ]
      },
      {
        title: 'Antal patienter som lämnat akutmottagningen innan läkarbedömning', unitOfMeasure: 'antal', rule: 'decrease', target: null,
        method: 'Akutliggaren, besök avslutade utan läkarbedömning', role: ROLE.vcAkutkliniken,
        readings: [
          read([208, 191, 399], 'De flesta lämnar mottagningen på kvällen när väntetiden till läkare är över tre timmar.'),
          read([171, 163, 334], 'Färre lämnar mottagningen sedan triagesjuksköterskan ger besked om väntetiden och hänvisar till vårdcentral vid behov.')
        ]
      }
    ]
  },
  {
    id: 'fortroende', perspective: PERSPECTIVE.medborgare, strategicGoal: 'Invånarna har högt förtroende för vården',
    title: 'Patienterna är nöjda med bemötandet och informationen de får',
    indicators: [
      {
        title: 'Andel patienter som skulle rekommendera mottagningen till andra', unitOfMeasure: '%', rule: 'increase', target: null,
        method: 'Förvaltningens patientenkät, andel som svarat 4 eller 5 på en femgradig skala', role: ROLE.hsDirektor,
        readings: [
          read([86.4, 83.1, 84.9], 'Kvinnor svarar i regel något mer positivt än män. Lägst resultat har mottagningar med långa telefonköer.'),
          read([87.0, 83.4, 85.3], 'Små förändringar sedan förra mätningen. Frågan om information inför hemgång har fått bättre svar.'),
          read([87.2, 84.0, 85.7], 'Resultatet ökar något för både kvinnor och män.')
        ]
      }
    ]
  },
  {
    id: 'sakervard', perspective: PERSPECTIVE.verksamhet, strategicGoal: 'En säker vård med god kvalitet',
    title: 'Vården är säker och patienter drabbas inte av undvikbara vårdskador',
    indicators: [
      {
        title: 'Andel patienter med trycksår vid punktprevalensmätning', unitOfMeasure: '%', rule: 'atMost', target: 10,
        method: 'Punktprevalensmätning av trycksår på alla vårdavdelningar', role: ROLE.chefslakare,
        readings: [
          read(12.8, 'Flest trycksår finns hos patienter över 80 år på de medicinska avdelningarna.'),
          read(11.5, 'Riskbedömning inom ett dygn efter inskrivning görs nu på alla avdelningar.')
        ]
      },
      {
        title: 'Andel oplanerade återinskrivningar inom 30 dagar, 65 år och äldre', unitOfMeasure: '%', rule: 'decrease', target: null, tolerance: 0.2,
        method: 'Patientadministrativa systemet, återinskrivningar inom 30 dagar efter utskrivning', role: ROLE.chefslakare,
        readings: [
          read([16.5, 18.4, 17.4], 'Män återinskrivs oftare än kvinnor, framför allt med hjärtsvikt och KOL.'),
          read([16.3, 18.2, 17.2], 'I stort sett oförändrat. Uppföljande telefonsamtal efter utskrivning har startat på två avdelningar.'),
          read([15.7, 17.4, 16.5], 'Minskningen syns på de avdelningar som ringer upp patienterna efter hemgång.')
        ]
      }
    ],
    assignments: [
      {
        title: 'Införa strukturerad överrapportering enligt SBAR på alla vårdavdelningar',
        goal: 'All överrapportering mellan vårdenheter sker enligt SBAR', role: ROLE.acSpecialistvard, due: '10-31',
        history: [
          ['yellow', 'Utbildningen är genomförd på sju av tolv avdelningar.'],
          ['yellow', 'Elva av tolv avdelningar använder SBAR. Den sista börjar när bemanningen har förstärkts i höst.'],
          ['green', 'Alla tolv avdelningar använder SBAR vid överrapportering. Uppdraget är slutfört.']
        ]
      }
    ]
  },
  {
    id: 'avvikelser', perspective: PERSPECTIVE.verksamhet, strategicGoal: 'En säker vård med god kvalitet',
    title: 'Avvikelser utreds i tid och används för att förbättra vården',
    indicators: [
      {
        title: 'Andel avvikelser som är utredda och avslutade inom 60 dagar', unitOfMeasure: '%', rule: 'atLeast', target: 90, tolerance: 5,
        method: 'Avvikelsesystemet, avvikelser registrerade under perioden', role: ROLE.patientsakerhetssamordnare,
        readings: [
          read(77, 'Många avvikelser väntar på att en utredare ska utses. Cheferna har fått en påminnelse om rutinen.'),
          read(86, 'Fler avvikelser utreds i tid sedan varje klinik har utsett en utredningsansvarig.'),
          read(88, 'Andelen fortsätter att öka men når inte målet.')
        ]
      }
    ]
  },
  {
    id: 'digital', perspective: PERSPECTIVE.kunskap, strategicGoal: 'Förnyelse genom digitalisering',
    title: 'Digitala vårdmöten är en naturlig del av vården',
    indicators: [
      {
        title: 'Antal digitala vårdbesök i primärvården', unitOfMeasure: 'antal', rule: 'increase', target: null,
        method: 'Journalsystemet, besök med kontakttyp video eller chatt', role: ROLE.acHospa,
        readings: [
          read([6120, 4030, 10150], 'Chattbesök för infektioner och hudbesvär står för mer än hälften av besöken.'),
          read([5390, 3620, 9010], 'Färre besök än förra perioden, men fler än under samma månader i fjol.', {
            status: 'yellow',
            reason: 'Perioden omfattar semestermånaderna då mottagningarna har färre chattpass. Jämfört med samma period i fjol har besöken ökat med 16 procent.'
          }),
          read([6840, 4510, 11350], 'Videobesök för uppföljning av diabetes har införts på fyra vårdcentraler.')
        ]
      },
      {
        title: 'Digital egenremiss införd på alla vårdcentraler', unitOfMeasure: '', rule: 'done', target: null,
        method: 'Införandeplanen, e-tjänsteplattformen', role: ROLE.acHospa,
        readings: [
          read(0, 'Egenremiss finns på fem av nio vårdcentraler.'),
          read(0, 'Sju av nio vårdcentraler har infört egenremiss. Två väntar på en uppdatering av e-tjänsten.'),
          read(1, 'Genomförd. Alla nio vårdcentraler tar emot egenremisser digitalt.')
        ]
      }
    ],
    assignments: [
      {
        title: 'Förstudie om vård i hemmet med digital övervakning för patienter med hjärtsvikt',
        goal: 'En förstudie med förslag på arbetssätt, kostnader och införande är klar', role: ROLE.acHospa, due: '12-31',
        history: [
          ['green', 'Förstudien har startat enligt plan. Två vårdcentraler och kardiologen deltar.'],
          ['yellow', 'Förstudien är sex veckor försenad eftersom upphandlingen av mätutrustning har överprövats. Den beräknas vara klar före årets slut.']
        ]
      }
    ]
  },
  {
    id: 'forbattring', perspective: PERSPECTIVE.kunskap, strategicGoal: 'Förnyelse genom digitalisering',
    title: 'Förbättringsarbetet bedrivs med en gemensam metod i hela förvaltningen',
    indicators: [
      {
        title: 'Gemensam metod för förbättringsarbete beslutad och införd', unitOfMeasure: '', rule: 'done', target: null,
        method: 'Ledningssystemet för kvalitet', role: ROLE.chefslakare,
        readings: [
          read(0, 'Metoden är framtagen och skickad på remiss till klinikerna.'),
          read(1, 'Genomförd. Förvaltningsledningen har beslutat metoden och den finns i ledningssystemet.'),
          read(1, 'Metoden används och tjugo förbättringsledare är utbildade.')
        ]
      }
    ]
  },
  {
    id: 'arbetsmiljo', perspective: PERSPECTIVE.medarbetare, strategicGoal: 'Attraktiv arbetsgivare',
    title: 'God arbetsmiljö, friska medarbetare och låg sjukfrånvaro',
    indicators: [
      {
        title: 'Sjukfrånvaro i procent av ordinarie arbetstid', unitOfMeasure: '%', rule: 'atMost', target: 6, tolerance: 0.5,
        method: 'Lönesystemet, sjukfrånvarotimmar i förhållande till ordinarie arbetstid', role: ROLE.hrDirektor,
        readings: [
          read([7.9, 4.6, 7.2], 'Korttidsfrånvaron var hög under vintern. Sjukfrånvaron är högre bland kvinnor, som är fler i de yrken där frånvaron är störst.'),
          read([7.0, 4.3, 6.4], 'Sjukfrånvaron har minskat, framför allt den korta. Långtidsfrånvaron är i stort sett oförändrad.')
        ]
      },
      {
        title: 'Andel certifierade hälsofrämjande arbetsplatser', unitOfMeasure: '%', rule: 'atLeast', target: 20,
        method: 'Företagshälsovårdens register över certifierade arbetsplatser', role: ROLE.acArbetsmiljo,
        readings: [
          read(11, 'Fyra arbetsplatser har påbörjat certifieringen.'),
          read(15, 'Sex arbetsplatser har certifierats sedan förra uppföljningen.'),
          read(17, 'Ytterligare tre arbetsplatser är certifierade. Målet nås troligen inte i år.')
        ]
      }
    ]
  },
  {
    id: 'heltid', perspective: PERSPECTIVE.medarbetare, strategicGoal: 'Attraktiv arbetsgivare',
    title: 'Alla tillsvidareanställda har heltid som grund och behovet av extra tid minskar',
    indicators: [
      {
        title: 'Andel tillsvidareanställda med heltidsanställning som grund', unitOfMeasure: '%', rule: 'increase', target: null,
        method: 'Personalsystemet, anställningar den sista dagen i perioden', role: ROLE.hrDirektor,
        readings: [
          read([92.6, 95.2, 93.1], 'Andelen är lägre bland kvinnor. De flesta deltidsanställningarna finns bland undersköterskor.'),
          read([93.3, 95.4, 93.7], 'Fler undersköterskor har gått upp till heltid sedan schemat gjordes om.')
        ]
      },
      {
        title: 'Timmar övertid och mertid per årsarbetare', unitOfMeasure: 'timmar', rule: 'decrease', target: null,
        method: 'Lönesystemet, övertid och mertid under perioden', role: ROLE.hrDirektor,
        readings: [
          read([16.8, 22.4, 18.1], 'Mest extra tid görs på akutmottagningen och operationsavdelningarna.'),
          read([19.5, 25.1, 20.8], 'Semesterperioden gav mer övertid än förra perioden.')
        ]
      }
    ],
    assignments: [
      {
        title: 'Ta fram en plan för att minska beroendet av inhyrd vårdpersonal',
        goal: 'En plan med åtgärder och tidplan är beslutad av förvaltningsledningen', role: ROLE.hrDirektor, due: '09-30',
        history: [
          ['yellow', 'Behovet av inhyrd personal är kartlagt per klinik. Planen tas fram tillsammans med ekonomistaben.'],
          ['green', 'Planen är beslutad. Den innehåller en egen bemanningspool och utbildningsanställningar för specialistsjuksköterskor.']
        ]
      }
    ]
  },
  {
    id: 'balans', perspective: PERSPECTIVE.ekonomi, strategicGoal: 'Ekonomi som ger handlingsfrihet',
    title: 'Ekonomi i balans',
    indicators: [
      {
        title: 'Budgetavvikelse i procent av nettokostnaden', unitOfMeasure: '%', rule: 'atLeast', target: 0, tolerance: 0.5,
        method: 'Ekonomisystemet, utfall mot periodiserad budget', role: ROLE.ekonomidirektor,
        readings: [
          read(-1.3, 'Underskottet beror främst på kostnader för inhyrd personal och läkemedel.'),
          read(-0.4, 'Underskottet har minskat sedan bemanningspoolen startade.'),
          read(-0.2, 'Prognosen för helåret är ett litet underskott.')
        ]
      },
      {
        title: 'Kostnad för inhyrd vårdpersonal i procent av personalkostnaden', unitOfMeasure: '%', rule: 'atMost', target: 2,
        method: 'Ekonomisystemet, konton för inhyrd personal', role: ROLE.ekonomidirektor,
        readings: [
          read(4.1, 'Inhyrda sjuksköterskor på medicinavdelningarna står för den största delen.'),
          read(3.7, 'Kostnaden har minskat något, men sommaren krävde inhyrning på akutmottagningen.')
        ]
      }
    ]
  }
];
