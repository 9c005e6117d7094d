define([], function () {
  return {
    PropertyPaneDescription: 'Inställningar för Internkontroll 365',
    DataGroupName: 'Data',
    ListSiteUrlFieldLabel: 'Webbplats med listorna',
    ListSiteUrlFieldDescription: 'Fullständig adress (https://…) till webbplatsen där Internkontroll 365-listorna finns. Lämna tomt för den här webbplatsen.',
    ListSiteUrlInvalid: 'Ange en fullständig adress som börjar med https://',
    RenderErrorMessage: 'Något gick fel när webbdelen skulle visas. Ladda om sidan och kontakta supporten om felet kvarstår.',
    PlanGroupName: 'Vad sidan visar',
    PlanKindFieldLabel: 'Typ av plan',
    PlanFieldLabel: 'Plan',
    PlanFieldLoading: 'Plan (hämtar planerna …)',
    PlanLatest: 'Planen som följs upp nu',
    KindInternalControl: 'Internkontrollplan',
    KindPatientSafety: 'Handlingsplan för patientsäkerhet',
    KindScorecard: 'Styrkort',
    KindSecurityReport: 'Säkerhetsberättelse',
    BoardGroupName: 'Uppföljning och publicering',
    BoardNeedsPlan: 'Välj en plan ovan för att kunna välja uppföljning eller publicering. Utan val visas den aktuella uppföljningen i aktuellt läge.',
    PeriodFieldLabel: 'Uppföljning',
    PeriodCurrent: 'Den aktuella uppföljningen',
    SnapshotFieldLabel: 'Visa',
    SnapshotLive: 'Aktuellt läge (direkt ur listorna)',
    SnapshotPublished: 'publicerad',
    FieldLoading: '(hämtar …)'
  };
});
