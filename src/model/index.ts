/** The pure domain model: types, the one list schema, and the rules over them. */
export * from './types';
export * from './schema';
export * from './statusLegend';
export * from './riskMatrix';
export * from './calendar';
export * from './followUp';
export * from './units';
export * from './planLifecycle';
export * from './validation';
export * from './riskMatrixConfig';
export * from './statusChange';
export * from './rollup';
export * from './planKinds';
export * from './fulfilment';
export * from './chapter';
export * from './requests';
export * from './defaults';
