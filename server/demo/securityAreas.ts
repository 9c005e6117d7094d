/**
 * The fourteen security areas of Region Norrvik with their owners ("funktionsområdesansvarig"), and what the
 * security report asks of each: the area's overarching goal(s) and their measurable indicators, with the
 * value and analysis given last year (the report decided by the board) and in this year's two reporting
 * rounds (the interim one closed, the current one open; no value yet where the third figure is null).
 * Figures are [women, men, total] where the indicator is split by sex. Counts are over the last twelve
 * months so that rounds compare.
 */
import type { SecurityArea } from '../../src/model/types';
import type { Figure, IndicatorDefinition } from './indicators';
import { UNIT } from './units';

export interface AreaIndicatorSpec extends IndicatorDefinition {
  /** [last year's report, this year's interim round, this year's open round (null: not yet answered)]. */
  values: [Figure, Figure, Figure | null];
  /** The analysis with each value. */
  comments: [string, string, string];
}

export interface AreaGoalSpec {
  title: string;
  indicators: AreaIndicatorSpec[];
}

export interface AreaSpec {
  slug: string;
  title: string;
  titleEn: string;
  /** Completes "Funktionsområdesansvarig …". */
  ownerTitleSuffix: string;
  ownerJobTitle: string;
  ownerUnitKey: string;
  /** Secret under OSL: the chapter names premises, stock levels and the like. */
  confidential?: boolean;
  goals: AreaGoalSpec[];
}

const ROLLING = 'rullande tolv månader';

/** Per area: key `area:<slug>`, owner role key `role:omr:<slug>`. */
export const AREA_SPECS: AreaSpec[] = [
  {
    slug: 'arbetsmiljo', title: 'Arbetsmiljö', titleEn: 'Work environment', ownerTitleSuffix: 'arbetsmiljö',
    ownerJobTitle: 'Arbetsmiljöstrateg', ownerUnitKey: UNIT.arbetsmiljo,
    goals: [{
      title: 'Ingen medarbetare ska skadas eller bli sjuk av sitt arbete, och hot och våld i arbetet ska minska',
      indicators: [
        {
          title: 'Antal rapporterade tillbud och arbetsskador som rör hot och våld', unitOfMeasure: 'antal', rule: 'decrease', target: null,
          method: `Avvikelsesystemet, ${ROLLING}`, values: [[402, 117, 519], [389, 112, 501], [371, 98, 469]],
          comments: [
            'Fler kvinnor än män rapporterar händelser, vilket speglar könsfördelningen i vårdyrkena.',
            'Minskningen gäller främst psykiatrin, där bemanningen nattetid har förstärkts.',
            'Fortsatt minskning. Akutmottagningen har fått larmknappar i alla behandlingsrum.'
          ]
        },
        {
          title: 'Andel arbetsplatser med genomförd riskbedömning av hot och våld', unitOfMeasure: '%', rule: 'atLeast', target: 100, tolerance: 10,
          method: 'Arbetsmiljöronderna, förvaltningarnas sammanställning', values: [71, 80, 88],
          comments: [
            'Riskbedömningen görs i samband med den årliga arbetsmiljöronden.',
            'Primärvården har gjort riskbedömningar på alla vårdcentraler.',
            'Tolv arbetsplatser återstår, de flesta inom medicinsk service.'
          ]
        }
      ]
    }]
  },
  {
    slug: 'brand', title: 'Brandsäkerhet', titleEn: 'Fire safety', ownerTitleSuffix: 'brandsäkerhet',
    ownerJobTitle: 'Brandskyddssamordnare', ownerUnitKey: UNIT.sakerhetsenheten,
    goals: [{
      title: 'Alla medarbetare vet hur de ska agera vid brand, och brandskyddet följs upp systematiskt varje år',
      indicators: [
        {
          title: 'Andel medarbetare med grundläggande brandskyddsutbildning de senaste tre åren', unitOfMeasure: '%', rule: 'atLeast', target: 90,
          method: 'Lärplattformen, genomförda utbildningar', values: [[84, 77, 82], [85, 78, 83], null],
          comments: [
            'Utbildningen har gått att boka digitalt sedan våren, vilket har ökat deltagandet.',
            'Många som anställdes under sommaren har ännu inte gått utbildningen.',
            ''
          ]
        },
        {
          title: 'Antal genomförda utrymningsövningar på vårdavdelningar', unitOfMeasure: 'antal', rule: 'atLeast', target: 12,
          method: `Brandskyddsregistret, ${ROLLING}`, values: [9, 10, null],
          comments: ['Övningarna har samordnats med räddningstjänsten.', 'Två övningar ställdes in på grund av hög beläggning.', '']
        }
      ]
    }]
  },
  {
    slug: 'drift', title: 'Driftsäkerhet', titleEn: 'Operational reliability', ownerTitleSuffix: 'driftsäkerhet',
    ownerJobTitle: 'Driftsäkerhetsansvarig', ownerUnitKey: UNIT.driftcenter,
    goals: [{
      title: 'Verksamhetskritiska IT-tjänster är tillgängliga när vården och kollektivtrafiken behöver dem',
      indicators: [
        {
          title: 'Antal allvarliga driftstörningar (major incident)', unitOfMeasure: 'antal', rule: 'atMost', target: 10,
          method: `Ärendehanteringssystemet, ${ROLLING}`, values: [13, 11, 9],
          comments: [
            'Två av störningarna berodde på leverantörens nätverk; båda har utretts med leverantören.',
            'Den största störningen gällde journalsystemet under en förmiddag i våras.',
            'Färre störningar sedan reservkraften i serverhallen byttes.'
          ]
        },
        {
          title: 'Tillgänglighet för journalsystemet under vårdens kärntid', unitOfMeasure: '%', rule: 'atLeast', target: 99.8, tolerance: 0.1,
          method: 'Övervakningssystemet, kärntid vardagar 07–17', values: [99.6, 99.7, 99.85],
          comments: ['Målet nåddes inte på grund av två längre avbrott.', 'Tillgängligheten är bättre än i fjol.', 'Målet är nått.']
        }
      ]
    }]
  },
  {
    slug: 'infosak', title: 'Informationssäkerhet', titleEn: 'Information security', ownerTitleSuffix: 'informationssäkerhet',
    ownerJobTitle: 'Informationssäkerhetssamordnare', ownerUnitKey: UNIT.sakerhetsenheten,
    goals: [{
      title: 'All verksamhetskritisk information är klassad och skyddas efter sitt skyddsvärde',
      indicators: [
        {
          title: 'Andel verksamhetskritiska system med genomförd informationsklassning', unitOfMeasure: '%', rule: 'atLeast', target: 100, tolerance: 10,
          method: 'Klassningsverktyget, systemförteckningen', values: [66, 74, 81],
          comments: [
            'Klassningen av vårdens system går långsammare än planerat eftersom informationsägare saknas.',
            'Informationsägare är nu utsedda i alla förvaltningar.',
            'Klassningen av de administrativa systemen är klar.'
          ]
        },
        {
          title: 'Antal personuppgiftsincidenter anmälda till Integritetsskyddsmyndigheten', unitOfMeasure: 'antal', rule: 'decrease', target: null,
          method: `Incidentregistret, ${ROLLING}`, values: [14, 12, null],
          comments: ['De flesta gällde brev och e-post till fel mottagare.', 'Färre felskickade brev sedan adresskontrollen infördes.', '']
        }
      ]
    }]
  },
  {
    slug: 'itsak', title: 'IT-säkerhet', titleEn: 'IT security', ownerTitleSuffix: 'IT-säkerhet',
    ownerJobTitle: 'IT-säkerhetschef', ownerUnitKey: UNIT.itEhalsa,
    goals: [{
      title: 'Regionen upptäcker och hanterar IT-säkerhetsincidenter innan de påverkar vården',
      indicators: [
        {
          title: 'Andel medarbetare som genomfört webbutbildningen i IT-säkerhet', unitOfMeasure: '%', rule: 'atLeast', target: 90,
          method: 'Lärplattformen, genomförda utbildningar', values: [[81, 74, 79], [84, 77, 82], [86, 80, 84]],
          comments: [
            'Nätfiskeövningen under hösten följdes av en tydlig ökning av antalet genomförda utbildningar.',
            'Utbildningen ingår nu i introduktionen för nyanställda.',
            'Män har gått utbildningen i lägre grad än kvinnor, främst inom teknisk service.'
          ]
        }
      ]
    }]
  },
  {
    slug: 'brott', title: 'Kriminalitet och brottsförebyggande', titleEn: 'Crime and crime prevention', ownerTitleSuffix: 'kriminalitet och brottsförebyggande',
    ownerJobTitle: 'Samordnare brottsförebyggande arbete', ownerUnitKey: UNIT.sakerhetsenheten, confidential: true,
    goals: [{
      title: 'Medarbetare, patienter och besökare ska känna sig trygga i regionens lokaler',
      indicators: [
        {
          title: 'Antal polisanmälda händelser med hot eller våld mot medarbetare', unitOfMeasure: 'antal', rule: 'decrease', target: null,
          method: `Avvikelsesystemet och polisanmälningar, ${ROLLING}`, values: [[63, 19, 82], [59, 18, 77], null],
          comments: [
            'Ökningen gäller främst akutmottagningen; väktare finns där nattetid sedan hösten.',
            'En liten minskning, framför allt nattetid.',
            ''
          ]
        }
      ]
    }]
  },
  {
    slug: 'kris', title: 'Krisberedskap', titleEn: 'Crisis preparedness', ownerTitleSuffix: 'krisberedskap',
    ownerJobTitle: 'Beredskapschef', ownerUnitKey: UNIT.sakerhetsenheten, confidential: true,
    goals: [{
      title: 'Regionen kan leda och bedriva samhällsviktig verksamhet vid en allvarlig händelse och under höjd beredskap',
      indicators: [
        {
          title: 'Antal genomförda ledningsövningar på regional nivå', unitOfMeasure: 'antal', rule: 'atLeast', target: 2,
          method: `Övningsplanen, ${ROLLING}`, values: [2, 1, 2],
          comments: [
            'En övning med elavbrott och en med masskadeläge tillsammans med kommunerna.',
            'Vårens övning sköts upp till hösten.',
            'Höstens övning gällde ett omfattande IT-angrepp.'
          ]
        },
        {
          title: 'Andel samhällsviktiga verksamheter med beslutad kontinuitetsplan', unitOfMeasure: '%', rule: 'atLeast', target: 100, tolerance: 20,
          method: 'Förteckningen över samhällsviktig verksamhet', values: [35, 48, null],
          comments: ['Arbetet med kontinuitetsplaner startade under året.', 'Sjukhusets kliniker har kommit längst.', '']
        }
      ]
    }]
  },
  {
    slug: 'lakemedel', title: 'Läkemedel', titleEn: 'Medicines', ownerTitleSuffix: 'läkemedel',
    ownerJobTitle: 'Läkemedelschef', ownerUnitKey: UNIT.lakemedel,
    goals: [{
      title: 'Läkemedel hanteras säkert i hela kedjan, från beställning till administrering',
      indicators: [
        {
          title: 'Antal avvikelser som rör läkemedelshantering', unitOfMeasure: 'antal', rule: 'decrease', target: null,
          method: `Avvikelsesystemet, ${ROLLING}`, values: [1052, 1017, 968],
          comments: [
            'Avvikelser vid utskrivning till kommunal hemsjukvård är fortfarande den största gruppen.',
            'Läkemedelsgenomgångar inför utskrivning har minskat avvikelserna på två avdelningar.',
            'Minskningen fortsätter. Avvikelser vid utskrivning har minskat mest.'
          ]
        }
      ]
    }]
  },
  {
    slug: 'miljo', title: 'Miljösäkerhet och transport av farligt gods', titleEn: 'Environmental safety and transport of dangerous goods',
    ownerTitleSuffix: 'miljösäkerhet och farligt gods', ownerJobTitle: 'Säkerhetsrådgivare farligt gods', ownerUnitKey: UNIT.sakerhetsenheten,
    goals: [{
      title: 'Farligt gods och farligt avfall hanteras och transporteras enligt gällande regler',
      indicators: [
        {
          title: 'Andel kontrollerade transporter av farligt gods med korrekt dokumentation', unitOfMeasure: '%', rule: 'atLeast', target: 100, tolerance: 5,
          method: 'Säkerhetsrådgivarens stickprov', values: [97, 95, null],
          comments: [
            'Bristerna gällde främst märkningen av smittförande avfall från vårdcentralerna.',
            'Två nya transportörer har haft brister i dokumentationen.',
            ''
          ]
        }
      ]
    }]
  },
  {
    slug: 'mt', title: 'MT-säkerhet', titleEn: 'Medical technology safety', ownerTitleSuffix: 'MT-säkerhet',
    ownerJobTitle: 'MT-chef', ownerUnitKey: UNIT.medicinskTeknik,
    goals: [{
      title: 'Medicintekniska produkter är säkra, underhållna och används av utbildad personal',
      indicators: [
        {
          title: 'Andel medicintekniska produkter med förebyggande underhåll enligt plan', unitOfMeasure: '%', rule: 'atLeast', target: 95,
          method: 'Underhållssystemet för medicinteknik', values: [91, 92, 94],
          comments: [
            'Eftersläpningen gäller infusionspumpar som inte har lämnats in för service.',
            'Spårningen av infusionspumparna har förbättrats.',
            'Nära målet. Eftersläpningen gäller nu främst ultraljudsapparater.'
          ]
        }
      ]
    }]
  },
  {
    slug: 'patientsak', title: 'Patientsäkerhet', titleEn: 'Patient safety', ownerTitleSuffix: 'patientsäkerhet',
    ownerJobTitle: 'Chefläkare', ownerUnitKey: UNIT.hsf,
    goals: [{
      title: 'Ingen patient ska drabbas av en vårdskada som hade kunnat undvikas',
      indicators: [
        {
          title: 'Andel vårdtillfällen med vårdskada enligt markörbaserad journalgranskning', unitOfMeasure: '%', rule: 'atMost', target: 5,
          method: 'Markörbaserad journalgranskning, 20 vårdtillfällen per avdelning och månad', values: [[7.1, 8.2, 7.6], [6.8, 8.0, 7.4], null],
          comments: [
            'Vårdrelaterade infektioner och trycksår är de vanligaste skadetyperna.',
            'Något färre trycksår, i övrigt oförändrat.',
            ''
          ]
        }
      ]
    }]
  },
  {
    slug: 'smittskydd', title: 'Smittskydd', titleEn: 'Communicable disease control', ownerTitleSuffix: 'smittskydd',
    ownerJobTitle: 'Smittskyddsläkare', ownerUnitKey: UNIT.smittskydd,
    goals: [{
      title: 'Smittsamma sjukdomar förebyggs, och utbrott upptäcks och begränsas tidigt',
      indicators: [
        {
          title: 'Andel medarbetare i vården som vaccinerat sig mot säsongsinfluensa', unitOfMeasure: '%', rule: 'atLeast', target: 70,
          method: 'Vaccinationsregistret, senaste säsongen', values: [[58, 51, 56], [60, 52, 58], [63, 55, 61]],
          comments: [
            'Vaccination på arbetsplatsen under vecka 45 gav bäst resultat.',
            'Fler har vaccinerat sig sedan vaccinationen erbjuds på alla vårdavdelningar.',
            'Ökningen fortsätter men målet nås inte. Män vaccinerar sig i lägre grad.'
          ]
        }
      ]
    }]
  },
  {
    slug: 'stral', title: 'Strålsäkerhet', titleEn: 'Radiation safety', ownerTitleSuffix: 'strålsäkerhet',
    ownerJobTitle: 'Strålskyddsexpert', ownerUnitKey: UNIT.rontgen,
    goals: [{
      title: 'Patienter och personal utsätts inte för högre stråldoser än vad undersökningen kräver',
      indicators: [
        {
          title: 'Andel undersökningar med stråldos inom diagnostisk standarddos', unitOfMeasure: '%', rule: 'atLeast', target: 100, tolerance: 3,
          method: 'Dosregistreringssystemet', values: [98, 98.4, null],
          comments: ['Avvikande doser har följts upp med optimering av protokollen för datortomografi.', 'Oförändrat sedan förra året.', '']
        }
      ]
    }]
  },
  {
    slug: 'vardhygien', title: 'Vårdhygien', titleEn: 'Infection prevention and control', ownerTitleSuffix: 'vårdhygien',
    ownerJobTitle: 'Hygienläkare', ownerUnitKey: UNIT.vardhygien,
    goals: [{
      title: 'Vårdrelaterade infektioner förebyggs genom god följsamhet till basala hygienrutiner',
      indicators: [
        {
          title: 'Följsamhet till basala hygien- och klädregler', unitOfMeasure: '%', rule: 'atLeast', target: 100, tolerance: 10,
          method: 'Egenkontroll av basala hygien- och klädregler', values: [[93, 88, 92], [94, 89, 93], [95, 90, 94]],
          comments: [
            'Fingerringar och armbandsur är fortfarande den vanligaste bristen vid mätningarna.',
            'Hygienombuden har gjort fler egenkontroller än tidigare.',
            'Följsamheten ökar för både kvinnor och män.'
          ]
        },
        {
          title: 'Andel vårdtillfällen med vårdrelaterad infektion vid punktprevalensmätning', unitOfMeasure: '%', rule: 'atMost', target: 7,
          method: 'Punktprevalensmätning av vårdrelaterade infektioner', values: [8.3, 7.9, 7.4],
          comments: ['Urinvägsinfektioner är vanligast.', 'Något färre infektioner efter operation.', 'Närmar sig målet.']
        }
      ]
    }]
  }
];

export interface SecurityAreaDef {
  key: string;
  ownerRoleKey: string;
  ownerTitleSuffix: string;
  ownerJobTitle: string;
  ownerUnitKey: string;
}

/** What roles.ts needs to create the owner roles. */
export const SECURITY_AREAS: SecurityAreaDef[] = AREA_SPECS.map((s) => ({
  key: `area:${s.slug}`, ownerRoleKey: `role:omr:${s.slug}`,
  ownerTitleSuffix: s.ownerTitleSuffix, ownerJobTitle: s.ownerJobTitle, ownerUnitKey: s.ownerUnitKey
}));

export function buildSecurityAreas(): SecurityArea[] {
  return AREA_SPECS.map((s, index) => ({
    key: `area:${s.slug}`, title: s.title, titleEn: s.titleEn, ownerRoleKey: `role:omr:${s.slug}`, sortOrder: index + 1
  }));
}
