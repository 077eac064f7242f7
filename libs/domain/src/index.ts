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
export * from './directive/directive.events';
export {
  directiveDecider,
  foldDirective,
  occurrencesOfState,
  planYear,
  type DirectiveCommand,
  type DirectiveCommandType,
  type DirectiveState,
  type ExtensionRecord,
  type OccurrenceState,
} from './directive/directive.decider';
export * from './directive/directive-as-of';
export * from './directive/due-in-force';
export * from './directive/occurrences';
export * from './directive/calendar-date';
export * from './unit/unit.events';
export { unitDecider, type MergeTarget, type UnitCommand, type UnitState } from './unit/unit.decider';
export * from './user/user.events';
export { userDecider, type UserCommand, type UserState } from './user/user.decider';
