/**
 * The regional board's internal control plans as data: this year's plan (22 risks, 43 measures) and last
 * year's (6 risks), each risk with consequence, cause, handling, strategy, control objective and a
 * 4 × 4 assessment, each measure with its responsible role, due date and the status history it is given
 * in the follow-ups (colour and comment per follow-up, in order). Several risks belong to a security area
 * and threaten goals of this year's scorecard (the links auditors ask for). The texts are Region Norrvik's
 * own. `{år}` in a text stands for the plan's year.
 */
import { ITEM_DEFAULTS, MEASURE_DEFAULTS } from '../../src/model/defaults';
import { threatLink, withRoles } from '../../src/model/planKinds';
import type { Handling, Link, Measure, Plan, PlanItem, PlanState } from '../../src/model/types';
import { OBJECTIVE, STRATEGY } from './categories';
import type { ReportTrack, StatusAnswer } from './followUps';
import { ROLE } from './roles';
import { scorecardGoalKey, ScorecardGoalId } from './scorecard';
import { dateIn, meetingDate, seq, withYear } from './support';
import { UNIT } from './units';

/** One follow-up answer: [colour, comment]. */
export type Answer = StatusAnswer;

export interface MeasureSpec {
  title: string;
  role: string;
  /** `MM-DD` within the plan's year. */
  due: string;
  method?: string;
  /**
   * Answers per follow-up, in order. For this year's plan the first two are the closed follow-ups;
   * a third means the measure is already answered in the open follow-up.
   */
  history: Answer[];
  /** A correction: a second, later report in the follow-up with this index. */
  fix?: { period: number; answer: Answer };
  /** Secret on its own (OSL), under a risk that is not. */
  confidential?: boolean;
}

export interface RiskSpec {
  title: string;
  consequence: string;
  cause: string;
  handling: Handling;
  strategy: string;
  objective: string;
  probability: number;
  severity: number;
  residual?: [probability: number, severity: number];
  confidential?: boolean;
  /** The security area the risk belongs to (its slug): the area's chapter lists it. */
  area?: string;
  /** This year's scorecard goals the risk threatens (their ids, see scorecard.ts): the goal lists it. */
  threatens?: ScorecardGoalId[];
  measures: MeasureSpec[];
}

const omr = (slug: string): string => `role:omr:${slug}`;

/** This year's plan. */
export const CURRENT_RISKS: RiskSpec[] = [
  {
    title: 'Resurserna räcker inte för den digitalisering som vården och länets utveckling behöver',
    consequence: 'Stab- och stödfunktioner hinner inte möta kärnverksamhetens behov av digitala lösningar och planerade effektiviseringar uteblir.',
    cause: 'Utvecklingen har under flera år finansierats med tillfälliga medel och det saknas både projektledare och förvaltningsresurser för nya system.',
    handling: 'eliminate', strategy: STRATEGY.lan, objective: OBJECTIVE.f, probability: 3, severity: 3, residual: [2, 2],
    threatens: ['digital'],
    measures: [
      {
        title: 'Fördela regionstabens digitaliseringsmedel till de insatser som pekas ut i regionstyrelsens verksamhetsplan och redovisa användningen vid varje uppföljning',
        role: ROLE.regionstabschef, due: '12-31',
        history: [
          ['yellow', 'Medlen är fördelade på sju insatser. Tre är igång, bland annat robotstöd för tidbokning i vaccinationsverksamheten.'],
          ['yellow', 'Fem av sju insatser är igång. E-arkivets andra etapp är försenad av leverantören men beräknas klar under {år}.']
        ]
      },
      {
        title: 'Ta fram en samlad behovsbild för digitalisering som underlag till nästa års budget',
        role: ROLE.processagareIk, due: '09-30',
        history: [
          ['yellow', 'Inventering pågår i förvaltningarnas ledningsgrupper.'],
          ['green', 'Behovsbilden är sammanställd och lämnad till budgetberedningen.'],
          ['green', 'Genomförd. Inget ytterligare att rapportera.']
        ]
      }
    ]
  },
  {
    title: 'Handlingar med sekretessbelagda eller skyddsvärda uppgifter publiceras i det öppna webbdiariet',
    consequence: 'Enskilda kan skadas, säkerhetsklassad information kan spridas och regionen kan påföras sanktionsavgift enligt dataskyddsförordningen.',
    cause: 'Handlingar har publicerats automatiskt vid diarieföring, rutinen för sekretessprövning före publicering har varit otydlig och informationen har inte klassats.',
    handling: 'reduce', strategy: STRATEGY.lan, objective: OBJECTIVE.e, probability: 3, severity: 4, residual: [2, 3],
    area: 'infosak',
    measures: [
      {
        title: 'Införa granskning före publicering så att endast handlingar som sekretessprövats visas i webbdiariet',
        role: ROLE.ecSekretariatet, due: '04-30',
        history: [
          ['green', 'Rutinen är klar.'],
          ['green', 'Den nya rutinen och den tekniska lösningen är i drift. Handlingar publiceras inte längre automatiskt.'],
          ['green', 'Klar. Stickprov visar att rutinen följs.']
        ],
        fix: { period: 0, answer: ['yellow', 'Rättelse: rutinen är beslutad men den tekniska anpassningen av diariesystemet återstår. Beräknas klar under {år}.'] }
      },
      {
        title: 'Ta fram rutin för hur felaktigt publicerade uppgifter tas bort och rapporteras som incident',
        role: ROLE.informationsagareDiarium, due: '06-30',
        history: [
          ['yellow', 'Utkast till rutin finns och stäms av med dataskyddsombudet.'],
          ['yellow', 'Rutinen är skickad på remiss till förvaltningarna. Beslut planeras före årets slut.']
        ]
      }
    ]
  },
  {
    title: 'Hälsosamtalen når inte de invånare som har störst behov av att förändra sina levnadsvanor',
    consequence: 'Folkhälsan förbättras inte och skillnaderna i hälsa mellan grupper i länet består.',
    cause: 'De med störst behov tackar oftare nej till samtal, och uppföljande stöd efter samtalet saknas.',
    handling: 'eliminate', strategy: STRATEGY.vard, objective: OBJECTIVE.f, probability: 3, severity: 2, residual: [2, 2],
    measures: [
      {
        title: 'Erbjuda uppföljande stöd för levnadsvanor på vårdcentralerna till dem som bedöms ha förhöjd risk',
        role: ROLE.acHospa, due: '12-31',
        history: [
          ['red', 'Stödet kan inte erbjudas fullt ut eftersom flera tjänster som distriktssköterska är vakanta.'],
          ['yellow', 'Två vårdcentraler har startat uppföljande gruppträffar. Övriga startar före årets slut.'],
          ['yellow', 'Sex av nio vårdcentraler erbjuder nu stödet. De tre återstående beräknas vara igång före årsskiftet.']
        ]
      },
      {
        title: 'Rikta inbjudningar till bostadsområden med lågt deltagande i samarbete med kommunerna',
        role: ROLE.acHospa, due: '10-31',
        history: [
          ['yellow', 'Områden med lågt deltagande är identifierade tillsammans med två kommuner.'],
          ['green', 'Riktade utskick och drop-in-mottagning har genomförts i tre bostadsområden.']
        ]
      }
    ]
  },
  {
    title: 'Regionen tillgodoser inte de nationella minoriteternas och samernas rättigheter',
    consequence: 'Diskriminering kan bestå och regionen lever inte upp till minoritetslagen och de konventioner Sverige har anslutit sig till.',
    cause: 'Kunskapen om minoritetslagstiftningen är ojämn i verksamheterna och samråd med minoriteterna sker inte systematiskt.',
    handling: 'reduce', strategy: STRATEGY.lan, objective: OBJECTIVE.c, probability: 2, severity: 3, residual: [2, 2],
    measures: [
      {
        title: 'Ta fram en handlingsplan för samisk hälsa tillsammans med de samiska organisationerna',
        role: ROLE.acHospa, due: '12-31',
        history: [
          ['yellow', 'En arbetsgrupp är tillsatt och det första samrådet har hållits.'],
          ['yellow', 'Utkast till handlingsplan finns. Planen behöver förankras hos de förtroendevalda innan beslut.']
        ]
      },
      {
        title: 'Hålla årligt samråd med företrädare för de nationella minoriteterna och redovisa resultatet till regionstyrelsen',
        role: ROLE.acKultur, due: '11-30',
        history: [
          ['yellow', 'Samrådet är planerat och inbjudan har gått ut.'],
          ['green', 'Samrådet är genomfört. Synpunkterna redovisas vid regionstyrelsens nästa sammanträde.'],
          ['green', 'Genomförd.']
        ]
      }
    ]
  },
  {
    title: 'Verksamheten släpper ut mer växthusgaser än vad regionens klimatmål medger',
    consequence: 'Klimatpåverkan får följder för länet på både kort och lång sikt och regionen når inte sina miljömål.',
    cause: 'Utsläppen kommer från resor och transporter, energianvändning, förbrukningsmaterial och anestesigaser som lustgas.',
    handling: 'reduce', strategy: STRATEGY.lan, objective: OBJECTIVE.f, probability: 4, severity: 3, residual: [3, 3],
    area: 'miljo',
    measures: [
      {
        title: 'Installera anläggning för destruktion av lustgas på förlossningen och operationsavdelningen',
        role: ROLE.miljostrateg, due: '09-30',
        history: [
          ['yellow', 'Anläggningen är upphandlad. Installationen planeras senare i år.'],
          ['red', 'Leveransen är försenad och installationen kan inte göras förrän nästa år.'],
          ['red', 'Oförändrat. Ny leveranstid är i början av nästa år.']
        ]
      },
      {
        title: 'Föra in statistik över tjänsteresor i regionens uppföljningssystem',
        role: ROLE.miljostrateg, due: '12-31',
        history: [
          ['red', 'Underlag saknas. Resebyrån kan inte leverera data per förvaltning.'],
          ['yellow', 'Resebyrån levererar nu data varje månad. Inläsningen till uppföljningssystemet pågår.']
        ]
      },
      {
        title: 'Ställa klimatkrav i alla upphandlingar av transporter och engångsmaterial',
        role: ROLE.ecUpphandling, due: '12-31',
        history: [
          ['yellow', 'Kraven är inlagda i mallarna för transportupphandlingar.'],
          ['yellow', 'Klimatkrav ställdes i fyra av fem upphandlingar under perioden.']
        ]
      }
    ]
  },
  {
    title: 'Skadliga ämnen i material, varor och kemiska produkter skadar människor eller miljö',
    consequence: 'Medarbetare och patienter utsätts för allergiframkallande eller hormonstörande ämnen och utsläpp sker till miljön.',
    cause: 'Få ämnen är förbjudna i lag, alternativ saknas för vissa produkter och riskbedömningar av kemiska produkter görs inte i alla verksamheter.',
    handling: 'reduce', strategy: STRATEGY.vard, objective: OBJECTIVE.c, probability: 2, severity: 3, residual: [2, 2],
    area: 'miljo',
    measures: [
      {
        title: 'Riskbedöma kemiska produkter i alla vårdverksamheter tillsammans med HR',
        role: ROLE.miljostrateg, due: '12-31',
        history: [
          ['red', 'Arbetet har inte startat. Ansvarsfördelningen mellan miljö och arbetsmiljö behöver klargöras.'],
          ['yellow', 'En gemensam mall med HR är klar. Bedömningar är gjorda på två kliniker.'],
          ['yellow', 'Sju kliniker är klara. Arbetet beräknas vara avslutat vid årsskiftet.']
        ]
      }
    ]
  },
  {
    title: 'Regionen kan inte rekrytera och behålla medarbetare i svårrekryterade yrken',
    consequence: 'Vårdplatser och mottagningar måste stängas, väntetiderna ökar och arbetsbelastningen för befintlig personal blir ohållbar.',
    cause: 'Det råder nationell brist på bland annat specialistsjuksköterskor, röntgensjuksköterskor och IT-specialister, och andra arbetsgivare kan erbjuda högre lön.',
    handling: 'reduce', strategy: STRATEGY.medarbetare, objective: OBJECTIVE.f, probability: 4, severity: 4, residual: [4, 3],
    threatens: ['heltid', 'vardgaranti'],
    measures: [
      {
        title: 'Genomföra riktade rekryteringsinsatser för specialistsjuksköterskor och röntgensjuksköterskor',
        role: ROLE.hrDirektor, due: '12-31',
        history: [
          ['yellow', 'Rekryteringskampanjen är genomförd. Nio av femton vakanser är tillsatta.'],
          ['yellow', 'Tolv vakanser är tillsatta. Riskbedömningen bör höjas till högsta sannolikhet och konsekvens eftersom bemanningsläget inte förbättras.']
        ]
      },
      {
        title: 'Införa utbildningsanställningar där undersköterskor kan läsa till sjuksköterska med bibehållen lön',
        role: ROLE.hrDirektor, due: '08-31',
        history: [
          ['yellow', 'Modellen är framtagen och samverkas med de fackliga organisationerna.'],
          ['green', 'Den första gruppen om åtta medarbetare har börjat sin utbildning.'],
          ['green', 'Genomförd. Nästa antagning planeras.']
        ]
      }
    ]
  },
  {
    title: 'Sjukfrånvaron ökar, särskilt den korta frånvaron bland medarbetare i vården',
    consequence: 'Verksamheten blir beroende av övertid och inhyrd personal, vilket ökar kostnaderna och risken för misstag.',
    cause: 'Hög arbetsbelastning, för lite återhämtning mellan arbetspassen och att tidiga signaler på ohälsa inte fångas upp.',
    handling: 'reduce', strategy: STRATEGY.medarbetare, objective: OBJECTIVE.f, probability: 3, severity: 3, residual: [3, 2],
    area: 'arbetsmiljo', threatens: ['arbetsmiljo'],
    measures: [
      {
        title: 'Erbjuda tidig kontakt med företagshälsovården vid upprepad korttidsfrånvaro',
        role: ROLE.acArbetsmiljo, due: '06-30',
        history: [
          ['yellow', 'Rutinen är klar. Cheferna utbildas i den under perioden.'],
          ['green', 'Rutinen gäller nu i alla förvaltningar.']
        ]
      },
      {
        title: 'Följa upp sjukfrånvaron per arbetsplats varje månad i förvaltningarnas ledningsgrupper',
        role: ROLE.hrDirektor, due: '12-31',
        history: [
          ['green', 'Rapporten finns i beslutsstödet och används i alla förvaltningsledningar.'],
          ['green', 'Uppföljningen sker enligt plan.'],
          ['green', 'Uppföljning sker varje månad. Åtgärden är genomförd.']
        ]
      }
    ]
  },
  {
    title: 'Reglerna om övertid och dygnsvila i arbetstidslagen och kollektivavtalet följs inte',
    consequence: 'Medarbetare riskerar ohälsa, regionen kan få sanktionsavgift från Arbetsmiljöverket och förtroendet för regionen som arbetsgivare skadas.',
    cause: 'Vakanser täcks med övertid och schemaläggningssystemet varnar inte när gränserna överskrids.',
    handling: 'reduce', strategy: STRATEGY.medarbetare, objective: OBJECTIVE.c, probability: 3, severity: 3, residual: [2, 3],
    area: 'arbetsmiljo', threatens: ['heltid'],
    measures: [
      {
        title: 'Kontrollera varje månad uttaget av övertid och mertid mot lagens och avtalets gränser och återkoppla till berörda chefer',
        role: ROLE.ecLon, due: '12-31',
        method: 'Månadsvis uttag ur lönesystemet; stickprov på tio medarbetare per förvaltning',
        history: [
          ['yellow', 'Kontrollen görs nu varje månad. Fyra förvaltningar har medarbetare över gränsen.'],
          ['green', 'Kontrollen är genomförd.'],
          ['yellow', 'Överskridandena är färre än hälften jämfört med årets första kontroller.']
        ],
        fix: { period: 1, answer: ['yellow', 'Rättelse: kontrollen är en stående åtgärd som pågår året ut. Antalet överskridanden har minskat men finns kvar inom akutsjukvården.'] }
      },
      {
        title: 'Aktivera varning i schemaläggningssystemet när dygnsvila eller övertidsgräns riskerar att överskridas',
        role: ROLE.acEhalsa, due: '10-31',
        history: [
          ['red', 'Leverantören kan inte leverera funktionen i nuvarande version.'],
          ['yellow', 'Uppgradering av systemet är beställd och funktionen testas under året.']
        ]
      }
    ]
  },
  {
    title: 'IT-funktionen saknar personal för att möta verksamheternas behov av utveckling och säkerhet',
    consequence: 'Utvecklingsprojekt försenas och säkerhetsåtgärder skjuts upp, vilket ökar sårbarheten.',
    cause: 'Flera tjänster är vakanta och regionen har svårt att konkurrera med andra arbetsgivare om IT-kompetens.',
    handling: 'reduce', strategy: STRATEGY.lan, objective: OBJECTIVE.f, probability: 4, severity: 3, residual: [3, 3],
    measures: [
      {
        title: 'Prioritera utvecklingsobjekt efter verksamhetsnytta i en gemensam beredning för IT och medicinsk teknik',
        role: ROLE.itChef, due: '06-30',
        history: [
          ['green', 'Beredningen är i gång och har prioriterat årets portfölj.'],
          ['green', 'Genomförd.']
        ]
      },
      {
        title: 'Utreda en samlad IT-organisation i regionen enligt rekommendationen i IT-genomlysningen',
        role: ROLE.itChef, due: '12-31',
        history: [
          ['yellow', 'Utredningen pågår.'],
          ['red', 'Beslut om att samla IT-resurserna är inte fattat och bedöms inte kunna fattas under {år}.'],
          ['red', 'Oförändrat läge.']
        ]
      },
      {
        // The risk is public; this measure names where the systems are weak, so it is secret on its own.
        title: 'Stänga den gamla fjärråtkomsten till journalsystemet som granskningen i mars visade saknar tvåfaktorsinloggning',
        role: ROLE.itChef, due: '10-31', confidential: true,
        history: [
          ['yellow', 'Hälften av användarna är flyttade till den nya lösningen.'],
          ['yellow', 'Den gamla åtkomsten stängs för de sista enheterna i oktober.'],
          ['green', 'Den gamla fjärråtkomsten är avvecklad sedan den 28 oktober.']
        ]
      }
    ]
  },
  {
    title: 'Intrång eller skadlig kod slår ut vårdens IT-system',
    consequence: 'Vården når inte journaler och provsvar, patientsäkerheten hotas och uppgifter kan läcka eller förvanskas.',
    cause: 'Hotbilden har skärpts, delar av infrastrukturen är föråldrad och medicintekniska system delar nätverk med kontorssystemen.',
    handling: 'reduce', strategy: STRATEGY.vard, objective: OBJECTIVE.e, probability: 3, severity: 4, residual: [2, 4], confidential: true,
    area: 'itsak', threatens: ['sakervard'],
    measures: [
      {
        title: 'Övervaka IT-miljön dygnet runt via ett säkerhetscenter (SOC)',
        role: ROLE.itChef, due: '06-30',
        history: [
          ['yellow', 'Avtal är tecknat. Driftstart är planerad inom kort.'],
          ['green', 'Säkerhetscentret är i drift och larmar dygnet runt.'],
          ['green', 'I drift. Åtgärden är genomförd.']
        ]
      },
      {
        title: 'Segmentera nätverket så att medicintekniska system skiljs från övriga system',
        role: omr('itsak'), due: '12-31',
        history: [
          ['red', 'Kartläggningen av utrustning pågår men resurser saknas för genomförandet.'],
          ['yellow', 'Segmenteringen är klar på två sjukhusavdelningar. Resten ingår i en plan som beräknas klar i år.']
        ]
      },
      {
        title: 'Öva regionens krisledning i att hantera ett omfattande IT-angrepp',
        role: ROLE.sakerhetschef, due: '11-30',
        history: [
          ['yellow', 'Övningen är planerad tillsammans med IT och e-hälsa.'],
          ['yellow', 'Övningen har flyttats en gång på grund av hög belastning i verksamheten och genomförs senare i år.']
        ]
      }
    ]
  },
  {
    title: 'Information klassas inte och skyddas därför inte efter sitt skyddsvärde',
    consequence: 'Känslig information kan hamna i fel händer eller vara otillgänglig när den behövs, och regionen uppfyller inte kraven på ett ledningssystem för informationssäkerhet.',
    cause: 'Metodstöd och utsedda informationsägare har saknats och klassningen upplevs som tidskrävande.',
    handling: 'eliminate', strategy: STRATEGY.lan, objective: OBJECTIVE.e, probability: 3, severity: 3, residual: [1, 3],
    area: 'infosak',
    measures: [
      {
        title: 'Klassa informationen i regionens verksamhetskritiska system',
        role: omr('infosak'), due: '12-31',
        history: [
          ['yellow', 'Klassning är genomförd för 12 av 40 system.'],
          ['yellow', 'Klassning är genomförd för 26 av 40 system.']
        ]
      },
      {
        title: 'Utse informationsägare i alla förvaltningar och utbilda dem i klassningsmetoden',
        role: ROLE.informationsagareDiarium, due: '05-31',
        history: [
          ['yellow', 'Informationsägare är utsedda i tre förvaltningar.'],
          ['green', 'Samtliga informationsägare är utsedda och utbildade.'],
          ['green', 'Genomförd.']
        ]
      }
    ]
  },
  {
    title: 'Personuppgifter behandlas i strid med dataskyddsförordningen',
    consequence: 'Den enskildes integritet kränks och regionen kan få sanktionsavgift från Integritetsskyddsmyndigheten.',
    cause: 'Registerförteckningen är ofullständig, nya system tas i bruk utan konsekvensbedömning och loggarna i journalsystemet följs inte upp systematiskt.',
    handling: 'reduce', strategy: STRATEGY.vard, objective: OBJECTIVE.c, probability: 3, severity: 3, residual: [2, 3],
    area: 'infosak',
    measures: [
      {
        title: 'Uppdatera registerförteckningen och kräva konsekvensbedömning innan nya system tas i bruk',
        role: ROLE.ecJuridik, due: '09-30',
        history: [
          ['yellow', 'Förteckningen är uppdaterad för Regionstaben och HR-staben.'],
          ['green', 'Förteckningen är komplett och kravet på konsekvensbedömning ingår i rutinen för systeminförande.']
        ]
      },
      {
        title: 'Göra systematiska loggkontroller i journalsystemet och följa upp avvikelser med berörd chef',
        role: ROLE.acEhalsa, due: '12-31',
        method: 'Slumpvisa och riktade loggkontroller varje månad',
        history: [
          ['yellow', 'Riktade kontroller görs. Slumpvisa kontroller startar under året.'],
          ['yellow', 'Båda typerna av kontroller görs nu varje månad. Rutinen för återkoppling till chef revideras.'],
          ['green', 'Rutinen är reviderad och kontrollerna görs enligt plan.']
        ]
      }
    ]
  },
  {
    title: 'Verksamheterna håller inte sina budgetramar',
    consequence: 'Underskott i en verksamhet kan kräva besparingar i en annan och regionens ekonomi i balans hotas.',
    cause: 'Kostnaderna för inhyrd personal och läkemedel ökar snabbare än intäkterna, och besparingar har varit svåra att få att ge effekt.',
    handling: 'reduce', strategy: STRATEGY.ekonomi, objective: OBJECTIVE.d, probability: 3, severity: 3, residual: [3, 2],
    threatens: ['balans'],
    measures: [
      {
        title: 'Följa upp utfall och helårsprognos för alla förvaltningar varje månad och redovisa för regionstyrelsen',
        role: ROLE.ekonomidirektor, due: '12-31',
        history: [
          ['yellow', 'Månadsuppföljningen sker. Prognosen visar ett underskott på 42 miljoner kronor för hälso- och sjukvården.'],
          ['yellow', 'Prognosen pekar nu mot ett samlat överskott för regionen, men hälso- och sjukvården har fortfarande underskott.']
        ]
      },
      {
        title: 'Begära åtgärdsplaner från verksamheter med negativ prognos',
        role: ROLE.ekonomidirektor, due: '06-30',
        history: [
          ['yellow', 'Åtgärdsplaner är begärda från fem verksamheter.'],
          ['green', 'Alla fem åtgärdsplaner är inlämnade och följs upp varje månad.'],
          ['green', 'Genomförd.']
        ]
      }
    ]
  },
  {
    title: 'Direktupphandlingar görs över gränsvärdet eller utan dokumentation',
    consequence: 'Otillåten direktupphandling kan ge upphandlingsskadeavgift och sämre villkor för regionen.',
    cause: 'Beställare känner inte till gränsvärdet och reglerna om sammanräkning, och inköp görs utanför inköpssystemet.',
    handling: 'eliminate', strategy: STRATEGY.ekonomi, objective: OBJECTIVE.c, probability: 3, severity: 3, residual: [1, 3],
    measures: [
      {
        title: 'Granska ett urval av direktupphandlingar varje kvartal',
        role: ROLE.ecUpphandling, due: '12-31',
        method: 'Stickprov om 25 direktupphandlingar per kvartal ur inköpssystemet',
        history: [
          ['yellow', 'Den första granskningen visade brister i dokumentationen i sex av 25 fall.'],
          ['yellow', 'Den andra granskningen visade brister i tre av 25 fall.']
        ]
      },
      {
        title: 'Utbilda beställare i reglerna för direktupphandling',
        role: ROLE.ecUpphandling, due: '05-31',
        history: [
          ['green', 'En webbutbildning är publicerad och obligatorisk för alla med beställarbehörighet.'],
          ['green', 'Genomförd. 87 procent av beställarna har gått utbildningen.']
        ]
      }
    ]
  },
  {
    title: 'Inköp görs utanför ingångna leverantörsavtal',
    consequence: 'Högre kostnader och risk för skadestånd eller vite när avtalad leverantör förbigås.',
    cause: 'Många känner inte till vilka avtal som finns och avtalskatalogen är svår att söka i.',
    handling: 'eliminate', strategy: STRATEGY.ekonomi, objective: OBJECTIVE.d, probability: 3, severity: 2, residual: [2, 2],
    measures: [
      {
        title: 'Analysera avtalstroheten per förvaltning varje kvartal och återkoppla till förvaltningarnas ekonomer',
        role: ROLE.ekonomidirektor, due: '12-31',
        history: [
          ['yellow', 'Avtalstroheten var 84 procent vid första mätningen.'],
          ['yellow', 'Avtalstroheten har sjunkit till 81 procent. Ekonomerna har fått i uppdrag att följa upp de största avvikelserna.'],
          ['yellow', 'Avtalstroheten är 86 procent efter riktade insatser.']
        ]
      },
      {
        title: 'Följa upp de tjugo största avtalen avseende pris, volym och leveransvillkor',
        role: ROLE.ecUpphandling, due: '11-30',
        history: [
          ['red', 'Avtalsuppföljningen har inte kunnat starta på grund av vakanser.'],
          ['yellow', 'Tio av tjugo avtal är uppföljda.']
        ]
      }
    ]
  },
  {
    title: 'Vårdgarantins tidsgränser för besök och behandling uppfylls inte',
    consequence: 'Patienter väntar längre än lagen medger, sjukdomar kan förvärras och förtroendet för vården minskar.',
    cause: 'Bemanningsbrist inom operation och vissa specialiteter, och planeringen utgår inte från den faktiska efterfrågan.',
    handling: 'reduce', strategy: STRATEGY.vard, objective: OBJECTIVE.c, probability: 4, severity: 3, residual: [3, 3],
    threatens: ['vardgaranti', 'akut'],
    measures: [
      {
        title: 'Införa produktions- och kapacitetsplanering på alla kliniker med långa väntetider',
        role: ROLE.acSpecialistvard, due: '12-31',
        history: [
          ['yellow', 'Planeringen är införd på ortopedkliniken och ögonkliniken.'],
          ['yellow', 'Fem av åtta kliniker har infört planeringen. Andelen som väntat mer än 90 dagar har minskat något.']
        ]
      },
      {
        title: 'Erbjuda digitala vårdbesök för fler besökstyper i primärvården',
        role: ROLE.acHospa, due: '09-30',
        history: [
          ['yellow', 'Digitala besök erbjuds för uppföljning av diabetes och högt blodtryck.'],
          ['green', 'Digitala besök erbjuds nu för sju besökstyper på alla vårdcentraler.'],
          ['green', 'Genomförd.']
        ]
      }
    ]
  },
  {
    title: 'Fel läkemedel eller fel dos ges vid in- och utskrivning från sjukhus',
    consequence: 'Patienten kan få bestående skador eller i värsta fall avlida.',
    cause: 'Läkemedelslistan stäms inte av systematiskt vid övergångar mellan vårdgivare och antalet avvikelser har ökat under flera år.',
    handling: 'eliminate', strategy: STRATEGY.vard, objective: OBJECTIVE.f, probability: 3, severity: 4, residual: [2, 4],
    area: 'lakemedel', threatens: ['sakervard'],
    measures: [
      {
        title: 'Utöka det farmaceutiska stödet på vårdavdelningarna med läkemedelsgenomgångar och stöd vid utskrivning',
        role: omr('lakemedel'), due: '12-31',
        history: [
          ['yellow', 'Två farmaceuter är rekryterade och ytterligare två rekryteras.'],
          ['yellow', 'Farmaceutiskt stöd finns nu på sex vårdavdelningar.']
        ]
      },
      {
        title: 'Följa upp avvikelser i läkemedelshanteringen i varje verksamhets ledningsgrupp',
        role: ROLE.chefslakare, due: '12-31',
        history: [
          ['green', 'Avvikelserna redovisas varje månad i ledningsgrupperna.'],
          ['green', 'Uppföljningen sker enligt plan.']
        ]
      }
    ]
  },
  {
    title: 'Regionen kan inte upprätthålla samhällsviktig verksamhet vid en allvarlig händelse eller höjd beredskap',
    consequence: 'Vård och kollektivtrafik kan inte bedrivas, med fara för liv och hälsa som följd.',
    cause: 'Kontinuitetsplaner saknas för flera verksamheter, lagren av sjukvårdsmaterial och läkemedel är små och beslut om robusthöjande åtgärder har dröjt.',
    handling: 'reduce', strategy: STRATEGY.lan, objective: OBJECTIVE.f, probability: 2, severity: 4, residual: [2, 3], confidential: true,
    area: 'kris',
    measures: [
      {
        title: 'Ta fram kontinuitetsplaner för all samhällsviktig verksamhet',
        role: ROLE.sakerhetschef, due: '12-31',
        history: [
          ['yellow', 'Planer finns för sjukhusen. Hälsocentralerna står på tur.'],
          ['yellow', 'Hälften av hälsocentralerna har färdiga planer.'],
          ['yellow', 'Arbetet följer planen och beräknas klart vid årsskiftet.']
        ]
      },
      {
        title: 'Bygga upp beredskapslager för sjukvårdsmaterial och läkemedel enligt den nationella överenskommelsen',
        role: omr('kris'), due: '12-31',
        history: [
          ['red', 'Finansiering saknas för lagerlokaler.'],
          ['yellow', 'Statsbidrag är beviljat och en lokal är hyrd. Inflyttning pågår.']
        ]
      }
    ]
  },
  {
    title: 'Medarbetare tar emot gåvor, resor eller andra förmåner som kan påverka deras beslut',
    consequence: 'Allmänhetens förtroende för regionen skadas och enskilda medarbetare kan göra sig skyldiga till mutbrott.',
    cause: 'Riktlinjen för gåvor, representation och förmåner är okänd för många, särskilt vid kontakter med leverantörer och läkemedelsföretag.',
    handling: 'reduce', strategy: STRATEGY.ekonomi, objective: OBJECTIVE.c, probability: 2, severity: 3, residual: [1, 3],
    measures: [
      {
        title: 'Informera alla chefer om riktlinjen mot mutor och jäv och ta in den i introduktionen för nyanställda',
        role: ROLE.processagareIk, due: '10-31',
        history: [
          ['yellow', 'Informationsmaterialet är framtaget.'],
          ['yellow', 'Riktlinjen är genomgången i tre av sex förvaltningsledningar.']
        ]
      },
      {
        title: 'Granska ett urval av representationsfakturor och resor som betalats av leverantörer',
        role: ROLE.ekonomidirektor, due: '12-31',
        method: 'Stickprov om 40 fakturor per halvår',
        history: [
          ['yellow', 'Den första granskningen visade två fall där syftet inte var dokumenterat.'],
          ['green', 'Den andra granskningen gav ingen anmärkning. Rutinen för dokumentation är förtydligad.']
        ]
      }
    ]
  },
  {
    title: 'Kostnaderna för läkemedel och medicinteknik ökar till följd av valutakurser och inflation',
    consequence: 'Budgeterade medel räcker inte och regionens resultat försämras.',
    cause: 'En stor del av inköpen görs i euro och dollar, och priserna räknas upp med index enligt avtalen.',
    handling: 'accept', strategy: STRATEGY.ekonomi, objective: OBJECTIVE.d, probability: 3, severity: 2,
    threatens: ['balans'],
    measures: [
      {
        title: 'Bevaka kursutvecklingen och räkna in den i månadsprognosen',
        role: ROLE.ekonomidirektor, due: '12-31',
        history: [
          ['green', 'Kursutvecklingen bevakas och ingår i prognosen.'],
          ['green', 'Ingår i prognosen. Påverkan hittills är 11 miljoner kronor.']
        ]
      }
    ]
  },
  {
    title: 'Extremväder ger störningar i kollektivtrafiken',
    consequence: 'Resenärer kommer inte fram till arbete, skola och vård och kundnöjdheten sjunker.',
    cause: 'Avstånden och klimatet i länet gör att vissa linjer alltid påverkas vid kraftigt snöfall; risken kan inte byggas bort till rimlig kostnad.',
    handling: 'accept', strategy: STRATEGY.lan, objective: OBJECTIVE.f, probability: 3, severity: 2,
    measures: [
      {
        title: 'Informera resenärerna i realtid vid störningar via app och webb',
        role: ROLE.acKollektivtrafik, due: '12-31',
        history: [
          ['green', 'Störningsinformation skickas i appen sedan årsskiftet.'],
          ['green', 'Fungerar enligt plan.'],
          ['green', 'Genomförd.']
        ]
      }
    ]
  }
];

/** Last year's plan: closed, followed up at "delår augusti" and at year end. */
export const PREVIOUS_RISKS: RiskSpec[] = [
  {
    title: 'Regionens e-arkiv tas inte i bruk enligt plan',
    consequence: 'Handlingar bevaras inte på ett säkert sätt och gamla system måste behållas för att informationen ska finnas kvar.',
    cause: 'Anslutningen av verksamhetssystem kräver resurser från både IT och verksamheterna.',
    handling: 'reduce', strategy: STRATEGY.lan, objective: OBJECTIVE.e, probability: 3, severity: 2, residual: [2, 2],
    measures: [
      {
        title: 'Ansluta de tre första verksamhetssystemen till e-arkivet', role: ROLE.regionstabschef, due: '12-31',
        history: [
          ['yellow', 'Det första systemet är anslutet. Övriga två testas.'],
          ['green', 'Alla tre systemen är anslutna och de gamla systemen är avvecklade.']
        ]
      }
    ]
  },
  {
    title: 'Allmänna handlingar som kommer in via e-post registreras inte',
    consequence: 'Regionen bryter mot offentlighets- och sekretesslagen och handlingar kan inte lämnas ut när någon begär det.',
    cause: 'Medarbetare vet inte vad som ska registreras och e-post skickas till personliga brevlådor.',
    handling: 'reduce', strategy: STRATEGY.lan, objective: OBJECTIVE.c, probability: 3, severity: 3, residual: [2, 2],
    measures: [
      {
        title: 'Ta fram rutin för registrering av e-post och utbilda medarbetarna i den', role: ROLE.ecSekretariatet, due: '10-31',
        history: [
          ['yellow', 'Rutinen är beslutad. Utbildningen startar i september.'],
          ['green', 'Utbildningen är genomförd för alla förvaltningar.']
        ]
      },
      {
        title: 'Införa funktionsbrevlådor för ärenden som ska registreras', role: ROLE.informationsagareDiarium, due: '06-30',
        history: [
          ['green', 'Funktionsbrevlådor finns för alla förvaltningar.'],
          ['green', 'Genomförd.']
        ]
      }
    ]
  },
  {
    title: 'Felaktiga löner betalas ut när det nya schemasystemet införs',
    consequence: 'Medarbetare får fel lön, förtroendet för arbetsgivaren skadas och korrigeringar tar tid.',
    cause: 'Överföringen mellan schemasystemet och lönesystemet är ny och har inte testats med alla avtal.',
    handling: 'reduce', strategy: STRATEGY.medarbetare, objective: OBJECTIVE.d, probability: 3, severity: 3, residual: [2, 2],
    measures: [
      {
        title: 'Dubbelkontrollera lönerna för ett urval medarbetare de tre första månaderna efter införandet', role: ROLE.ecLon, due: '09-30',
        method: 'Stickprov om 50 lönespecifikationer per månad',
        history: [
          ['green', 'Kontrollerna är genomförda. Två systematiska fel hittades och är rättade.'],
          ['green', 'Genomförd.']
        ]
      }
    ]
  },
  {
    title: 'Sjukfrånvaron bland undersköterskor är fortsatt hög',
    consequence: 'Vårdplatser måste stängas och kostnaderna för vikarier ökar.',
    cause: 'Tunga lyft, ofta delade turer och för lite tid för återhämtning.',
    handling: 'reduce', strategy: STRATEGY.medarbetare, objective: OBJECTIVE.f, probability: 4, severity: 3, residual: [3, 3],
    area: 'arbetsmiljo',
    measures: [
      {
        title: 'Genomföra ett pilotprojekt med hälsofrämjande arbetsplatser på fyra vårdavdelningar', role: ROLE.acArbetsmiljo, due: '12-31',
        history: [
          ['yellow', 'Piloten pågår på fyra avdelningar.'],
          ['red', 'Piloten förlängs till nästa år och åtgärden förs över till den nya internkontrollplanen.']
        ]
      }
    ]
  },
  {
    title: 'Prognoserna i delårsrapporten avviker kraftigt från bokslutet',
    consequence: 'Regionstyrelsen fattar beslut på felaktiga underlag.',
    cause: 'Förvaltningarna använder olika metoder för att göra prognoser.',
    handling: 'reduce', strategy: STRATEGY.ekonomi, objective: OBJECTIVE.d, probability: 2, severity: 3, residual: [1, 3],
    measures: [
      {
        title: 'Införa en gemensam prognosmetod för alla förvaltningar', role: ROLE.ekonomidirektor, due: '08-31',
        history: [
          ['yellow', 'Metoden är beslutad och används från delårsbokslutet.'],
          ['green', 'Metoden används av alla förvaltningar. Avvikelsen mot bokslutet var under en procent.']
        ]
      }
    ]
  },
  {
    title: 'Behörigheterna i journalsystemet är vidare än vad arbetet kräver',
    consequence: 'Obehöriga kan ta del av uppgifter om patienter och regionen bryter mot patientdatalagen.',
    cause: 'Behörigheter tas inte bort när medarbetare byter tjänst eller slutar.',
    handling: 'eliminate', strategy: STRATEGY.vard, objective: OBJECTIVE.e, probability: 3, severity: 4, residual: [2, 3], confidential: true,
    area: 'infosak',
    measures: [
      {
        title: 'Göra en översyn av alla behörigheter i journalsystemet', role: ROLE.acEhalsa, due: '10-31',
        history: [
          ['yellow', 'Översynen är klar för sjukhusen.'],
          ['green', 'Översynen är klar och 1 200 behörigheter är borttagna.']
        ]
      },
      {
        title: 'Ta bort behörigheter automatiskt när en anställning avslutas', role: ROLE.hrDirektor, due: '12-31',
        history: [
          ['yellow', 'Kopplingen mellan HR-systemet och behörighetssystemet utvecklas.'],
          ['red', 'Kopplingen kunde inte driftsättas under året. Åtgärden förs över till nästa års plan.']
        ]
      }
    ]
  }
];

/** A measure together with the answers it is given, for followUps.ts. */
export interface MeasureTrack extends ReportTrack {
  history: Answer[];
  fix?: { period: number; answer: Answer };
}

export interface InternalControlPlan {
  plan: Plan;
  items: PlanItem[];
  measures: Measure[];
  tracks: MeasureTrack[];
  /** Risk → the scorecard goals of the same year it threatens. */
  threats: Link[];
}

/** The slug in this plan's keys: `ik-2026-rs`. */
export function internalControlSlug(year: number): string {
  return `ik-${year}-rs`;
}

/** Builds the regional board's plan for `year` from the risk table. */
export function buildInternalControlPlan(year: number, state: PlanState, risks: readonly RiskSpec[], diarySeq: number): InternalControlPlan {
  const slug = internalControlSlug(year);
  const planKey = `plan:${slug}`;
  const plan: Plan = {
    key: planKey, title: `Internkontrollplan ${year} – Regionstyrelsen`, kind: 'internalControl', year,
    unitKey: UNIT.region, state, decisionDate: meetingDate(year, '01-27'), diaryNumber: `RS ${year}/${diarySeq}`
  };
  const items: PlanItem[] = [];
  const measures: Measure[] = [];
  const tracks: MeasureTrack[] = [];
  const threats: Link[] = [];
  risks.forEach((risk, riskIndex) => {
    const itemKey = `risk:${slug}:${seq(riskIndex + 1)}`;
    const item: PlanItem = {
      ...ITEM_DEFAULTS, key: itemKey, planKey, title: risk.title, consequence: risk.consequence, cause: risk.cause, handling: risk.handling,
      strategyKey: risk.strategy, objectiveKey: risk.objective, securityAreaKey: risk.area ? `area:${risk.area}` : null,
      probability: risk.probability, severity: risk.severity,
      residualProbability: risk.residual ? risk.residual[0] : null, residualSeverity: risk.residual ? risk.residual[1] : null,
      confidential: risk.confidential ?? false, sortOrder: riskIndex + 1
    };
    items.push(item);
    for (const goal of risk.threatens ?? []) threats.push(threatLink(item, scorecardGoalKey(year, goal)));
    risk.measures.forEach((spec, measureIndex) => {
      const measure: Measure = withRoles({
        ...MEASURE_DEFAULTS, key: `measure:${slug}:${seq(riskIndex + 1)}:${measureIndex + 1}`, planKey, itemKey, title: spec.title,
        measureKind: 'measure', roleKey: spec.role, dueDate: dateIn(year, spec.due), method: spec.method ?? '',
        closed: state === 'closed', confidential: spec.confidential ?? false
      }, [spec.role]);
      measures.push(measure);
      const withYears = (answer: Answer): Answer => [answer[0], withYear(answer[1], year)];
      tracks.push({
        measure,
        history: spec.history.map(withYears),
        fix: spec.fix ? { period: spec.fix.period, answer: withYears(spec.fix.answer) } : undefined
      });
    });
  });
  return { plan, items, measures, tracks, threats };
}
