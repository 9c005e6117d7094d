/**
 * Labels of the fields that only some plan kinds use (action plan, scorecard, security report) and of
 * the links across plans, Swedish first and English second. The kinds' nouns come from planKinds.ts.
 */
import { Locale } from '../../model/statusLegend';
import { CategoryType, MeasureKind, TargetRule } from '../../model/types';

export interface KindStrings {
  category: Record<CategoryType, string>;
  purpose: string;
  purposeHint: string;
  goals: string;
  strategies: string;
  lineHint: string;
  strategicGoal: string;
  securityArea: string;
  threatens: string;
  threatensHint: string;
  measureKind: string;
  measureKinds: Record<MeasureKind, string>;
  goal: string;
  method: string;
  targetRule: string;
  targetRules: Record<TargetRule, string>;
  targetValue: string;
  unitOfMeasure: string;
  splitBySex: string;
  /** A measure secret under OSL on its own, and what that means. */
  confidential: string;
  confidentialHint: string;
  tolerance: string;
  toleranceHint: string;
  roles: string;
  rolesHint: string;
  lead: string;
  moveUp: (role: string) => string;
}

const sv: KindStrings = {
  category: { strategy: 'Koppling till strategi', controlObjective: 'Internkontrollmål', focusArea: 'Fokusområde', foundation: 'Grundläggande förutsättning', perspective: 'Perspektiv' },
  purpose: 'Syfte', purposeHint: 'Fokusområdet syftar till att … (en punkt per rad)',
  goals: 'Övergripande mål', strategies: 'Strategier', lineHint: 'En punkt per rad.',
  strategicGoal: 'Nämndens strategiska mål',
  securityArea: 'Säkerhetsområde', threatens: 'Hotar målen', threatensHint: 'Välj de mål i styrkorten som risken kan hindra.',
  measureKind: 'Typ',
  measureKinds: { measure: 'Åtgärd', activity: 'Aktivitet', indicator: 'Indikator (styrmått)', controlStep: 'Kontrollmoment', assignment: 'Uppdrag' },
  goal: 'Mål', method: 'Metod/datakälla',
  targetRule: 'Mått för måluppfyllelse',
  targetRules: { increase: 'Öka jämfört med förra uppföljningen', decrease: 'Minska jämfört med förra uppföljningen', atLeast: 'Minst målvärdet (≥)', atMost: 'Högst målvärdet (≤)', done: 'Genomförd / inte genomförd' },
  targetValue: 'Målvärde', unitOfMeasure: 'Enhet (t.ex. %, antal, dagar)', splitBySex: 'Redovisas för kvinnor och män',
  confidential: 'Omfattas av sekretess', confidentialHint: 'Texten maskeras i det som publiceras för nämnden och redovisas i sekretessbilagan.',
  tolerance: 'Tolerans', toleranceHint: 'Hur långt från målvärdet utfallet får ligga och ändå bli gult. Tomt: regionens standard.',
  roles: 'Ansvariga för genomförande', rolesHint: 'Den första rollen leder arbetet. Alla får påminnelsen och vem som helst av dem kan svara.',
  lead: 'leder', moveUp: (role) => `Flytta upp ${role}`
};

const en: KindStrings = {
  category: { strategy: 'Strategy', controlObjective: 'Internal control objective', focusArea: 'Focus area', foundation: 'Foundation', perspective: 'Perspective' },
  purpose: 'Purpose', purposeHint: 'The focus area aims to … (one point per line)',
  goals: 'Overarching goals', strategies: 'Strategies', lineHint: 'One point per line.',
  strategicGoal: "The board's strategic goal",
  securityArea: 'Security area', threatens: 'Threatens the goals', threatensHint: 'Choose the scorecard goals the risk may stand in the way of.',
  measureKind: 'Type',
  measureKinds: { measure: 'Measure', activity: 'Activity', indicator: 'Indicator', controlStep: 'Control step', assignment: 'Assignment' },
  goal: 'Goal', method: 'Method/data source',
  targetRule: 'Target',
  targetRules: { increase: 'Increase on the previous follow-up', decrease: 'Decrease on the previous follow-up', atLeast: 'At least the target (≥)', atMost: 'At most the target (≤)', done: 'Done / not done' },
  targetValue: 'Target value', unitOfMeasure: 'Unit (e.g. %, count, days)', splitBySex: 'Reported for women and men',
  confidential: 'Confidential', confidentialHint: 'Its text is masked in what is published for the board and given in the confidential appendix.',
  tolerance: 'Tolerance', toleranceHint: 'How far from the target an outcome may be and still be yellow. Empty: the region\'s default.',
  roles: 'Responsible', rolesHint: 'The first role leads the work. All get the reminder and any of them may answer.',
  lead: 'leads', moveUp: (role) => `Move ${role} up`
};

export const kindStrings: Record<Locale, KindStrings> = { 'sv-SE': sv, 'en-US': en };
