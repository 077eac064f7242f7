import { Command } from '@nestjs/cqrs';
import type { CommandContext, DirectiveCommand } from '@plan-ledger/domain';
import type { DirectiveCommandResult } from './directive-commands';

export type CompleteDirectivePayload = Extract<DirectiveCommand, { type: 'CompleteDirective' }>['data'];

/** Done on a date, with evidence. */
export class CompleteDirective extends Command<DirectiveCommandResult> {
  constructor(
    readonly payload: CompleteDirectivePayload,
    readonly context: CommandContext,
  ) {
    super();
  }
}
