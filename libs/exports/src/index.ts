export * from './labels';
export * from './tables';
export * from './csv';
export * from './xlsx';
export * from './ics';
