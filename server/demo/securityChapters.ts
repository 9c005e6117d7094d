/**
 * What the area owners have written in their chapters of the security report: last year's chapters, all
 * approved by the security coordinator, and this year's in the state each stands in at the open reporting
 * round (several not started, drafts half written, submitted, one returned with the coordinator's comment,
 * approved). The texts are Region Norrvik's own.
 */
import type { ChapterState } from '../../src/model/types';

export interface ChapterText {
  goalFulfilment: string;
  followUp: string;
  improvements: string;
  currentState: string;
  improvementOpportunities: string;
  /** Title and when: `MM-DD` in the report year for last year's chapters, days before the round's as-of date for this year's. */
  riskAnalyses: Array<[title: string, when: string | number]>;
  /** Kind and count, and the count of women and men where it applies. */
  incidents: Array<[kind: string, count: number, women?: number, men?: number]>;
}

export interface CurrentChapter {
  state: ChapterState;
  text?: Partial<ChapterText>;
  returnComment?: string;
}

/** Last year's chapters, by area slug. */
export const LAST_YEAR_CHAPTERS: Record<string, ChapterText> = {
  arbetsmiljo: {
    goalFulfilment: 'Målet är delvis uppfyllt. Händelserna med hot och våld minskade, men nästan tre av tio arbetsplatser saknade en riskbedömning.',
    riskAnalyses: [['Riskbedömning av hot och våld på akutmottagningen', '03-15'], ['Riskbedömning av tunga lyft på vårdavdelningarna', '09-22']],
    incidents: [['Medarbetare utsatta för hot eller våld', 519, 402, 117], ['Allvarliga arbetsskador anmälda till Arbetsmiljöverket', 8, 6, 2]],
    followUp: 'Händelserna har följts upp varje kvartal i förvaltningarnas samverkansgrupper.',
    improvements: 'En gemensam rutin för larm och för stöd efter en hotfull händelse har tagits fram.',
    currentState: 'Cheferna leder arbetsmiljöarbetet med stöd av HR och företagshälsovården.',
    improvementOpportunities: 'Riskbedömningar av hot och våld på alla arbetsplatser.'
  },
  brand: {
    goalFulfilment: 'Målet är delvis uppfyllt. 82 procent av medarbetarna har gått brandskyddsutbildningen, mot målet 90 procent.',
    riskAnalyses: [['Brandriskanalys av sjukhusets vårdbyggnad', '04-10']],
    incidents: [['Bränder och brandtillbud', 6], ['Utlösta brandlarm utan brand', 41]],
    followUp: 'Brandskyddsronder har gjorts på alla sjukhusavdelningar.',
    improvements: 'Utbildningen kan nu bokas digitalt.',
    currentState: 'Brandskyddssamordnaren samordnar det systematiska brandskyddsarbetet; varje chef ansvarar för sin enhet.',
    improvementOpportunities: 'Fler utrymningsövningar på avdelningar där patienterna inte kan ta sig ut själva.'
  },
  drift: {
    goalFulfilment: 'Målet är inte uppfyllt. Antalet allvarliga driftstörningar var 13, mot målet högst 10.',
    riskAnalyses: [['Riskanalys av nätverket mellan sjukhusen', '05-19']],
    incidents: [['Allvarliga driftstörningar', 13]],
    followUp: 'Alla allvarliga störningar har utretts tillsammans med leverantörerna.',
    improvements: 'En redundant nätverksförbindelse mellan sjukhusen.',
    currentState: 'Driftcentret ansvarar för driften dygnet runt.',
    improvementOpportunities: 'Byta ut reservkraften i serverhallen.'
  },
  infosak: {
    goalFulfilment: 'Målet är inte uppfyllt. Två tredjedelar av de verksamhetskritiska systemen är klassade.',
    riskAnalyses: [['Informationsklassning av de administrativa systemen', '06-02']],
    incidents: [['Personuppgiftsincidenter anmälda till Integritetsskyddsmyndigheten', 14]],
    followUp: 'Incidenterna har följts upp med berörda chefer och dataskyddsombudet.',
    improvements: 'En rutin för att kontrollera mottagaren innan brev skickas.',
    currentState: 'Informationssäkerhetssamordnaren stöder förvaltningarna, men informationsägare saknas i flera av dem.',
    improvementOpportunities: 'Utse informationsägare i alla förvaltningar.'
  },
  itsak: {
    goalFulfilment: 'Målet är delvis uppfyllt. 79 procent av medarbetarna har gått webbutbildningen i IT-säkerhet.',
    riskAnalyses: [['Riskanalys av e-postsystemet inför byte av leverantör', '02-24'], ['Sårbarhetsanalys av externa webbtjänster', '10-05']],
    incidents: [['Nätfiskeförsök som medarbetare har rapporterat', 980], ['Konton som spärrats efter misstänkt intrång', 11]],
    followUp: 'Incidenterna rapporteras varje vecka till IT-säkerhetschefen.',
    improvements: 'En nätfiskeövning för alla medarbetare under hösten.',
    currentState: 'IT-säkerhetschefen leder arbetet; övervakningen sköts av ett externt säkerhetscenter.',
    improvementOpportunities: 'Tvåfaktorsinloggning för fjärråtkomst.'
  },
  brott: {
    goalFulfilment: 'Målet är inte uppfyllt. Antalet polisanmälda händelser ökade till 82.',
    riskAnalyses: [['Trygghetsanalys av akutmottagningen och entréerna', '08-30']],
    incidents: [['Polisanmälda händelser med hot eller våld mot medarbetare', 82, 63, 19], ['Stölder ur regionens lokaler', 47]],
    followUp: 'Händelserna följs upp med polisen varje kvartal.',
    improvements: 'Väktare på akutmottagningen nattetid.',
    currentState: 'Samordnaren för brottsförebyggande arbete stöder cheferna och samverkar med polisen.',
    improvementOpportunities: 'Passerkontroll vid sjukhusets entréer kvällstid.'
  },
  kris: {
    goalFulfilment: 'Målet är uppfyllt. Två ledningsövningar har genomförts på regional nivå.',
    riskAnalyses: [['Risk- och sårbarhetsanalys för regionen', '11-14']],
    incidents: [['Händelser då regional krisledning aktiverades', 3]],
    followUp: 'Varje aktivering har utvärderats och lärdomarna har förts in i krisledningsplanen.',
    improvements: 'En ny krisledningsplan är beslutad.',
    currentState: 'Beredskapschefen leder arbetet och en tjänsteman i beredskap kan nås dygnet runt.',
    improvementOpportunities: 'Kontinuitetsplaner för all samhällsviktig verksamhet.'
  },
  lakemedel: {
    goalFulfilment: 'Målet är delvis uppfyllt. Avvikelserna i läkemedelshanteringen minskade med sju procent.',
    riskAnalyses: [['Riskanalys av läkemedelshanteringen vid utskrivning', '03-28']],
    incidents: [['Avvikelser i läkemedelshanteringen', 1052], ['Läkemedelsrelaterade lex Maria-anmälningar', 4]],
    followUp: 'Avvikelserna har sammanställts två gånger under året och följts upp i ledningsgrupperna.',
    improvements: 'Farmaceutiskt stöd på två vårdavdelningar.',
    currentState: 'Läkemedelschefen ansvarar för området med stöd av läkemedelskommittén.',
    improvementOpportunities: 'Farmaceutiskt stöd vid utskrivning på fler avdelningar.'
  },
  miljo: {
    goalFulfilment: 'Målet är nästan uppfyllt. 97 procent av de kontrollerade transporterna hade korrekt dokumentation.',
    riskAnalyses: [['Riskanalys av hanteringen av smittförande avfall', '05-07']],
    incidents: [['Transporter med brister i märkning eller dokumentation', 9]],
    followUp: 'Bristerna har återkopplats till transportörerna och vårdcentralerna.',
    improvements: 'En ny rutin för märkning av smittförande avfall.',
    currentState: 'Säkerhetsrådgivaren för farligt gods kontrollerar transporterna med stickprov.',
    improvementOpportunities: 'Utbildning i märkning för personalen på vårdcentralerna.'
  },
  mt: {
    goalFulfilment: 'Målet är inte uppfyllt. 91 procent av produkterna fick förebyggande underhåll enligt plan.',
    riskAnalyses: [['Riskanalys av infusionspumpar', '04-21']],
    incidents: [['Avvikelser som rör medicintekniska produkter', 238], ['Händelser anmälda till Läkemedelsverket', 6]],
    followUp: 'Underhållet följs upp varje månad i MT-avdelningens ledningsgrupp.',
    improvements: 'Påminnelser till enheterna när utrustning ska lämnas in för service.',
    currentState: 'MT-avdelningen ansvarar för underhållet och cheferna för att personalen är utbildad.',
    improvementOpportunities: 'Spårning av var infusionspumparna finns.'
  },
  patientsak: {
    goalFulfilment: 'Målet är inte uppfyllt. 7,6 procent av vårdtillfällena hade en vårdskada, mot målet högst 5 procent.',
    riskAnalyses: [['Händelseanalys av fördröjd behandling på akutmottagningen', '06-18'], ['Riskanalys av överflyttning mellan avdelningar', '10-26']],
    incidents: [['Lex Maria-anmälningar', 14, 8, 6]],
    followUp: 'Vårdskadorna har följts upp i LSG-patientsäkerhet varje kvartal.',
    improvements: 'Riskbedömning av trycksår vid inskrivning på alla avdelningar.',
    currentState: 'Chefläkaren leder arbetet och LSG-patientsäkerhet följer upp handlingsplanen.',
    improvementOpportunities: 'Ett förvaltningsövergripande nätverk för händelseanalys.'
  },
  smittskydd: {
    goalFulfilment: 'Målet är inte uppfyllt. 56 procent av medarbetarna i vården har vaccinerat sig mot säsongsinfluensa.',
    riskAnalyses: [['Riskbedömning inför influensasäsongen', '09-15']],
    incidents: [['Utbrott av calici på vårdavdelningar', 9], ['Medarbetare som exponerats för smitta i arbetet', 45, 37, 8]],
    followUp: 'Utbrotten har följts upp tillsammans med vårdhygien.',
    improvements: 'Vaccination erbjuds på arbetsplatsen.',
    currentState: 'Smittskyddsläkaren leder arbetet och samarbetar med kommunerna.',
    improvementOpportunities: 'Vaccination på alla vårdavdelningar, inte bara på mottagningarna.'
  },
  stral: {
    goalFulfilment: 'Målet är nästan uppfyllt. 98 procent av undersökningarna låg inom standarddos.',
    riskAnalyses: [['Riskanalys inför byte av datortomograf', '03-09']],
    incidents: [['Avvikande stråldoser som har utretts', 21], ['Händelser anmälda till Strålsäkerhetsmyndigheten', 1]],
    followUp: 'Avvikande doser har följts upp med optimering av protokollen.',
    improvements: 'Nya protokoll för datortomografi av barn.',
    currentState: 'Strålskyddsexperten följer upp doserna och röntgens chefer ansvarar för att rutinerna följs.',
    improvementOpportunities: 'Automatiskt larm vid avvikande doser.'
  },
  vardhygien: {
    goalFulfilment: 'Målet är delvis uppfyllt. Följsamheten till de basala hygienrutinerna är 92 procent.',
    riskAnalyses: [['Riskanalys av städningen i vårdnära miljö', '05-30']],
    incidents: [['Vårdrelaterade infektioner vid punktprevalensmätningen', 58, 30, 28]],
    followUp: 'Mätningarna redovisas varje kvartal för klinikernas ledningsgrupper.',
    improvements: 'Hygienombud på fler vårdavdelningar.',
    currentState: 'Vårdhygien ger råd och utbildar; cheferna ansvarar för att rutinerna följs.',
    improvementOpportunities: 'Hygienombud på alla vårdavdelningar.'
  }
};

/** This year's chapters at the open reporting round, by area slug. */
export const CURRENT_CHAPTERS: Record<string, CurrentChapter> = {
  arbetsmiljo: {
    state: 'approved',
    text: {
      goalFulfilment: 'Målet är delvis uppfyllt. Händelserna med hot och våld har minskat för andra året i rad, men var åttonde arbetsplats saknar fortfarande en riskbedömning.',
      riskAnalyses: [['Riskbedömning av ensamarbete kvällstid i hemsjukvården', 84], ['Riskanalys inför ombyggnaden av akutmottagningen', 37]],
      incidents: [['Medarbetare utsatta för hot eller våld', 469, 371, 98], ['Allvarliga arbetsskador anmälda till Arbetsmiljöverket', 6, 5, 1],
        ['Tillbud vid förflyttning av patienter', 143]],
      followUp: 'Händelserna följs upp varje månad i förvaltningarnas samverkansgrupper. Varje allvarlig arbetsskada har utretts och åtgärderna har följts upp med skyddsombuden.',
      improvements: 'Larmknappar i alla behandlingsrum på akutmottagningen, utbildning i konflikthantering för nattpersonal och en ny rutin för stöd efter en hotfull händelse.',
      currentState: 'Cheferna leder arbetsmiljöarbetet med stöd av HR och företagshälsovården. Alla rapporterar i avvikelsesystemet, men uppföljningen skiljer sig mellan förvaltningarna.',
      improvementOpportunities: 'En gemensam modell för uppföljning av hot och våld i alla förvaltningar, och tydligare stöd till chefer efter allvarliga händelser.'
    }
  },
  brand: { state: 'notStarted' },
  drift: {
    state: 'submitted',
    text: {
      goalFulfilment: 'Målet är uppfyllt. Antalet allvarliga driftstörningar är nio de senaste tolv månaderna, under målet på högst tio.',
      riskAnalyses: [['Riskanalys av reservkraften i serverhallen', 102], ['Kontinuitetsanalys för journalsystemet', 45]],
      incidents: [['Allvarliga driftstörningar', 9], ['Planerade avbrott som drog över tiden', 4]],
      followUp: 'Varje allvarlig störning utreds inom två veckor och åtgärderna följs upp på driftmötet varje vecka.',
      improvements: 'Reservkraften i serverhallen är utbytt och nätverket övervakas nu dygnet runt.',
      currentState: 'Driftcentret ansvarar för driftsäkerheten och har jour dygnet runt. Avtalen med leverantörerna följs upp varje kvartal.',
      improvementOpportunities: 'Gemensamma övningar med vården i att arbeta enligt reservrutiner när journalsystemet inte fungerar.'
    }
  },
  infosak: {
    state: 'draft',
    text: {
      riskAnalyses: [['Informationsklassning av vårdens verksamhetskritiska system', 60]],
      incidents: [['Personuppgiftsincidenter anmälda till Integritetsskyddsmyndigheten', 12]],
      currentState: 'Informationssäkerhetssamordnaren stöder förvaltningarnas informationsägare. Klassningen görs i ett gemensamt verktyg.'
    }
  },
  itsak: {
    state: 'returned',
    text: {
      goalFulfilment: 'Målet är delvis uppfyllt. Andelen medarbetare som har gått utbildningen ökar, men målet på 90 procent nås inte.',
      riskAnalyses: [['Riskanalys av fjärråtkomst för leverantörer', 90], ['Sårbarhetsanalys av externa tjänster', 28]],
      incidents: [['Nätfiskeförsök som medarbetare har rapporterat', 1240], ['Konton som spärrats efter misstänkt intrång', 7]],
      followUp: 'Säkerhetscentret rapporterar incidenter varje vecka till IT-säkerhetschefen.',
      improvements: 'Tvåfaktorsinloggning för alla konton med fjärråtkomst.',
      currentState: 'IT-säkerhetschefen leder arbetet. Ett externt säkerhetscenter övervakar IT-miljön dygnet runt.',
      improvementOpportunities: 'Bättre förmåga att upptäcka intrång i medicintekniska system, som i dag inte övervakas.'
    },
    returnComment: 'Kapitlet saknar uppföljningen av åtgärderna efter vårens nätfiskeövning. Komplettera avsnittet om uppföljning och skicka in kapitlet igen.'
  },
  brott: { state: 'notStarted' },
  kris: {
    state: 'draft',
    text: {
      goalFulfilment: 'Målet är delvis uppfyllt. Två ledningsövningar har genomförts, men hälften av de samhällsviktiga verksamheterna saknar en beslutad kontinuitetsplan.',
      riskAnalyses: [['Risk- och sårbarhetsanalys för regionen', 75]],
      incidents: [['Händelser då regional krisledning aktiverades', 2]],
      currentState: 'Beredskapschefen leder arbetet med stöd av en tjänsteman i beredskap dygnet runt.'
    }
  },
  lakemedel: {
    state: 'approved',
    text: {
      goalFulfilment: 'Målet är delvis uppfyllt. Avvikelserna i läkemedelshanteringen har minskat med åtta procent, men avvikelser vid utskrivning är fortfarande den största gruppen.',
      riskAnalyses: [['Riskanalys av läkemedelsförsörjningen vid störningar i leveranserna', 66]],
      incidents: [['Avvikelser i läkemedelshanteringen', 968], ['Läkemedelsrelaterade lex Maria-anmälningar', 3]],
      followUp: 'Avvikelserna följs upp i varje verksamhets ledningsgrupp och sammanställs av läkemedelsenheten två gånger per år.',
      improvements: 'Farmaceuter gör läkemedelsgenomgångar inför utskrivning på fyra vårdavdelningar.',
      currentState: 'Läkemedelschefen ansvarar för området. Läkemedelskommittén ger ut rekommendationer och rutiner.',
      improvementOpportunities: 'Ett gemensamt arbetssätt för läkemedelslistan vid utskrivning till kommunal hemsjukvård.'
    }
  },
  miljo: { state: 'notStarted' },
  mt: {
    state: 'submitted',
    text: {
      goalFulfilment: 'Målet är nästan uppfyllt. 94 procent av produkterna har fått förebyggande underhåll enligt plan, mot målet 95 procent.',
      riskAnalyses: [['Riskanalys av infusionspumpar som inte lämnas in för service', 51]],
      incidents: [['Avvikelser som rör medicintekniska produkter', 214], ['Händelser anmälda till Läkemedelsverket', 5]],
      followUp: 'Underhållet följs upp varje månad i MT-avdelningens ledningsgrupp.',
      improvements: 'Ett system som visar var infusionspumparna finns har införts på sjukhuset.',
      currentState: 'MT-avdelningen ansvarar för underhåll och säkerhet. Vårdens chefer ansvarar för att personalen är utbildad på utrustningen.',
      improvementOpportunities: 'En samlad förteckning över vilka medarbetare som är utbildade på vilken utrustning.'
    }
  },
  patientsak: {
    state: 'draft',
    text: {
      goalFulfilment: 'Andelen vårdtillfällen med vårdskada har minskat något men ligger fortfarande över målet på högst fem procent.',
      incidents: [['Lex Maria-anmälningar', 11, 6, 5]]
    }
  },
  smittskydd: {
    state: 'approved',
    text: {
      goalFulfilment: 'Målet är inte uppfyllt. 61 procent av medarbetarna i vården har vaccinerat sig mot säsongsinfluensa, mot målet 70 procent.',
      riskAnalyses: [['Riskbedömning inför influensasäsongen', 70]],
      incidents: [['Utbrott av calici på vårdavdelningar', 6], ['Medarbetare som exponerats för smitta i arbetet', 38, 31, 7]],
      followUp: 'Utbrotten har följts upp tillsammans med vårdhygien. Exponeringarna följs upp av företagshälsovården.',
      improvements: 'Vaccination erbjuds nu på arbetsplatsen under två veckor varje höst.',
      currentState: 'Smittskyddsläkaren leder arbetet och samarbetar med kommunerna och vårdhygien.',
      improvementOpportunities: 'Snabbare besked till vårdcentralerna när ett utbrott upptäcks på sjukhuset.'
    }
  },
  stral: { state: 'notStarted' },
  vardhygien: {
    state: 'submitted',
    text: {
      goalFulfilment: 'Målet är delvis uppfyllt. Följsamheten till de basala hygienrutinerna är 94 procent och andelen vårdrelaterade infektioner har minskat.',
      riskAnalyses: [['Riskanalys av luftbehandlingen i operationssalarna', 88], ['Riskbedömning av städningen i vårdnära miljö', 33]],
      incidents: [['Vårdrelaterade infektioner vid punktprevalensmätningen', 52, 27, 25]],
      followUp: 'Mätningarna redovisas varje kvartal för klinikernas ledningsgrupper.',
      improvements: 'Hygienombud finns nu på alla vårdavdelningar och träffas varannan månad.',
      currentState: 'Vårdhygien ger råd och utbildar. Cheferna ansvarar för att rutinerna följs på sin enhet.',
      improvementOpportunities: 'Mäta följsamheten även i primärvården och i den kommunala hemsjukvården.'
    }
  }
};
