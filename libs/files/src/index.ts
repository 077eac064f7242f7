export * from './file-store.port';
export * from './adapters/local/local-file-store';
