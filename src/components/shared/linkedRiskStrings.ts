/**
 * The linked risks table's strings (a scorecard goal's threatening risks, a security area's risks of other
 * plans), Swedish first and English second. What a view says when there are none is the view's own.
 */
import { Locale } from '../../model/statusLegend';

export interface LinkedRiskStrings {
  risk: string;
  plan: string;
  measures: string;
  noMeasures: string;
  /** What stands instead of a confidential risk's title and its measures' titles (OSL). */
  confidential: string;
}

const sv: LinkedRiskStrings = {
  risk: 'Risk', plan: 'Plan', measures: 'Åtgärder och senaste status', noMeasures: 'Inga öppna åtgärder',
  confidential: 'Uppgiften omfattas av sekretess'
};

const en: LinkedRiskStrings = {
  risk: 'Risk', plan: 'Plan', measures: 'Measures and latest status', noMeasures: 'No open measures',
  confidential: 'This information is confidential'
};

export const linkedRiskStrings: Record<Locale, LinkedRiskStrings> = { 'sv-SE': sv, 'en-US': en };
