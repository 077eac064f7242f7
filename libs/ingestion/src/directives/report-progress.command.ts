import { Command } from '@nestjs/cqrs';
import type { CommandContext, DirectiveCommand } from '@plan-ledger/domain';
import type { DirectiveCommandResult } from './directive-commands';

export type ReportProgressPayload = Extract<DirectiveCommand, { type: 'ReportProgress' }>['data'];

/** Percent done, a note, optionally the evidence document. */
export class ReportProgress extends Command<DirectiveCommandResult> {
  constructor(
    readonly payload: ReportProgressPayload,
    readonly context: CommandContext,
  ) {
    super();
  }
}
