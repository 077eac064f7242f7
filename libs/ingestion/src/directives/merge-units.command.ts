import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@plan-ledger/domain';
import type { UnitCommandResult } from './directive-commands';

export interface MergeUnitsPayload {
  /** The unit absorbed. */
  unitId: string;
  /** The unit that takes over its names and directives. */
  into: string;
  reason?: string | null;
  /** Units of different issuers are merged only when this says so. */
  acrossIssuers?: boolean;
}

export class MergeUnits extends Command<UnitCommandResult> {
  constructor(
    readonly payload: MergeUnitsPayload,
    readonly context: CommandContext,
  ) {
    super();
  }
}
