export * from './plan-text';
export * from './plan-extraction';
