/**
 * The fourteen security areas of Region Norrvik with their owners, and last year's security report
 * ("Säkerhetsberättelse"): one overarching goal per area, each with one measurable indicator and its
 * values for the report year and the year before (split by sex where the board asks for it).
 */
import type { IndicatorDirection, Indicator, IndicatorValue, Plan, PlanItem, SecurityArea } from '../../src/model/types';
import { meetingDate } from './support';
import { UNIT } from './units';

/** Women, men and the whole (a share's total is not the sum of the two). */
type SplitValue = [number, number, number];

interface AreaSpec {
  slug: string;
  title: string;
  titleEn: string;
  /** Completes "Funktionsområdesansvarig …". */
  ownerTitleSuffix: string;
  ownerJobTitle: string;
  ownerUnitKey: string;
  goal: string;
  indicator: {
    title: string;
    unitOfMeasure: string;
    direction: IndicatorDirection;
    targetValue: number | null;
    /** [the year before the report year, the report year]; when split by sex, [women, men, total] per year. */
    values: [number, number] | [SplitValue, SplitValue];
    comment: string;
  };
}

/** Per area: key `area:<slug>`, owner role key `role:omr:<slug>`. */
const specs: AreaSpec[] = [
  {
    slug: 'arbetsmiljo', title: 'Arbetsmiljö', titleEn: 'Work environment', ownerTitleSuffix: 'arbetsmiljö',
    ownerJobTitle: 'Arbetsmiljöstrateg', ownerUnitKey: UNIT.arbetsmiljo,
    goal: 'Ingen medarbetare ska skadas eller bli sjuk av sitt arbete; hot och våld i arbetet ska minska',
    indicator: {
      title: 'Antal rapporterade tillbud och arbetsskador som rör hot och våld', unitOfMeasure: 'antal', direction: 'decrease',
      targetValue: null, values: [[431, 122, 553], [402, 117, 519]],
      comment: 'Fler kvinnor än män rapporterar händelser, vilket speglar könsfördelningen i vårdyrkena.'
    }
  },
  {
    slug: 'brand', title: 'Brandsäkerhet', titleEn: 'Fire safety', ownerTitleSuffix: 'brandsäkerhet',
    ownerJobTitle: 'Brandskyddssamordnare', ownerUnitKey: UNIT.sakerhetsenheten,
    goal: 'Alla medarbetare vet hur de ska agera vid brand och det systematiska brandskyddsarbetet följs upp årligen',
    indicator: {
      title: 'Andel medarbetare med grundläggande brandskyddsutbildning de senaste tre åren', unitOfMeasure: '%', direction: 'increase',
      targetValue: 90, values: [[78, 71, 76], [84, 77, 82]],
      comment: 'Utbildningen har gått att boka digitalt sedan våren, vilket har ökat deltagandet.'
    }
  },
  {
    slug: 'drift', title: 'Driftsäkerhet', titleEn: 'Operational reliability', ownerTitleSuffix: 'driftsäkerhet',
    ownerJobTitle: 'Driftsäkerhetsansvarig', ownerUnitKey: UNIT.driftcenter,
    goal: 'Verksamhetskritiska IT-tjänster är tillgängliga när vården och kollektivtrafiken behöver dem',
    indicator: {
      title: 'Antal allvarliga driftstörningar (major incident)', unitOfMeasure: 'antal', direction: 'decrease',
      targetValue: 10, values: [17, 13],
      comment: 'Två av störningarna berodde på leverantörens nätverk; båda har utretts med leverantören.'
    }
  },
  {
    slug: 'infosak', title: 'Informationssäkerhet', titleEn: 'Information security', ownerTitleSuffix: 'informationssäkerhet',
    ownerJobTitle: 'Informationssäkerhetssamordnare', ownerUnitKey: UNIT.sakerhetsenheten,
    goal: 'All verksamhetskritisk information är klassad och skyddas efter sitt skyddsvärde',
    indicator: {
      title: 'Andel verksamhetskritiska system med genomförd informationsklassning', unitOfMeasure: '%', direction: 'increase',
      targetValue: 100, values: [48, 66],
      comment: 'Klassningen av vårdens system går långsammare än planerat på grund av brist på informationsägare.'
    }
  },
  {
    slug: 'itsak', title: 'IT-säkerhet', titleEn: 'IT security', ownerTitleSuffix: 'IT-säkerhet',
    ownerJobTitle: 'IT-säkerhetschef', ownerUnitKey: UNIT.itEhalsa,
    goal: 'Regionen upptäcker och hanterar IT-säkerhetsincidenter innan de påverkar vården',
    indicator: {
      title: 'Andel medarbetare som genomfört webbutbildningen i IT-säkerhet', unitOfMeasure: '%', direction: 'increase',
      targetValue: 90, values: [[69, 62, 67], [81, 74, 79]],
      comment: 'Nätfiskeövningen under hösten följdes av en tydlig ökning av antalet genomförda utbildningar.'
    }
  },
  {
    slug: 'brott', title: 'Kriminalitet och brottsförebyggande', titleEn: 'Crime and crime prevention', ownerTitleSuffix: 'kriminalitet och brottsförebyggande',
    ownerJobTitle: 'Samordnare brottsförebyggande arbete', ownerUnitKey: UNIT.sakerhetsenheten,
    goal: 'Medarbetare, patienter och besökare ska känna sig trygga i regionens lokaler',
    indicator: {
      title: 'Antal polisanmälda händelser med hot eller våld mot medarbetare', unitOfMeasure: 'antal', direction: 'decrease',
      targetValue: null, values: [[58, 21, 79], [63, 19, 82]],
      comment: 'Ökningen gäller främst akutmottagningen; väktarnärvaro nattetid har införts under hösten.'
    }
  },
  {
    slug: 'kris', title: 'Krisberedskap', titleEn: 'Crisis preparedness', ownerTitleSuffix: 'krisberedskap',
    ownerJobTitle: 'Beredskapschef', ownerUnitKey: UNIT.sakerhetsenheten,
    goal: 'Regionen kan leda och bedriva samhällsviktig verksamhet vid en allvarlig händelse och under höjd beredskap',
    indicator: {
      title: 'Antal genomförda ledningsövningar på regional nivå', unitOfMeasure: 'antal', direction: 'reach',
      targetValue: 2, values: [1, 2],
      comment: 'En övning med elavbrott och en med masskadeläge tillsammans med kommunerna.'
    }
  },
  {
    slug: 'lakemedel', title: 'Läkemedel', titleEn: 'Medicines', ownerTitleSuffix: 'läkemedel',
    ownerJobTitle: 'Läkemedelschef', ownerUnitKey: UNIT.lakemedel,
    goal: 'Läkemedel hanteras säkert i hela kedjan, från beställning till administrering',
    indicator: {
      title: 'Antal avvikelser som rör läkemedelshantering', unitOfMeasure: 'antal', direction: 'decrease',
      targetValue: null, values: [1138, 1052],
      comment: 'Avvikelser vid utskrivning till kommunal hemsjukvård är fortfarande den största gruppen.'
    }
  },
  {
    slug: 'miljo', title: 'Miljösäkerhet och transport av farligt gods', titleEn: 'Environmental safety and transport of dangerous goods',
    ownerTitleSuffix: 'miljösäkerhet och farligt gods', ownerJobTitle: 'Säkerhetsrådgivare farligt gods', ownerUnitKey: UNIT.sakerhetsenheten,
    goal: 'Farligt gods och farligt avfall hanteras och transporteras enligt gällande regler',
    indicator: {
      title: 'Andel kontrollerade transporter av farligt gods med korrekt dokumentation', unitOfMeasure: '%', direction: 'reach',
      targetValue: 100, values: [92, 97],
      comment: 'Bristerna gällde främst märkning av smittförande avfall från vårdcentralerna.'
    }
  },
  {
    slug: 'mt', title: 'MT-säkerhet', titleEn: 'Medical technology safety', ownerTitleSuffix: 'MT-säkerhet',
    ownerJobTitle: 'MT-chef', ownerUnitKey: UNIT.medicinskTeknik,
    goal: 'Medicintekniska produkter är säkra, underhållna och används av utbildad personal',
    indicator: {
      title: 'Andel medicintekniska produkter med förebyggande underhåll enligt plan', unitOfMeasure: '%', direction: 'increase',
      targetValue: 95, values: [86, 91],
      comment: 'Eftersläpningen gäller infusionspumpar som inte har lämnats in för service.'
    }
  },
  {
    slug: 'patientsak', title: 'Patientsäkerhet', titleEn: 'Patient safety', ownerTitleSuffix: 'patientsäkerhet',
    ownerJobTitle: 'Chefläkare', ownerUnitKey: UNIT.hsf,
    goal: 'Ingen patient ska drabbas av en vårdskada som hade kunnat undvikas',
    indicator: {
      title: 'Andel vårdtillfällen med vårdskada enligt markörbaserad journalgranskning', unitOfMeasure: '%', direction: 'decrease',
      targetValue: 5, values: [[7.6, 8.9, 8.2], [7.1, 8.2, 7.6]],
      comment: 'Vårdrelaterade infektioner och trycksår är de vanligaste skadetyperna.'
    }
  },
  {
    slug: 'smittskydd', title: 'Smittskydd', titleEn: 'Communicable disease control', ownerTitleSuffix: 'smittskydd',
    ownerJobTitle: 'Smittskyddsläkare', ownerUnitKey: UNIT.smittskydd,
    goal: 'Smittsamma sjukdomar förebyggs och utbrott upptäcks och begränsas tidigt',
    indicator: {
      title: 'Andel medarbetare i vården som vaccinerat sig mot säsongsinfluensa', unitOfMeasure: '%', direction: 'increase',
      targetValue: 70, values: [[52, 47, 51], [58, 51, 56]],
      comment: 'Vaccination på arbetsplatsen under vecka 45 gav bäst resultat.'
    }
  },
  {
    slug: 'stral', title: 'Strålsäkerhet', titleEn: 'Radiation safety', ownerTitleSuffix: 'strålsäkerhet',
    ownerJobTitle: 'Strålskyddsexpert', ownerUnitKey: UNIT.rontgen,
    goal: 'Patienter och personal utsätts inte för högre stråldoser än vad undersökningen kräver',
    indicator: {
      title: 'Andel undersökningar med stråldos inom diagnostisk standarddos', unitOfMeasure: '%', direction: 'reach',
      targetValue: 100, values: [96, 98],
      comment: 'Avvikande doser har följts upp med optimering av protokollen för datortomografi.'
    }
  },
  {
    slug: 'vardhygien', title: 'Vårdhygien', titleEn: 'Infection prevention and control', ownerTitleSuffix: 'vårdhygien',
    ownerJobTitle: 'Hygienläkare', ownerUnitKey: UNIT.vardhygien,
    goal: 'Vårdrelaterade infektioner förebyggs genom god följsamhet till basala hygienrutiner',
    indicator: {
      title: 'Följsamhet till basala hygien- och klädregler', unitOfMeasure: '%', direction: 'reach',
      targetValue: 100, values: [[91, 84, 90], [93, 88, 92]],
      comment: 'Fingerringar och armbandsur är fortfarande den vanligaste bristen vid mätningarna.'
    }
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
export const SECURITY_AREAS: SecurityAreaDef[] = specs.map((s) => ({
  key: `area:${s.slug}`, ownerRoleKey: `role:omr:${s.slug}`,
  ownerTitleSuffix: s.ownerTitleSuffix, ownerJobTitle: s.ownerJobTitle, ownerUnitKey: s.ownerUnitKey
}));

export function buildSecurityAreas(): SecurityArea[] {
  return specs.map((s, index) => ({
    key: `area:${s.slug}`, title: s.title, titleEn: s.titleEn, ownerRoleKey: `role:omr:${s.slug}`, sortOrder: index + 1
  }));
}

export interface SecurityReport {
  plan: Plan;
  items: PlanItem[];
  indicators: Indicator[];
  indicatorValues: IndicatorValue[];
}

/** The security report for `reportYear`, decided by the regional board in March of the year after. */
export function buildSecurityReport(reportYear: number): SecurityReport {
  const slug = `sb-${reportYear}`;
  const planKey = `plan:${slug}`;
  const plan: Plan = {
    key: planKey, title: `Säkerhetsberättelse ${reportYear}`, kind: 'securityReport', year: reportYear,
    unitKey: UNIT.region, state: 'closed', decisionDate: meetingDate(reportYear + 1, '03-26'),
    diaryNumber: `RS ${reportYear + 1}/218`
  };
  const items: PlanItem[] = [];
  const indicators: Indicator[] = [];
  const indicatorValues: IndicatorValue[] = [];
  specs.forEach((s, index) => {
    const itemKey = `goal:${slug}:${s.slug}`;
    items.push({
      key: itemKey, planKey, title: s.goal, consequence: '', cause: '', handling: null, strategyKey: null, objectiveKey: null,
      securityAreaKey: `area:${s.slug}`, probability: null, severity: null, residualProbability: null, residualSeverity: null,
      // The crime-prevention and crisis chapters name premises and stock levels: secret under OSL.
      confidential: s.slug === 'brott' || s.slug === 'kris', sortOrder: index + 1
    });
    const indicatorKey = `indicator:${slug}:${s.slug}`;
    const split = Array.isArray(s.indicator.values[0]);
    indicators.push({
      key: indicatorKey, planKey, itemKey, title: s.indicator.title, unitOfMeasure: s.indicator.unitOfMeasure,
      direction: s.indicator.direction, targetValue: s.indicator.targetValue, splitBySex: split, roleKey: `role:omr:${s.slug}`
    });
    [reportYear - 1, reportYear].forEach((year, i) => {
      const raw = s.indicator.values[i];
      const comment = year === reportYear ? s.indicator.comment : '';
      if (Array.isArray(raw)) {
        const [women, men, total] = raw;
        indicatorValues.push({ key: `value:${slug}:${s.slug}:${year}`, indicatorKey, year, value: total, valueWomen: women, valueMen: men, comment });
      } else {
        indicatorValues.push({ key: `value:${slug}:${s.slug}:${year}`, indicatorKey, year, value: raw, valueWomen: null, valueMen: null, comment });
      }
    });
  });
  return { plan, items, indicators, indicatorValues };
}
