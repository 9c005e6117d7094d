/** SPFx adapter for the board page (Nämndvy): a plan's status per follow-up, read-only and printable. */
import * as React from 'react';
import { SPFI } from '@pnp/sp';
import { BaseInternkontrollWebPart, IInternkontrollWebPartProps } from '../shared/BaseInternkontrollWebPart';
import { IHostEnvironment } from '../shared/hostEnvironment';
import { viewElement } from '../shared/viewElement';

export default class BoardViewWebPart extends BaseInternkontrollWebPart<IInternkontrollWebPartProps> {
  protected get pageHost(): 'board' {
    return 'board';
  }

  protected renderContent(environment: IHostEnvironment, sp: SPFI): React.ReactElement {
    return viewElement('board', environment, sp, this.properties);
  }
}
