/**
 * The roll-up view's strings, Swedish first and English second.
 */
import { Locale } from '../../model/statusLegend';

export interface RollupStrings {
  title: string;
  unit: string;
  year: string;
  scope: (unit: string, year: number) => string;
  assessment: string;
  inherent: string;
  residual: string;
  heatMapOf: (residual: boolean) => string;
  plans: (n: number) => string;
  noPlans: string;
  noUnits: string;
  assessed: (n: number, total: number) => string;
}

const sv: RollupStrings = {
  title: 'Samlad riskkarta',
  unit: 'Organisationsenhet',
  year: 'År',
  scope: (u, y) => `${u} med underliggande enheter, ${y}`,
  assessment: 'Riskkartan visar',
  inherent: 'Före åtgärder',
  residual: 'Efter åtgärder',
  heatMapOf: (residual) => (residual ? 'Bedömning efter åtgärder (kvarvarande risk)' : 'Bedömning före åtgärder'),
  plans: (n) => (n === 1 ? '1 plan ingår' : `${n} planer ingår`),
  noPlans: 'Det finns inga planer för enheten och året.',
  noUnits: 'Det finns inga organisationsenheter ännu.',
  assessed: (n, t) => `${n} av ${t} risker bedömda`
};

const en: RollupStrings = {
  title: 'Combined heat map',
  unit: 'Organisational unit',
  year: 'Year',
  scope: (u, y) => `${u} and the units below it, ${y}`,
  assessment: 'The heat map shows',
  inherent: 'Before measures',
  residual: 'After measures',
  heatMapOf: (residual) => (residual ? 'Assessment after measures (residual risk)' : 'Assessment before measures'),
  plans: (n) => (n === 1 ? '1 plan included' : `${n} plans included`),
  noPlans: 'There are no plans for the unit and year.',
  noUnits: 'There are no organisational units yet.',
  assessed: (n, t) => `${n} of ${t} risks assessed`
};

export const rollupStrings: Record<Locale, RollupStrings> = { 'sv-SE': sv, 'en-US': en };
