/** The data layer: the Store over SharePoint lists (PnPjs), provisioning from the schema, client setup. */
export * from './errors';
export * from './ListRepository';
export * from './provisioning';
export * from './stores';
export * from './spClient';
export * from './query';
export * from './people';
