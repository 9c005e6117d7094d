/**
 * What is secret under OSL: a risk (or other item) marked confidential, every measure under it, and a
 * measure marked confidential on its own under an item that is not. One rule for masking in the papers,
 * the appendix and the views.
 */
import { Measure, PlanItem } from './types';

export function isSecretMeasure(measure: Pick<Measure, 'confidential'>, item: Pick<PlanItem, 'confidential'> | null | undefined): boolean {
  return measure.confidential === true || item?.confidential === true;
}
