/** SPFx adapter for the board page (Nämndvy): renders a published snapshot, read-only. */
import * as React from 'react';
import { SPFI } from '@pnp/sp';
import * as strings from 'BoardViewWebPartStrings';
import { BaseInternkontrollWebPart, IInternkontrollWebPartProps } from '../shared/BaseInternkontrollWebPart';
import { IHostEnvironment } from '../shared/hostEnvironment';
import { WebPartPlaceholder } from '../shared/WebPartPlaceholder';

export default class BoardViewWebPart extends BaseInternkontrollWebPart<IInternkontrollWebPartProps> {
  protected get pageHost(): 'board' {
    return 'board';
  }

  protected renderContent(environment: IHostEnvironment, sp: SPFI): React.ReactElement {
    return React.createElement(WebPartPlaceholder, { title: strings.Title, environment });
  }
}
