import { Command } from '@nestjs/cqrs';
import type { CommandContext, DirectiveCommand } from '@plan-ledger/domain';
import type { DirectiveCommandResult } from './directive-commands';

export type CancelDirectivePayload = Extract<DirectiveCommand, { type: 'CancelDirective' }>['data'];

/** The work is no longer asked for. */
export class CancelDirective extends Command<DirectiveCommandResult> {
  constructor(
    readonly payload: CancelDirectivePayload,
    readonly context: CommandContext,
  ) {
    super();
  }
}
