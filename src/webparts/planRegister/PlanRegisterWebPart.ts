/** SPFx adapter for the internal control plan register (Internkontrollplan). */
import * as React from 'react';
import { SPFI } from '@pnp/sp';
import { BaseInternkontrollWebPart, IInternkontrollWebPartProps } from '../shared/BaseInternkontrollWebPart';
import { IHostEnvironment } from '../shared/hostEnvironment';
import { PlanPage } from '../../components/app/PlanPage';
import { planPageStart } from '../../components/app/viewStarts';
import { viewElement } from '../shared/viewElement';

export default class PlanRegisterWebPart extends BaseInternkontrollWebPart<IInternkontrollWebPartProps> {
  protected renderContent(environment: IHostEnvironment, sp: SPFI): React.ReactElement {
    const kind = this.properties.planKind ?? 'internalControl';
    return viewElement(environment, sp, this.properties, (target, onNavigate) => React.createElement(PlanPage, { kind, target, onNavigate }),
      planPageStart(kind));
  }
}
