/**
 * The one table of header synonyms, Swedish and English, for every kind of plan: spreadsheets and the
 * display names of a site's list columns are both read through it. Already normalised (lowercase, no
 * parenthetical, no trailing punctuation, "/" without spaces): see `normaliseHeader`.
 */
import { ImportField } from './types';

export const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  risk: ['risk', 'risker', 'beskrivning av risk', 'beskrivning av risken', 'riskbeskrivning', 'identifierad risk',
    'risk description', 'description of risk', 'identified risk'],
  consequence: ['beskrivning av konsekvens', 'beskrivning av konsekven', 'beskrivning av konsekvenser', 'konsekvensbeskrivning',
    'description of consequence', 'consequence description', 'impact'],
  cause: ['orsak', 'orsaker', 'bakomliggande orsak', 'bakomliggande orsaker', 'beskrivning av bakomliggande orsak',
    'beskrivning av bakomliggande orsaken', 'beskrivning av bakomliggande orsaken till risken', 'cause', 'causes',
    'root cause', 'underlying cause'],
  handling: ['hantering av risk', 'hantering av risken', 'riskhantering', 'hantering', 'handling', 'risk handling',
    'risk treatment', 'treatment'],
  probability: ['sannolikhet', 'probability', 'likelihood'],
  consequenceScore: ['konsekvensgrad', 'allvarlighetsgrad', 'consequence score', 'severity', 'impact score'],
  riskValue: ['riskvärde', 'riskvarde', 'risk value', 'risk score', 'riskpoäng'],
  measure: ['åtgärd', 'åtgärder', 'åtgärd för att hantera risken', 'planerad åtgärd', 'planerade åtgärder', 'kontrollmoment',
    'measure', 'measures', 'action', 'actions', 'mitigation', 'control step', 'control activity'],
  responsible: ['ansvarig', 'ansvariga', 'ansvarig för genomförande', 'ansvarig för åtgärd', 'ansvarig roll', 'ansvarig funktion',
    'ansvarig enhet', 'kontrollansvarig', 'indikatoransvarig', 'responsible', 'responsible role', 'owner', 'action owner', 'control owner'],
  status: ['status', 'statusfärg', 'status colour', 'status color', 'traffic light'],
  comment: ['kommentar', 'kommentarer', 'statuskommentar', 'kommentar till status', 'kommentera status',
    'är åtgärden genomförd? kommentera status', 'analys', 'analys och kommentar', 'comment', 'comments', 'status comment', 'analysis'],
  due: ['klart senast', 'deadline', 'slutdatum', 'klart datum', 'färdigt senast', 'datum för genomförande', 'tidplan', 'tidsplan',
    'due', 'due date', 'done by'],
  process: ['process/rutin', 'process', 'rutin', 'process/routine'],
  method: ['metod', 'kontrollmetod', 'metod/datakälla', 'metod/datakällor', 'datakälla', 'datakällor', 'mätmetod',
    'method', 'control method', 'method/data source', 'data source'],
  frequency: ['frekvens', 'frequency'],
  reportTo: ['rapporteras till', 'rapportering till', 'report to', 'reported to'],
  focusArea: ['fokusområde', 'fokusområden', 'prioriterat område', 'focus area', 'focus areas'],
  activity: ['aktivitet', 'aktiviteter', 'insats', 'insatser', 'activity', 'activities'],
  goal: ['mål', 'målsättning', 'mål/framgångsfaktor', 'mål/framgångsfaktorer', 'framgångsfaktor', 'framgångsfaktorer',
    'divisionens mål', 'förvaltningens mål', 'enhetens mål', 'verksamhetens mål', 'nämndens mål', 'goal', 'goals', 'objective',
    'success factor', 'goal/success factor'],
  perspective: ['perspektiv', 'perspective'],
  strategicGoal: ['strategiskt mål', 'strategiska mål', 'regionstyrelsens strategiska mål', 'styrelsens strategiska mål',
    'nämndens strategiska mål', 'strategic goal', 'strategic objective'],
  indicator: ['styrmått', 'styr-/kontrollmått', 'styrmått/indikator', 'kontrollmått', 'indikator', 'indikatorer', 'mått', 'nyckeltal',
    'indicator', 'indicators', 'kpi', 'performance indicator'],
  target: ['mått för måluppfyllelse', 'målvärde', 'målnivå', 'mål för måttet', 'target', 'target value', 'target rule'],
  unit: ['måttenhet', 'enhet för måttet', 'unit', 'unit of measure'],
  value: ['utfall', 'outcome', 'actual'],
  valueWomen: ['kvinnor', 'utfall kvinnor', 'varav kvinnor', 'women', 'outcome women'],
  valueMen: ['män', 'utfall män', 'varav män', 'men', 'outcome men'],
  computed: ['måluppfyllelse', 'utveckling', 'trend', 'goal fulfilment', 'fulfilment', 'development']
};

/** Headers that mean the consequence text in a risk table but the consequence score beside "Sannolikhet". */
export const AMBIGUOUS_CONSEQUENCE: readonly string[] = ['konsekvens', 'konsekvenser', 'consequence', 'consequences'];

/** Headers that only the municipal control-step format uses. */
export const CONTROL_STEP_HEADERS: readonly string[] = ['kontrollmoment', 'kontrollansvarig', 'process/rutin', 'rapporteras till',
  'frekvens', 'control step', 'frequency', 'report to'];

/**
 * Synonyms that may be followed by a qualifier ("Status per 31 augusti", "Kommentar T2", "Utfall 2025",
 * "Kvinnor 2025"). For values the qualifier names the period.
 */
export const PREFIX_SYNONYMS: readonly string[] = ['status', 'kommentar', 'comment', 'klart senast', 'deadline', 'ansvarig',
  'responsible', 'åtgärd', 'measure', 'sannolikhet', 'probability', 'konsekvensgrad', 'frekvens', 'metod', 'analys', 'analysis',
  'utfall', 'utfall kvinnor', 'utfall män', 'kvinnor', 'män', 'outcome', 'outcome women', 'outcome men', 'women', 'men'];

/** Fields a scorecard may have in several columns, one per period ("Utfall 2024", "Utfall 2025", …). */
export const PER_PERIOD_FIELDS: readonly ImportField[] = ['value', 'valueWomen', 'valueMen', 'comment'];
