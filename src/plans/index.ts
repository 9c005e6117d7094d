/** Use cases over the Store: plans, risks and measures, follow-ups, roles, chapters, linked risks. */
export * from './planActions';
export * from './itemActions';
export * from './followUpActions';
export * from './ValidationError';
export * from './keys';
export * from './chapterActions';
export * from './linkedRisks';
