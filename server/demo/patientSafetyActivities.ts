/**
 * The five focus areas of the patient-safety action plan as data: purpose, overarching goals and the
 * activity table (Aktivitet, Mål, Metod/Datakälla, Ansvarig), with each activity's answer in the closed
 * follow-up and, if it has answered yet, in the open one. The texts are Region Norrvik's own.
 */
import { FOCUS } from './categories';
import type { StatusAnswer } from './followUps';
import { ROLE } from './roles';

export interface ActivitySpec {
  /** "Aktivitet". */
  title: string;
  /** "Mål". */
  goal: string;
  /** "Metod/Datakälla". */
  method: string;
  /** "Ansvarig": every responsible body, the lead first. */
  roles: string[];
  /** `MM-DD` within the plan's year. */
  due: string;
  closed: StatusAnswer;
  /** The answer in the open follow-up; none yet if absent. */
  open?: StatusAnswer;
}

export interface FocusAreaSpec {
  category: string;
  title: string;
  /** "Fokusområdet syftar till att …", one point per entry. */
  purpose: string[];
  /** "Övergripande mål". */
  goals: string[];
  activities: ActivitySpec[];
}

const vardhygien = 'role:omr:vardhygien';
const lakemedel = 'role:omr:lakemedel';

export const PATIENT_SAFETY_FOCUS_AREAS: FocusAreaSpec[] = [
  {
    category: FOCUS.vardskador, title: 'Ökad kunskap om inträffade vårdskador',
    purpose: [
      'Ge en samlad bild av vilka skador och vårdskador som drabbar patienterna.',
      'Ta fram underlag för att förstå orsakerna på systemnivå.',
      'Göra det möjligt att följa hur patientsäkerheten utvecklas över tid.'
    ],
    goals: [
      'Alla medarbetare vet hur vårdskador uppstår och hur de rapporteras.',
      'Vårdskadeläget är känt och följs upp i varje ledningsgrupp.'
    ],
    activities: [
      {
        title: 'Sammanställa vårdskadeläget två gånger per år och föreslå åtgärder för förvaltningsledningen',
        goal: 'Förvaltningsledningen har ett aktuellt underlag om vårdskador och beslutar om åtgärder',
        method: 'Avvikelsesystemet, lex Maria-anmälningar, markörbaserad journalgranskning',
        roles: [ROLE.lsgPatientsakerhet, ROLE.chefslakare, ROLE.patientsakerhetsteamet], due: '12-31',
        closed: ['yellow', 'Den första sammanställningen är redovisad för förvaltningsledningen. Nästa görs vid årets slut.'],
        open: ['yellow', 'Underlaget till den andra sammanställningen samlas in. Tre kliniker har ännu inte lämnat sina siffror.']
      },
      {
        title: 'Granska journaler med markörbaserad metod på alla vårdavdelningar',
        goal: 'Varje vårdavdelning granskar minst tjugo vårdtillfällen per månad',
        method: 'Markörbaserad journalgranskning',
        roles: [ROLE.patientsakerhetssamordnare, ROLE.acSpecialistvard], due: '12-31',
        closed: ['yellow', 'Granskning görs på elva av fjorton avdelningar. Granskare saknas på tre.'],
        open: ['yellow', 'Två nya granskare är utbildade. Tretton av fjorton avdelningar granskar nu varje månad.']
      },
      {
        title: 'Ansluta alla enheter till synpunkts- och klagomålshanteringen via 1177',
        goal: 'Alla enheter tar emot och besvarar synpunkter och klagomål via 1177',
        method: 'Synpunkter och klagomål via 1177, patientnämndens ärenden',
        roles: [ROLE.acSpecialistvard, ROLE.acHospa, ROLE.patientsakerhetssamordnare], due: '06-30',
        closed: ['green', 'Alla enheter inom specialistvården och primärvården är anslutna.'],
        open: ['green', 'Klart. Svarstiden på klagomål följs nu upp varje månad.']
      },
      {
        title: 'Göra utbildningen i patientsäkerhet obligatorisk för chefer och medarbetare',
        goal: 'Minst nio av tio medarbetare har gått utbildningen',
        method: 'Lärplattformen, Socialstyrelsens webbutbildning i patientsäkerhet',
        roles: [ROLE.hrDirektor, ROLE.patientsakerhetsteamet], due: '11-30',
        closed: ['yellow', 'Utbildningen är obligatorisk sedan mars. 64 procent av medarbetarna har gått den.']
      },
      {
        title: 'Införa en gemensam rutin för stöd till patienter och medarbetare efter en allvarlig händelse',
        goal: 'Patienter och medarbetare som varit med om en allvarlig händelse får stöd enligt rutinen',
        method: 'Händelseanalyser, rutinen för omhändertagande efter händelse',
        roles: [ROLE.hrDirektor, ROLE.patientsakerhetsteamet, ROLE.ecAkutmottagningen], due: '09-30',
        closed: ['yellow', 'Rutinen är skriven och prövas på akutmottagningen.'],
        open: ['green', 'Rutinen är beslutad och gäller i hela förvaltningen.']
      }
    ]
  },
  {
    category: FOCUS.system, title: 'Tillförlitliga och säkra system och processer',
    purpose: [
      'Utveckla processer som utgår från patientens väg genom vården.',
      'Minska oönskade skillnader i hur vården ges.'
    ],
    goals: [
      'Patientsäkerhetsarbetet är en del av förvaltningens ledningssystem för kvalitet.',
      'Vårdens viktigaste processer är kartlagda och riskbedömda.'
    ],
    activities: [
      {
        title: 'Beskriva i ledningssystemet hur patientsäkerhetsarbetet är organiserat, med roller och ansvar',
        goal: 'Roller, ansvar och arbetssätt i patientsäkerhetsarbetet finns beskrivna och publicerade',
        method: 'Ledningssystemet för kvalitet, dokumenthanteringssystemet',
        roles: [ROLE.chefslakare, ROLE.patientsakerhetsteamet], due: '09-30',
        closed: ['green', 'Beskrivningen är publicerad i ledningssystemet.'],
        open: ['green', 'Klart.']
      },
      {
        title: 'Riskbedöma vårdprocessen för patienter med höftfraktur, från ambulans till utskrivning',
        goal: 'Riskerna i processen är kända och åtgärder är beslutade',
        method: 'Processkartläggning, riskanalys enligt förvaltningens metod',
        roles: [ROLE.acSpecialistvard, ROLE.ecAkutmottagningen, ROLE.patientsakerhetsteamet], due: '10-31',
        closed: ['yellow', 'Processen är kartlagd. Riskanalysen görs i september.']
      },
      {
        title: 'Ta fram en modell för att följa upp patientsäkerheten hos privata vårdgivare med avtal',
        goal: 'Uppföljningen av privata vårdgivare omfattar patientsäkerhet på samma sätt som egen regi',
        method: 'Avtalsuppföljning, beslutsstöd',
        roles: [ROLE.hsDirektor, ROLE.chefslakare], due: '12-31',
        closed: ['red', 'Arbetet har inte kunnat starta. Det förs över till nästa år.']
      }
    ]
  },
  {
    category: FOCUS.harOchNu, title: 'Säker vård här och nu',
    purpose: [
      'Öka förmågan att upptäcka och hantera risker i det dagliga arbetet innan en patient skadas.',
      'Stärka patienters och närståendes delaktighet i vården.'
    ],
    goals: [
      'Säkerhetskulturen är god på alla nivåer i förvaltningen.',
      'Chefer och medarbetare vet hur arbetsmiljön påverkar patientsäkerheten.'
    ],
    activities: [
      {
        title: 'Erbjuda simuleringsträning i akuta förlopp för alla team på akutmottagningen och medicinavdelningarna',
        goal: 'Varje team tränar minst två gånger per år',
        method: 'Träningsregistret, kliniskt träningscentrum',
        roles: [ROLE.ecAkutmottagningen, ROLE.ecMedicin3], due: '12-31',
        closed: ['yellow', 'Hälften av teamen har tränat en gång. Resten är schemalagda senare i år.'],
        open: ['yellow', 'Alla team har tränat en gång och hälften två gånger.']
      },
      {
        title: 'Mäta säkerhetskulturen i medarbetarundersökningen och ta fram åtgärder på varje enhet',
        goal: 'Varje enhet har en åtgärdsplan utifrån sitt resultat',
        method: 'Medarbetarundersökningen, frågor om patientsäkerhetskultur',
        roles: [ROLE.hrDirektor, ROLE.patientsakerhetsteamet], due: '11-30',
        closed: ['yellow', 'Frågorna ingår i årets undersökning. Resultat och åtgärder tas fram när undersökningen är stängd.']
      },
      {
        title: 'Ta fram åtgärdsplan på enheter där följsamheten till basala hygienrutiner är under 90 procent',
        goal: 'Alla enheter når minst 90 procents följsamhet',
        method: 'Mätning av följsamhet till basala hygien- och klädregler',
        roles: [vardhygien, ROLE.ecMedicin3], due: '10-31',
        closed: ['green', 'Åtgärdsplaner finns på alla fem enheter som låg under målet.'],
        open: ['green', 'Fyra av de fem enheterna når nu målet.']
      },
      {
        title: 'Involvera patientföreträdare i förbättringsarbetet på minst tre kliniker',
        goal: 'Patientföreträdare deltar i förbättringsarbetet på minst tre kliniker',
        method: 'Patient- och brukarorganisationer, patientenkäter',
        roles: [ROLE.lsgPatientsakerhet, ROLE.patientsakerhetssamordnare], due: '12-31',
        closed: ['yellow', 'Patientföreträdare deltar i förbättringsarbetet på två kliniker.']
      },
      {
        title: 'Införa en daglig säkerhetsgenomgång vid säkerhetstavlan på vårdavdelningarna',
        goal: 'Alla vårdavdelningar har en kort säkerhetsgenomgång varje dag',
        method: 'Säkerhetstavlor, egenkontroll',
        roles: [ROLE.acSpecialistvard, ROLE.ecMedicin3, ROLE.patientsakerhetsteamet], due: '12-31',
        closed: ['yellow', 'Sex avdelningar har daglig säkerhetsgenomgång.'],
        open: ['yellow', 'Nio avdelningar har daglig säkerhetsgenomgång. Övriga börjar efter årsskiftet.']
      }
    ]
  },
  {
    category: FOCUS.larande, title: 'Stärkt analys, lärande och utveckling',
    purpose: [
      'Förstå vad som bidrar till säkerhet och vad som orsakar vårdskador.',
      'Sprida lärdomar mellan verksamheter så att samma händelse inte upprepas.'
    ],
    goals: [
      'Faktorer som påverkar patientsäkerheten identifieras, analyseras och används i förbättringsarbetet.'
    ],
    activities: [
      {
        title: 'Bilda ett förvaltningsövergripande nätverk för händelseanalys',
        goal: 'Nätverket träffas regelbundet och delar lärdomar från analyserna',
        method: 'Händelseanalyser, nätverkets minnesanteckningar',
        roles: [ROLE.lsgPatientsakerhet, ROLE.patientsakerhetsteamet], due: '12-31',
        closed: ['green', 'Nätverket är bildat och har träffats två gånger.']
      },
      {
        title: 'Bilda en analysgrupp som följer upp resultat och analyserar dem på systemnivå',
        goal: 'Analysgruppen redovisar sina analyser för förvaltningsledningen två gånger per år',
        method: 'Beslutsstöd, kvalitetsregister',
        roles: [ROLE.chefslakare, ROLE.patientsakerhetssamordnare, ROLE.patientsakerhetsteamet], due: '12-31',
        closed: ['yellow', 'Gruppen är tillsatt. Den första analysen gäller återinskrivningar av äldre patienter.'],
        open: ['yellow', 'Den första analysen är redovisad. Nästa gäller trycksår.']
      },
      {
        title: 'Ta fram ett gemensamt kvalitets- och patientsäkerhetsbokslut för förvaltningen',
        goal: 'Bokslutet beslutas av förvaltningsledningen och publiceras',
        method: 'Patientsäkerhetsberättelsen, beslutsstöd',
        roles: [ROLE.patientsakerhetssamordnare, ROLE.lsgPatientsakerhet], due: '12-31',
        closed: ['yellow', 'Mall och tidplan är klara. Bokslutet sammanställs vid årets slut.']
      }
    ]
  },
  {
    category: FOCUS.beredskap, title: 'Ökad riskmedvetenhet och beredskap',
    purpose: [
      'Vården ska klara sitt uppdrag med god patientsäkerhet även när förutsättningarna ändras snabbt.'
    ],
    goals: [
      'Förvaltningen har en långsiktig kompetensförsörjning.',
      'Det finns beredskap för läkemedel, material och lokaler vid oväntade händelser.'
    ],
    activities: [
      {
        title: 'Se över beredskapslagren för läkemedel och sjukvårdsmaterial tillsammans med säkerhetsenheten',
        goal: 'Lagren räcker för minst 30 dagars förbrukning',
        method: 'Beredskapsplaner, lagerstatistik',
        roles: [lakemedel, ROLE.sakerhetschef], due: '12-31',
        closed: ['yellow', 'Behovet är beräknat för 30 dagars förbrukning. Lokalfrågan utreds.'],
        open: ['yellow', 'Lokal för lagret är hittad. Inköpen görs under vintern.']
      },
      {
        title: 'Ta fram en kompetensförsörjningsplan för de yrken där bristen är störst',
        goal: 'Planen visar behov och insatser för de kommande fem åren',
        method: 'Personalprognoser, kompetensinventering',
        roles: [ROLE.hrDirektor, ROLE.acSpecialistvard, ROLE.acHospa], due: '09-30',
        closed: ['green', 'Planen är klar för sjuksköterskor, röntgensjuksköterskor och biomedicinska analytiker.']
      }
    ]
  }
];
