import { Command } from '@nestjs/cqrs';
import type { CommandContext, DirectiveCommand } from '@plan-ledger/domain';
import type { DirectiveCommandResult } from './directive-commands';

export type ExtendDeadlinePayload = Extract<DirectiveCommand, { type: 'ExtendDeadline' }>['data'];

/** A later due, with the document that allowed it. */
export class ExtendDeadline extends Command<DirectiveCommandResult> {
  constructor(
    readonly payload: ExtendDeadlinePayload,
    readonly context: CommandContext,
  ) {
    super();
  }
}
