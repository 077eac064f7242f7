export * from './event-store.port';
export * from './revision-conflict';
export * from './uuid-v7';
export * from './adapters/sqlite/sqlite-event-store';
// The EventStoreDB adapter is '@plan-ledger/event-store/eventstoredb', so the embedded default never loads its gRPC client.
