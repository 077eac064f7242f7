export * from './errors';
export * from './metadata';
export * from './document/document.events';
export {
  documentDecider,
  type DocumentCommand,
  type DocumentState,
  type DocumentStatus,
  type ReceiveDocumentData,
  type RecordExtractionFailureData,
} from './document/document.decider';
export * from './ids';
export * from './upcast';
