import { Command } from '@nestjs/cqrs';
import type { CommandContext, DirectiveContent } from '@plan-ledger/domain';
import type { DirectiveCommandResult } from './directive-commands';

export interface CorrectDirectivePayload {
  directiveId: string;
  /** The fields to set; units are given by name, their canonical ids are derived under the plan's issuer. */
  after: Partial<Omit<DirectiveContent, 'unitIds'>>;
  reason?: string | null;
}

/** A person fixes what the engine read: text, units, deadline or recurrence. */
export class CorrectDirective extends Command<DirectiveCommandResult> {
  constructor(
    readonly payload: CorrectDirectivePayload,
    readonly context: CommandContext,
  ) {
    super();
  }
}
