import { Command } from '@nestjs/cqrs';
import type { CommandContext, DirectiveCommand } from '@plan-ledger/domain';
import type { DirectiveCommandResult } from './directive-commands';

export type ReopenDirectivePayload = Extract<DirectiveCommand, { type: 'ReopenDirective' }>['data'];

/** A completed occurrence or a cancelled directive is open again. */
export class ReopenDirective extends Command<DirectiveCommandResult> {
  constructor(
    readonly payload: ReopenDirectivePayload,
    readonly context: CommandContext,
  ) {
    super();
  }
}
