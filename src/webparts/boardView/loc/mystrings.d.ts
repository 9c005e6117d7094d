declare interface IBoardViewWebPartStrings {
  Title: string;
  Description: string;
}

declare module 'BoardViewWebPartStrings' {
  const strings: IBoardViewWebPartStrings;
  export = strings;
}
