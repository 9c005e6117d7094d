/**
 * SPFx adapter for the board page (Nämndvy): a plan's paper for a follow-up, live or as published. The
 * property pane chooses the plan, the follow-up and a publication; a link with `?snapshot=<key>` (the board
 * secretary's message) opens that publication whatever the pane says.
 */
import * as React from 'react';
import { IPropertyPaneGroup } from '@microsoft/sp-property-pane';
import { Log } from '@microsoft/sp-core-library';
import { SPFI } from '@pnp/sp';
import { createStore } from '../../data/stores';
import { orderPeriods } from '../../model/followUp';
import { isSnapshotKey } from '../../board/snapshot';
import { BaseInternkontrollWebPart, IInternkontrollWebPartProps } from '../shared/BaseInternkontrollWebPart';
import { IHostEnvironment } from '../shared/hostEnvironment';
import { BoardView } from '../../components/BoardView/BoardView';
import { viewElement } from '../shared/viewElement';
import { BoardChoices, boardChoiceGroup } from './boardChoicePane';
import { PACKAGED_PDF_FONTS } from './pdfFonts';

export default class BoardViewWebPart extends BaseInternkontrollWebPart<IInternkontrollWebPartProps> {
  /** The chosen plan's follow-ups and publications for the pane, by plan key; undefined while read. */
  private _choices: { planKey: string; choices: BoardChoices | undefined } | undefined;

  protected get pageHost(): 'board' {
    return 'board';
  }

  protected renderContent(environment: IHostEnvironment, sp: SPFI): React.ReactElement {
    const linked = new URLSearchParams(window.location.search).get('snapshot');
    const snapshotKey = linked !== null && isSnapshotKey(linked) ? linked : this.properties.snapshotKey;
    const kind = this.properties.planKind;
    return viewElement(environment, sp, { ...this.properties, snapshotKey }, (target, onNavigate) => React.createElement(BoardView, {
      planKey: target.planKey, periodKey: target.periodKey, snapshotKey: target.snapshotKey, kind, fontLocation: PACKAGED_PDF_FONTS, onNavigate
    }));
  }

  protected onPropertyPaneConfigurationStart(): void {
    super.onPropertyPaneConfigurationStart();
    this._readChoices();
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
    if (propertyPath === 'planKey' || propertyPath === 'planKind' || propertyPath === 'listSiteUrl') this._readChoices();
  }

  protected additionalPropertyPaneGroups(): IPropertyPaneGroup[] {
    const planKey = this.properties.planKey;
    if (!planKey) return [boardChoiceGroup(null)];
    return [boardChoiceGroup(this._choices?.planKey === planKey ? this._choices.choices : undefined)];
  }

  private _readChoices(): void {
    const planKey = this.properties.planKey;
    const sp = this.sp;
    if (!planKey || !sp || (this._choices?.planKey === planKey && this._choices.choices)) return;
    this._choices = { planKey, choices: undefined };
    const store = createStore(sp);
    Promise.all([store.periods.where({ planKey }), store.boardSnapshots.where({ planKey })])
      .then(([periods, snapshots]) => {
        if (this._choices?.planKey !== planKey) return;
        this._choices = { planKey, choices: { periods: orderPeriods(periods), snapshots } };
        this.context.propertyPane.refresh();
      })
      .catch((error: unknown) => Log.warn('Internkontroll365', `Follow-ups and publications unavailable for the property pane: ${String(error)}`, this.context.serviceScope));
  }
}
