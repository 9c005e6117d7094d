declare interface IInternkontrollWebPartStrings {
  PropertyPaneDescription: string;
  DataGroupName: string;
  ListSiteUrlFieldLabel: string;
  ListSiteUrlFieldDescription: string;
  ListSiteUrlInvalid: string;
  RenderErrorMessage: string;
}

declare module 'InternkontrollWebPartStrings' {
  const strings: IInternkontrollWebPartStrings;
  export = strings;
}
