define([], function () {
  return {
    PropertyPaneDescription: 'Internkontroll 365 settings',
    DataGroupName: 'Data',
    ListSiteUrlFieldLabel: 'Site with the lists',
    ListSiteUrlFieldDescription: 'Full address (https://…) of the site where the Internkontroll 365 lists live. Leave empty for this site.',
    ListSiteUrlInvalid: 'Enter a full address that starts with https://',
    RenderErrorMessage: 'Something went wrong while showing this web part. Reload the page, and contact support if the error persists.',
    PlanGroupName: 'What the page shows',
    PlanKindFieldLabel: 'Kind of plan',
    PlanFieldLabel: 'Plan',
    PlanFieldLoading: 'Plan (loading the plans …)',
    PlanLatest: 'The plan being followed up now',
    KindInternalControl: 'Internal control plan',
    KindPatientSafety: 'Patient-safety action plan',
    KindScorecard: 'Scorecard',
    KindSecurityReport: 'Security report',
    BoardGroupName: 'Follow-up and publication',
    BoardNeedsPlan: 'Choose a plan above to choose a follow-up or a publication. Without a choice, the current follow-up is shown as it stands now.',
    PeriodFieldLabel: 'Follow-up',
    PeriodCurrent: 'The current follow-up',
    SnapshotFieldLabel: 'Show',
    SnapshotLive: 'Current state (straight from the lists)',
    SnapshotPublished: 'published',
    FieldLoading: '(loading …)'
  };
});
