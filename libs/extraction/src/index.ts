export * from './plan-text';
export * from './plan-extraction';
export { daysInMonth, isoDate, parseIsoDate, toIso, addDays } from './deadlines/calendar';
export * from './text';
export * from './deadlines';
export * from './references';
export * from './units';
export { extractPlan, EXTRACTOR_VERSION } from './engine';
export { toSpecJson } from './spec-json';
