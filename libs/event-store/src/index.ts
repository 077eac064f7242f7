export * from './event-store.port';
export * from './revision-conflict';
export * from './uuid-v7';
export * from './adapters/sqlite/sqlite-event-store';
export * from './adapters/eventstoredb/eventstoredb-event-store';
