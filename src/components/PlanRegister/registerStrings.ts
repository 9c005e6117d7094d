/**
 * The register's own strings (filters, grouping, sorting, status change, heat map assessment, the heat
 * map, the follow-up's state beside it), Swedish first and English second. The shared strings (column
 * names, handlings) stay in i18n/strings.ts.
 */
import { Locale } from '../../model/statusLegend';
import { StatusChange } from '../../model/statusChange';
import { GroupBy, StatusFilter } from './registerRows';

export interface RegisterStrings {
  filters: string;
  all: string;
  clearFilters: string;
  groupBy: string;
  groupBys: Record<GroupBy, string>;
  noGroup: Record<GroupBy, string>;
  statusFilters: Record<StatusFilter, string>;
  change: string;
  changes: Record<StatusChange, string>;
  changeTitle: (previous: string, latest: string) => string;
  assessment: string;
  inherent: string;
  residual: string;
  heatMapOf: (residual: boolean) => string;
  residualValue: (value: number) => string;
  strategy: (title: string) => string;
  objective: (code: string, title: string) => string;
  openItem: (title: string) => string;
  openMeasure: (title: string) => string;
  noResponsible: string;
  /** After the lead role when there are several. */
  leads: string;
  answeredBy: (name: string, date: string) => string;
  noMeasures: string;
  /** "Inga aktiviteter": nothing of the kind's measures. */
  none: (things: string) => string;
  rowsLabel: string;
  /** While a large plan loads: its first rows are shown, the rest is on its way. */
  firstRows: (shown: number, items: string) => string;
  /** In a first row's measure cell, before the measures have arrived. */
  measuresComing: string;
  /** The heat map of the register and the roll-up (HeatMap). */
  heatMap: {
    title: string;
    probability: string;
    consequence: string;
    cellLabel: (count: number, probability: string, consequence: string) => string;
    clearFilter: string;
  };
  /** The follow-up's state beside the register (PeriodSummary). */
  overview: {
    title: string;
    /** `measures`: what is followed up, plural and lower case (åtgärder, aktiviteter). */
    answered: (answered: number, total: number, measures?: string) => string;
    late: (n: number) => string;
    chase: string;
    nobodyToChase: string;
    unassigned: string;
  };
}

const sv: RegisterStrings = {
  filters: 'Urval',
  all: 'Alla',
  clearFilters: 'Rensa urvalet',
  groupBy: 'Gruppera efter',
  groupBys: { none: 'Ingen gruppering', strategy: 'Strategi', objective: 'Internkontrollmål', handling: 'Hantering', responsible: 'Ansvarig', status: 'Status' },
  noGroup: { none: '', strategy: 'Ingen strategi', objective: 'Inget internkontrollmål', handling: 'Hantering ej angiven', responsible: 'Ingen ansvarig', status: 'Inga åtgärder' },
  statusFilters: { red: 'Röd', yellow: 'Gul', green: 'Grön', unanswered: 'Ej besvarad' },
  change: 'Förändring',
  changes: { better: 'Bättre', worse: 'Sämre', same: 'Oförändrad', new: 'Ny', none: 'Ej besvarad' },
  changeTitle: (p, l) => `Föregående uppföljning: ${p}. Senaste: ${l}.`,
  assessment: 'Riskkartan visar',
  inherent: 'Före åtgärder',
  residual: 'Efter åtgärder',
  heatMapOf: (residual) => (residual ? 'Bedömning efter åtgärder (kvarvarande risk)' : 'Bedömning före åtgärder'),
  residualValue: (v) => `Efter åtgärder: ${v}`,
  strategy: (t) => `Strategi: ${t}`,
  objective: (c, t) => `Mål ${c}: ${t}`,
  openItem: (t) => `Öppna risken ”${t}”`,
  openMeasure: (t) => `Öppna åtgärden ”${t}”`,
  noResponsible: 'Ingen ansvarig',
  leads: 'leder',
  answeredBy: (name, date) => `Besvarad av ${name} ${date}`,
  noMeasures: 'Inga åtgärder',
  none: (things) => `Inga ${things}`,
  rowsLabel: 'Risker i planen',
  firstRows: (n, items) => `Visar planens första ${n} ${items}. Resten av planen med åtgärder, status, riskkarta och urval läses in …`,
  measuresComing: 'Åtgärder och status läses in …',
  heatMap: {
    title: 'Riskkarta',
    probability: 'Sannolikhet',
    consequence: 'Konsekvens',
    cellLabel: (n, p, c) => `${n} risker med sannolikhet ${p} och konsekvens ${c}`,
    clearFilter: 'Visa alla risker'
  },
  overview: {
    title: 'Läget i uppföljningen',
    answered: (a, t, measures = 'åtgärder') => `${a} av ${t} ${measures} besvarade`,
    late: (n) => (n === 1 ? '1 försenad' : `${n} försenade`),
    chase: 'Att påminna',
    nobodyToChase: 'Alla har svarat.',
    unassigned: 'Ingen ansvarig'
  }
};

const en: RegisterStrings = {
  filters: 'Selection',
  all: 'All',
  clearFilters: 'Clear the selection',
  groupBy: 'Group by',
  groupBys: { none: 'No grouping', strategy: 'Strategy', objective: 'Control objective', handling: 'Handling', responsible: 'Responsible', status: 'Status' },
  noGroup: { none: '', strategy: 'No strategy', objective: 'No control objective', handling: 'Handling not given', responsible: 'No one responsible', status: 'No measures' },
  statusFilters: { red: 'Red', yellow: 'Yellow', green: 'Green', unanswered: 'Not answered' },
  change: 'Change',
  changes: { better: 'Better', worse: 'Worse', same: 'Unchanged', new: 'New', none: 'Not answered' },
  changeTitle: (p, l) => `Previous follow-up: ${p}. Latest: ${l}.`,
  assessment: 'The heat map shows',
  inherent: 'Before measures',
  residual: 'After measures',
  heatMapOf: (residual) => (residual ? 'Assessment after measures (residual risk)' : 'Assessment before measures'),
  residualValue: (v) => `After measures: ${v}`,
  strategy: (t) => `Strategy: ${t}`,
  objective: (c, t) => `Objective ${c}: ${t}`,
  openItem: (t) => `Open the risk “${t}”`,
  openMeasure: (t) => `Open the measure “${t}”`,
  noResponsible: 'No one responsible',
  leads: 'leads',
  answeredBy: (name, date) => `Answered by ${name} on ${date}`,
  noMeasures: 'No measures',
  none: (things) => `No ${things}`,
  rowsLabel: 'Risks of the plan',
  firstRows: (n, items) => `Showing the plan's first ${n} ${items}. The rest of the plan with measures, status, heat map and filters is loading …`,
  measuresComing: 'Loading measures and status …',
  heatMap: {
    title: 'Heat map',
    probability: 'Probability',
    consequence: 'Consequence',
    cellLabel: (n, p, c) => `${n} risks with probability ${p} and consequence ${c}`,
    clearFilter: 'Show all risks'
  },
  overview: {
    title: 'Follow-up status',
    answered: (a, t, measures = 'measures') => `${a} of ${t} ${measures} answered`,
    late: (n) => `${n} late`,
    chase: 'To remind',
    nobodyToChase: 'Everyone has answered.',
    unassigned: 'No one responsible'
  }
};

export const registerStrings: Record<Locale, RegisterStrings> = { 'sv-SE': sv, 'en-US': en };
