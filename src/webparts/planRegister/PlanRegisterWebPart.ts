/** SPFx adapter for the internal control plan register (Internkontrollplan). */
import * as React from 'react';
import { SPFI } from '@pnp/sp';
import * as strings from 'PlanRegisterWebPartStrings';
import { BaseInternkontrollWebPart, IInternkontrollWebPartProps } from '../shared/BaseInternkontrollWebPart';
import { IHostEnvironment } from '../shared/hostEnvironment';
import { WebPartPlaceholder } from '../shared/WebPartPlaceholder';

export default class PlanRegisterWebPart extends BaseInternkontrollWebPart<IInternkontrollWebPartProps> {
  protected renderContent(environment: IHostEnvironment, sp: SPFI): React.ReactElement {
    return React.createElement(WebPartPlaceholder, { title: strings.Title, environment });
  }
}
