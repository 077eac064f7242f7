import type { Directive } from '../plan-extraction';

/** A directive before its id is given (ids need the whole list to break ties). */
export type DirectiveDraft = Omit<Directive, 'id' | 'unitIds'>;
