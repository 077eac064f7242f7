import { Command } from '@nestjs/cqrs';
import type { CommandContext, DirectiveCommand } from '@plan-ledger/domain';
import type { DirectiveCommandResult } from './directive-commands';

export type AcknowledgeDirectivePayload = Extract<DirectiveCommand, { type: 'AcknowledgeDirective' }>['data'];

/** The unit has received the directive. */
export class AcknowledgeDirective extends Command<DirectiveCommandResult> {
  constructor(
    readonly payload: AcknowledgeDirectivePayload,
    readonly context: CommandContext,
  ) {
    super();
  }
}
