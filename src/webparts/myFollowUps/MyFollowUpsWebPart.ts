/** SPFx adapter for a manager's follow-ups (Mina uppföljningar); also the Teams personal app tab. */
import * as React from 'react';
import { SPFI } from '@pnp/sp';
import * as strings from 'MyFollowUpsWebPartStrings';
import { BaseInternkontrollWebPart, IInternkontrollWebPartProps } from '../shared/BaseInternkontrollWebPart';
import { IHostEnvironment } from '../shared/hostEnvironment';
import { WebPartPlaceholder } from '../shared/WebPartPlaceholder';

export default class MyFollowUpsWebPart extends BaseInternkontrollWebPart<IInternkontrollWebPartProps> {
  protected renderContent(environment: IHostEnvironment, sp: SPFI): React.ReactElement {
    return React.createElement(WebPartPlaceholder, { title: strings.Title, environment });
  }
}
