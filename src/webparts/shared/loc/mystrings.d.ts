declare interface IInternkontrollWebPartStrings {
  PropertyPaneDescription: string;
  DataGroupName: string;
  ListSiteUrlFieldLabel: string;
  ListSiteUrlFieldDescription: string;
  ListSiteUrlInvalid: string;
  RenderErrorMessage: string;
  PlanGroupName: string;
  PlanKindFieldLabel: string;
  PlanFieldLabel: string;
  PlanFieldLoading: string;
  PlanLatest: string;
  KindInternalControl: string;
  KindPatientSafety: string;
  KindScorecard: string;
  KindSecurityReport: string;
  BoardGroupName: string;
  BoardNeedsPlan: string;
  PeriodFieldLabel: string;
  PeriodCurrent: string;
  SnapshotFieldLabel: string;
  SnapshotLive: string;
  SnapshotPublished: string;
  FieldLoading: string;
}

declare module 'InternkontrollWebPartStrings' {
  const strings: IInternkontrollWebPartStrings;
  export = strings;
}
