/** SPFx adapter for a manager's follow-ups (Mina uppföljningar); also the Teams personal app tab. */
import * as React from 'react';
import { SPFI } from '@pnp/sp';
import { BaseInternkontrollWebPart, IInternkontrollWebPartProps } from '../shared/BaseInternkontrollWebPart';
import { IHostEnvironment } from '../shared/hostEnvironment';
import { MyFollowUps } from '../../components/MyFollowUps/MyFollowUps';
import { startMyFollowUps } from '../../components/app/viewStarts';
import { viewElement } from '../shared/viewElement';

export default class MyFollowUpsWebPart extends BaseInternkontrollWebPart<IInternkontrollWebPartProps> {
  protected get choosesPlan(): boolean {
    return false;
  }

  protected renderContent(environment: IHostEnvironment, sp: SPFI): React.ReactElement {
    return viewElement(environment, sp, this.properties, () => React.createElement(MyFollowUps), startMyFollowUps);
  }
}
