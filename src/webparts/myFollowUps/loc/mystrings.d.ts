declare interface IMyFollowUpsWebPartStrings {
  Title: string;
  Description: string;
}

declare module 'MyFollowUpsWebPartStrings' {
  const strings: IMyFollowUpsWebPartStrings;
  export = strings;
}
