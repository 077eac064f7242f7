export * from './errors';
export * from './metadata';
export * from './document/document.events';
