declare interface IPlanRegisterWebPartStrings {
  Title: string;
  Description: string;
}

declare module 'PlanRegisterWebPartStrings' {
  const strings: IPlanRegisterWebPartStrings;
  export = strings;
}
